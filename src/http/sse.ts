// Server-Sent Events: the text of one message and the answer that streams a generator of them. The streams read
// stored data (task_events, event_changes), so whichever process a browser reaches can serve its stream.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** One message: `id:` (what the browser sends back as Last-Event-ID on reconnecting), `event:` and JSON `data:`. */
export function sseMessage(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const SSE_KEEP_ALIVE = ': keep-alive\n\n';

/** The Last-Event-ID a reconnecting browser sent, if it is a positive integer. */
export function lastEventId(header: string | string[] | undefined): number | undefined {
  const value = Number(Array.isArray(header) ? header[0] : header);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function sendEventStream(reply: FastifyReply, stream: AsyncGenerator<string>): FastifyReply {
  return reply
    .type('text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('x-accel-buffering', 'no')
    .send(Readable.from(stream, { objectMode: false }));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
