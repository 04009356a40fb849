// Helpers for the process-level site-build tests and the queue benchmark: submitting a zip over real HTTP,
// polling a build, and reading its stored event stream (SSE) back; synthetic zips come from support/site-zips.
import { fetchTaskEvents, type SseMessage } from '../support/sse.js';
export { syntheticEventFiles, syntheticEventZip } from '../support/site-zips.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface BuildView {
  id: string;
  state: 'WAITING' | 'STARTED' | 'SUCCESS' | 'FAILURE' | 'CANCELLED';
  position: number | null;
  progress: { percent: number; step: string | null };
  log: { level: string; message: string }[];
  preview_url: string | null;
  download_url: string | null;
  error: { code: string | null; detail: string | null } | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** POST /v1/site-builds with the zip as multipart (anonymous: the build belongs to whoever holds its id). */
export async function submitZip(baseUrl: string, zip: Buffer, fields: Record<string, string> = {}): Promise<{ status: number; body: BuildView }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), 'event.zip');
  const response = await fetch(`${baseUrl}/v1/site-builds`, { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as BuildView };
}

export async function getBuild(baseUrl: string, id: string): Promise<BuildView> {
  const response = await fetch(`${baseUrl}/v1/site-builds/${id}`);
  if (!response.ok) throw new Error(`GET site build ${id}: ${response.status} ${await response.text()}`);
  return (await response.json()) as BuildView;
}

/** Polls the build until `done` holds; `context` is added to the error when it never does. */
export async function waitForBuild(baseUrl: string, id: string, done: (build: BuildView) => boolean, what: string, context = () => '', timeoutMs = 90_000): Promise<BuildView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const build = await getBuild(baseUrl, id).catch((error: Error) => ({ error: error.message }) as unknown as BuildView);
    if ('id' in build && done(build)) return build;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; last seen ${JSON.stringify(build)}\n${context()}`);
    await sleep(50);
  }
}

export const ended = (build: BuildView) => build.state === 'SUCCESS' || build.state === 'FAILURE' || build.state === 'CANCELLED';

export interface StreamEvent {
  seq: number;
  type: string;
  data: any;
}

/** The build's whole stored event stream (the SSE response ends after its final state). */
export async function readEvents(baseUrl: string, id: string): Promise<StreamEvent[]> {
  return (await fetchTaskEvents(baseUrl, id)).map((message: SseMessage) => ({ seq: message.id, type: message.event, data: message.data }));
}

/** The state events as [state, attempt, error code] triples. */
export function stateChanges(events: StreamEvent[]): Array<[string, number | null, string | null]> {
  return events.filter((event) => event.type === 'state').map((event) => [event.data.state, event.data.attempt ?? null, event.data.error?.code ?? null]);
}
