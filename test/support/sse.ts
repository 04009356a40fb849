// Server-Sent Events as the task stream sends them (`id:`, `event:`, `data:` lines, blocks split by a blank line,
// `:` comments for keep-alives), parsed for assertions.

export interface SseMessage {
  id: number;
  event: string;
  data: any;
}

export function parseSse(text: string): SseMessage[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '' && !block.startsWith(':'))
    .map((block) => {
      const fields = Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
      return { id: Number(fields.id), event: fields.event, data: JSON.parse(fields.data) };
    });
}

/** A task's whole stored stream (the response ends after the final state). */
export async function fetchTaskEvents(baseUrl: string, taskId: string, headers: Record<string, string> = {}): Promise<SseMessage[]> {
  return parseSse(await (await fetch(`${baseUrl}/v1/tasks/${taskId}/events`, { headers })).text());
}

export interface OpenStream {
  status: number;
  /** The next message for which `match` holds (earlier ones are skipped), or an error after `timeoutMs`. */
  next(match?: (message: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  /** Messages received so far. */
  received: SseMessage[];
  close(): void;
}

/** A live Server-Sent Events stream over real HTTP (the server must listen), read as its messages arrive. */
export async function openStream(url: string, headers: Record<string, string> = {}): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const received: SseMessage[] = [];
  let waiters: (() => void)[] = [];
  let buffer = '';
  let cursor = 0;
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end + 2);
            buffer = buffer.slice(end + 2);
            received.push(...parseSse(block));
            for (const wake of waiters) wake();
            waiters = [];
          }
        }
      } catch {
        // closed
      }
    })();
  }
  return {
    status: response.status,
    received,
    async next(match = () => true, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (cursor < received.length) {
          const message = received[cursor++];
          if (match(message)) return message;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms; received ${JSON.stringify(received)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => (clearTimeout(timer), resolve()));
        });
      }
    },
    close: () => controller.abort(),
  };
}
