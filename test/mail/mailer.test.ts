// The mailer against a real SMTP server on 127.0.0.1 (smtp-server), and its outbox of .eml files. Received and
// written messages are parsed back by an independent parser (mailparser).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../src/mail/mailer.js';

const USER = 'convene';
const PASSWORD = 'pw-9f3b-s3cret';
const FROM = 'Convene <noreply@convene.example.org>';
const BUILD_LINKS = ['https://convene.example.org/sites/abc123/index.html', 'https://convene.example.org/v1/site-builds/abc123/download'];

interface Received {
  mailFrom: string | undefined;
  rcptTo: string[];
  raw: Buffer;
}

async function startSmtp(options: { rejectRecipient?: boolean } = {}): Promise<{ port: number; received: Received[]; stop: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    // Plain text on loopback: no certificate to trust, and nodemailer may then log in without TLS.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipient) callback(Object.assign(new Error(`No such user ${address.address}`), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        received.push({ mailFrom: mailFrom ? mailFrom.address : undefined, rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port that nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  throw new Error('the promise resolved');
}

const message = {
  to: 'jane@example.org',
  subject: 'Your site for FOSSASIA Summit 2017 is ready',
  text: `Preview: ${BUILD_LINKS[0]}\nDownload: ${BUILD_LINKS[1]}\n`,
  html: `<p><a href="${BUILD_LINKS[0]}">Preview</a> <a href="${BUILD_LINKS[1]}">Download</a></p>`,
};

describe('mailer over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let mailer: Mailer | undefined;

  beforeEach(async () => {
    smtp = await startSmtp();
  });

  afterEach(async () => {
    mailer?.close();
    mailer = undefined;
    await smtp.stop();
  });

  it('delivers a message after logging in, with envelope, headers and both bodies', async () => {
    mailer = createMailer({ smtpUrl: `smtp://${USER}:${PASSWORD}@127.0.0.1:${smtp.port}`, from: FROM, outboxDir: '/nonexistent' });

    const result = await mailer.send(message);

    expect(result).toEqual({ delivered: 'smtp', detail: `sent to jane@example.org through smtp://127.0.0.1:${smtp.port} (250 OK: message queued)` });
    expect(smtp.received.length).toEqual(1);
    const [mail] = smtp.received;
    expect({ mailFrom: mail.mailFrom, rcptTo: mail.rcptTo }).toEqual({ mailFrom: 'noreply@convene.example.org', rcptTo: ['jane@example.org'] });
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toEqual('Your site for FOSSASIA Summit 2017 is ready');
    expect(parsed.from?.value).toEqual([{ name: 'Convene', address: 'noreply@convene.example.org' }]);
    expect(addresses(parsed.to)).toEqual(['jane@example.org']);
    expect(parsed.text).toEqual(message.text);
    expect(parsed.html).toEqual(message.html);
    for (const link of BUILD_LINKS) expect(parsed.text).toContain(link);
  });

  it('delivers without logging in when the URL has no user', async () => {
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: FROM, outboxDir: '/nonexistent' });

    const result = await mailer.send({ to: 'sam@example.com', subject: 'Hello', text: 'plain only\n' });

    expect(result).toEqual({ delivered: 'smtp', detail: `sent to sam@example.com through smtp://127.0.0.1:${smtp.port} (250 OK: message queued)` });
    expect(smtp.received.map((m) => m.rcptTo)).toEqual([['sam@example.com']]);
    expect((await simpleParser(smtp.received[0].raw)).text).toEqual('plain only\n');
  });

  it('rejects a wrong password in words, without the password', async () => {
    const wrong = 'wrong-pw-7c1d';
    mailer = createMailer({ smtpUrl: `smtp://${USER}:${wrong}@127.0.0.1:${smtp.port}`, from: FROM, outboxDir: '/nonexistent' });

    const error = await rejection(mailer.send(message));

    expect(error.message).toEqual(`could not deliver to jane@example.org through smtp://127.0.0.1:${smtp.port}: the mail server refused the login (535 Invalid username or password)`);
    expect(error.message).not.toContain(wrong);
    expect(smtp.received).toEqual([]);
  });

  it('rejects when the server refuses the recipient', async () => {
    await smtp.stop();
    smtp = await startSmtp({ rejectRecipient: true });
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: FROM, outboxDir: '/nonexistent' });

    const error = await rejection(mailer.send(message));

    expect(error.message).toEqual(`could not deliver to jane@example.org through smtp://127.0.0.1:${smtp.port}: the mail server refused the sender or recipient (550 No such user jane@example.org)`);
  });

  it('refuses a line break in the recipient before connecting', async () => {
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: FROM, outboxDir: '/nonexistent' });

    const crlf = await rejection(mailer.send({ ...message, to: 'jane@example.org\r\nBcc: all@example.org' }));
    const lf = await rejection(mailer.send({ ...message, to: 'jane@example.org\nBcc: all@example.org' }));

    expect(crlf.message).toEqual('refusing to send to "jane@example.org\\r\\nBcc: all@example.org": the address has a line break in it');
    expect(lf.message).toEqual('refusing to send to "jane@example.org\\nBcc: all@example.org": the address has a line break in it');
    expect(smtp.received).toEqual([]);
  });

  it('refuses anything that is not one plain address', async () => {
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: FROM, outboxDir: '/nonexistent' });

    for (const to of ['jane@example.org, sam@example.com', 'Jane <jane@example.org>', 'jane', '', 'jane@example.org;sam@example.com']) {
      expect((await rejection(mailer.send({ ...message, to }))).message).toEqual(`refusing to send to ${JSON.stringify(to)}: not one e-mail address`);
    }
    expect(smtp.received).toEqual([]);
  });

  it('folds a line break in the subject instead of starting a header', async () => {
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: FROM, outboxDir: '/nonexistent' });

    await mailer.send({ ...message, subject: 'Site ready\r\nBcc: all@example.org' });

    const parsed = await simpleParser(smtp.received[0].raw);
    expect(parsed.subject).toEqual('Site ready Bcc: all@example.org');
    expect(parsed.bcc).toEqual(undefined);
    expect(smtp.received[0].rcptTo).toEqual(['jane@example.org']);
  });
});

describe('mailer errors without a server', () => {
  it('rejects a refused connection in words, without the password', async () => {
    const port = await closedPort();
    const mailer = createMailer({ smtpUrl: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`, from: FROM, outboxDir: '/nonexistent' });

    const error = await rejection(mailer.send(message));
    mailer.close();

    expect(error.message).toEqual(`could not deliver to jane@example.org through smtp://127.0.0.1:${port}: connection refused`);
    expect(error.message).not.toContain(PASSWORD);
    expect(error.message).not.toContain(USER);
  });

  it('refuses an SMTP URL that is not smtp or smtps, without repeating it', () => {
    expect(() => createMailer({ smtpUrl: `http://${USER}:${PASSWORD}@127.0.0.1:25`, from: FROM, outboxDir: '/x' })).toThrow(
      new Error('the SMTP URL must start with smtp:// or smtps://'),
    );
    expect(() => createMailer({ smtpUrl: `${USER}:${PASSWORD}@127.0.0.1:25`, from: FROM, outboxDir: '/x' })).toThrow(new Error('the SMTP URL must start with smtp:// or smtps://'));
    expect(() => createMailer({ smtpUrl: `smtp://${USER}:${PASSWORD}@[mail`, from: FROM, outboxDir: '/x' })).toThrow(
      new Error('the SMTP URL is not a valid URL (expected smtp://user:password@host:port or smtps://...)'),
    );
  });
});

describe('mailer outbox', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-outbox-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one parseable .eml, creating the folder, named by time', async () => {
    const outboxDir = path.join(dir, 'data', 'outbox');
    const mailer = createMailer({ from: FROM, outboxDir });
    const before = new Date().toISOString().replace(/:/g, '-');

    const result = await mailer.send(message);
    mailer.close();

    const files = fs.readdirSync(outboxDir);
    expect(files.length).toEqual(1);
    const [file] = files;
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-[0-9a-f]{12}\.eml$/);
    expect(file >= before).toEqual(true);
    expect(result).toEqual({ delivered: 'outbox', detail: `written to ${path.join(outboxDir, file)}` });
    const raw = fs.readFileSync(path.join(outboxDir, file));
    // RFC 5322 line ends: every LF is part of a CRLF.
    expect(raw.toString('latin1').replace(/\r\n/g, '').includes('\n')).toEqual(false);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toEqual('Your site for FOSSASIA Summit 2017 is ready');
    expect(parsed.from?.value).toEqual([{ name: 'Convene', address: 'noreply@convene.example.org' }]);
    expect(addresses(parsed.to)).toEqual(['jane@example.org']);
    expect(parsed.headers.get('mime-version')).toEqual('1.0');
    expect(typeof parsed.messageId).toEqual('string');
    expect(parsed.text).toEqual(message.text);
    expect(parsed.html).toEqual(message.html);
  });

  it('gives each message its own file, named by the time it was written', async () => {
    const mailer = createMailer({ from: FROM, outboxDir: dir });

    const written: string[] = [];
    for (const n of [1, 2, 3]) written.push(path.basename((await mailer.send({ ...message, subject: `message ${n}` })).detail));

    expect(fs.readdirSync(dir).sort()).toEqual([...written].sort());
    expect(new Set(written).size).toEqual(3);
    // The time part (up to the random suffix) never goes backwards; within one millisecond the suffix decides.
    const times = written.map((f) => f.slice(0, 24));
    expect([...times].sort()).toEqual(times);
    const subjects = await Promise.all(written.map(async (f) => (await simpleParser(fs.readFileSync(path.join(dir, f)))).subject));
    expect(subjects).toEqual(['message 1', 'message 2', 'message 3']);
  });

  it('refuses a line break in the recipient and writes nothing', async () => {
    const mailer = createMailer({ from: FROM, outboxDir: dir });

    const error = await rejection(mailer.send({ ...message, to: 'jane@example.org\r\nBcc: all@example.org' }));

    expect(error.message).toEqual('refusing to send to "jane@example.org\\r\\nBcc: all@example.org": the address has a line break in it');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('rejects in words when the outbox cannot be written', async () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const mailer = createMailer({ from: FROM, outboxDir: path.join(blocker, 'outbox') });

    const error = await rejection(mailer.send(message));

    expect(error.message).toEqual(`could not write the mail to jane@example.org into ${path.join(blocker, 'outbox')}: ENOTDIR`);
  });
});
