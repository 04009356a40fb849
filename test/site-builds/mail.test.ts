// The "your site is ready" e-mail through a real SMTP server (smtp-server on 127.0.0.1), parsed back by an
// independent parser (mailparser): both of its links work when fetched from the listening app. And a build whose
// SMTP server is down still ends in SUCCESS, with a warning in its log that names the mail failure.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { ended, submitZip, syntheticEventZip, waitForBuild } from './support.js';

const cleanUps: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp().catch(() => undefined);
});

async function startSmtp(): Promise<{ port: number; received: Promise<ParsedMail> }> {
  let deliver: (mail: ParsedMail) => void;
  const received = new Promise<ParsedMail>((resolve) => (deliver = resolve));
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        deliver(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanUps.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.server.address() as net.AddressInfo).port, received };
}

/** A port that nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The app in this process with its job workers, listening on a port, PUBLIC_URL set to that address. */
async function listeningApp(smtpUrl: string): Promise<{ test: TestApp; base: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-site-mail-'));
  const test = await makeTestApp({ dataDir, smtpUrl, sitegenMaxWaiting: 1000 }, { withQueue: true });
  cleanUps.push(async () => {
    await test.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  await test.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(test.app.server.address() as net.AddressInfo).port}`;
  // The worker reads the same config object when it writes the mail, after the build.
  test.app.ctx.config.publicUrl = base;
  return { test, base };
}

it('e-mails the links through a real SMTP server, and both links work: the preview is the site, the download its zip', async () => {
  const smtp = await startSmtp();
  const { base } = await listeningApp(`smtp://127.0.0.1:${smtp.port}`);

  const submitted = await submitZip(base, await syntheticEventZip('Mail Link Summit', 5), { email: 'jane@example.org', theme: 'dark' });
  const mail = await smtp.received;
  const done = await waitForBuild(base, submitted.body.id, ended, 'the build to end');

  const id = submitted.body.id;
  expect([submitted.status, done.state]).toEqual([202, 'SUCCESS']);
  expect([mail.subject, mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : mail.to]).toEqual(['Your event website Mail Link Summit is ready', ['jane@example.org']]);
  const links = [...(mail.text ?? '').matchAll(/^(Preview|Download \(zip\)): (\S+)$/gm)].map((match) => [match[1], match[2]]);
  expect(links).toEqual([
    ['Preview', `${base}/sites/${id}/`],
    ['Download (zip)', `${base}/v1/site-builds/${id}/download`],
  ]);
  const preview = await fetch(links[0][1]);
  const html = await preview.text();
  expect([preview.status, preview.headers.get('content-type'), /<title>[^<]*Mail Link Summit[^<]*<\/title>/.test(html)]).toEqual([200, 'text/html; charset=utf-8', true]);
  const download = await fetch(links[1][1]);
  const zip = Buffer.from(await download.arrayBuffer());
  expect([download.status, download.headers.get('content-type'), zip.subarray(0, 4).toString('latin1')]).toEqual([200, 'application/zip', 'PK\x03\x04']);
  expect(done.log.filter((line) => line.message.startsWith('E-mail')).map((line) => [line.level, line.message.startsWith(`E-mail with the links sent to jane@example.org through smtp://127.0.0.1:${smtp.port}`)])).toEqual([['info', true]]);
});

it('ends in SUCCESS when the SMTP server is down, with a warning naming the mail failure', async () => {
  const port = await closedPort();
  const { base } = await listeningApp(`smtp://127.0.0.1:${port}`);

  const submitted = await submitZip(base, await syntheticEventZip('No Mail Summit', 5), { email: 'jane@example.org' });
  const done = await waitForBuild(base, submitted.body.id, ended, 'the build to end');

  expect([submitted.status, done.state, done.error]).toEqual([202, 'SUCCESS', null]);
  expect(done.log.filter((line) => line.level === 'warning')).toEqual([
    { level: 'warning', message: `The e-mail with the links could not be sent: could not deliver to jane@example.org through smtp://127.0.0.1:${port}: connection refused` },
  ]);
  const download = await fetch(base + done.download_url!);
  expect([download.status, (await download.arrayBuffer()).byteLength > 0]).toEqual([200, true]);
});
