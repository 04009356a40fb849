// Outgoing e-mail (for now: "your site is ready" from the site-build worker). With an SMTP URL the message goes
// to that server; without one it is written as a real MIME .eml file into an outbox folder, so a machine with no
// mail server still keeps every message where an operator can read or forward it. `send` never throws anything
// but an Error that says in words what failed, and never shows the SMTP password: the caller logs it and goes on.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type StreamTransport from 'nodemailer/lib/stream-transport/index.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface MailResult {
  delivered: 'smtp' | 'outbox';
  /** "sent to jane@example.org through smtp://127.0.0.1:2525 (250 OK: queued)" or "written to /data/outbox/<file>.eml". */
  detail: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<MailResult>;
  close(): void;
}

// A dead or silent server must not hold a build worker for long.
const TIMEOUT_MS = 10_000;

// One plain address: no display name, no list, nothing a header could be split on.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;
const MAX_ADDRESS_LENGTH = 254;

export function createMailer(options: { smtpUrl?: string; from: string; outboxDir: string }): Mailer {
  // eslint-disable-next-line no-control-regex
  if (/[\r\n\u0000]/.test(options.from)) throw new Error('the mail sender (from) must be one line');
  return options.smtpUrl ? smtpMailer(options.smtpUrl, options.from) : outboxMailer(options.outboxDir, options.from);
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  const server = parseSmtpUrl(smtpUrl);
  const transport = nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: server.user ? { user: server.user, pass: server.pass } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    dnsTimeout: TIMEOUT_MS,
  } satisfies SMTPTransport.Options);

  return {
    async send(message) {
      const to = checkRecipient(message.to);
      let info: SMTPTransport.SentMessageInfo;
      try {
        info = await transport.sendMail(compose(from, to, message));
      } catch (error) {
        const why = describeSmtpError(error);
        throw new Error(scrub(`could not deliver to ${to} through ${server.shown}: ${why}`, server.pass));
      }
      if (info.rejected.length > 0) {
        throw new Error(scrub(`could not deliver to ${to} through ${server.shown}: the server refused the recipient (${info.response})`, server.pass));
      }
      return { delivered: 'smtp', detail: scrub(`sent to ${to} through ${server.shown} (${info.response})`, server.pass) };
    },
    close() {
      transport.close();
    },
  };
}

function outboxMailer(outboxDir: string, from: string): Mailer {
  // The stream transport runs nodemailer's own MIME composer, so the file is the message an SMTP server would get.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' } satisfies StreamTransport.Options);

  return {
    async send(message) {
      const to = checkRecipient(message.to);
      const file = path.join(outboxDir, `${new Date().toISOString().replace(/:/g, '-')}-${randomBytes(6).toString('hex')}.eml`);
      try {
        const info = await transport.sendMail(compose(from, to, message));
        await fs.mkdir(outboxDir, { recursive: true });
        // Written aside and renamed so that whoever reads the outbox never sees half a message.
        const partial = path.join(outboxDir, `.${path.basename(file)}.partial`);
        await fs.writeFile(partial, info.message as Buffer, { flag: 'wx' });
        await fs.rename(partial, file);
      } catch (error) {
        const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new Error(`could not write the mail to ${to} into ${outboxDir}: ${why}`);
      }
      return { delivered: 'outbox', detail: `written to ${file}` };
    },
    close() {
      transport.close();
    },
  };
}

function compose(from: string, to: string, message: MailMessage): SendMailOptions {
  return {
    from,
    to,
    // A subject is often built from event data; a line break in it is folded to a space, never a new header.
    subject: message.subject.replace(/[\r\n]+/g, ' '),
    text: message.text,
    html: message.html,
  };
}

function checkRecipient(to: unknown): string {
  if (typeof to !== 'string') throw new Error('refusing to send: no recipient address');
  if (/[\r\n]/.test(to)) throw new Error(`refusing to send to ${JSON.stringify(to)}: the address has a line break in it`);
  const address = to.trim();
  if (address.length > MAX_ADDRESS_LENGTH || !ADDRESS.test(address)) {
    throw new Error(`refusing to send to ${JSON.stringify(to)}: not one e-mail address`);
  }
  return address;
}

interface SmtpServer {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  /** The URL without its credentials, for messages. */
  shown: string;
}

function parseSmtpUrl(smtpUrl: string): SmtpServer {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    // Not echoed: a URL that does not parse may still hold the password.
    throw new Error('the SMTP URL is not a valid URL (expected smtp://user:password@host:port or smtps://...)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    // The scheme is not echoed either: in "user:password@host" the parser takes the user name for one.
    throw new Error('the SMTP URL must start with smtp:// or smtps://');
  }
  const secure = url.protocol === 'smtps:';
  // smtp:// is submission with STARTTLS (587), smtps:// implicit TLS (465), as nodemailer defaults them.
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (!host) throw new Error('the SMTP URL has no host');
  return {
    host,
    port,
    secure,
    user: decodeURIComponent(url.username),
    pass: decodeURIComponent(url.password),
    shown: `${url.protocol}//${url.hostname}:${port}`,
  };
}

function describeSmtpError(error: unknown): string {
  const e = error as { code?: string; message?: string; responseCode?: number; response?: string; command?: string };
  const message = e.message ?? String(error);
  if (/ECONNREFUSED/.test(message)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/.test(message) || e.code === 'EDNS') return 'the mail server host was not found';
  if (/EHOSTUNREACH|ENETUNREACH/.test(message)) return 'the mail server cannot be reached';
  if (/ECONNRESET/.test(message)) return 'the mail server closed the connection';
  if (e.code === 'ETIMEDOUT' || /timeout/i.test(message)) return `the mail server did not answer within ${TIMEOUT_MS / 1000} s`;
  if (e.code === 'EAUTH') return `the mail server refused the login${e.response ? ` (${e.response})` : ''}`;
  if (e.code === 'EENVELOPE') return `the mail server refused the sender or recipient${e.response ? ` (${e.response})` : ''}`;
  if (e.code === 'ETLS' || /certificate|SSL|TLS/i.test(message)) return `TLS failed (${message})`;
  if (e.response) return `the mail server answered ${e.response}`;
  return message;
}

/** Belt and braces: whatever a library put in a message, the password never leaves this module. */
function scrub(text: string, pass: string): string {
  if (!pass) return text;
  let out = text;
  for (const form of new Set([pass, encodeURIComponent(pass), Buffer.from(pass).toString('base64')])) out = out.split(form).join('***');
  return out;
}
