// Sends a stored file as a download: its type, length, and a Content-Disposition with the file name in ASCII
// and, for any other characters, RFC 5987's UTF-8 form.
import fs from 'node:fs';
import type { FastifyReply } from 'fastify';

export function sendTaskFile(reply: FastifyReply, file: { file: string; size: number; fileName: string; contentType: string }) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .type(file.contentType)
    .header('content-length', String(file.size))
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(fs.createReadStream(file.file));
}
