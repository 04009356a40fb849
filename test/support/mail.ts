// The mails an app wrote to its outbox (no SMTP in tests), parsed back with an independent MIME parser.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/** Every mail in the outbox of `dataDir` to `address`, oldest first (file names start with the time). */
export async function mailsTo(dataDir: string, address: string): Promise<ParsedMail[]> {
  const dir = path.join(dataDir, 'outbox');
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((file) => file.endsWith('.eml')).sort();
  const mails = await Promise.all(files.map((file) => simpleParser(fs.readFileSync(path.join(dir, file)))));
  return mails.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((to) => to.address?.toLowerCase() === address.toLowerCase()));
}

/** The first link in a mail's text that matches `pattern`. */
export function linkIn(mail: ParsedMail, pattern: RegExp): string {
  const link = (mail.text ?? '').split(/\s+/).find((word) => pattern.test(word));
  if (!link) throw new Error(`no link matching ${pattern} in: ${mail.text}`);
  return link;
}
