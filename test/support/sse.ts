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
