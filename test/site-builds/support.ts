// Helpers for the process-level site-build tests and the queue benchmark: synthetic Open Event v2 zips of any
// size (a few sessions build in a fraction of a second, a few thousand take seconds), submitting a zip over real
// HTTP, polling a build, and reading its stored event stream (SSE) back.
import { zipFiles } from '../sitegen/fixtures/zips.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A v2 export with `sessions` sessions over 3 days in 10 rooms and 6 tracks, one speaker each. */
export function syntheticEventFiles(name: string, sessions: number): Record<string, string> {
  const tracks = Array.from({ length: 6 }, (_, i) => ({ id: 100 + i, name: `Track ${i + 1}`, color: '#224488', 'font-color': '#ffffff', sessions: [] }));
  const rooms = Array.from({ length: 10 }, (_, i) => ({ id: 500 + i, name: `Room ${i + 1}`, floor: 1 }));
  const speakerCount = Math.max(1, Math.ceil(sessions / 2));
  const speakers = Array.from({ length: speakerCount }, (_, i) => ({
    id: 10_000 + i,
    name: `Speaker ${i + 1}`,
    'short-biography': `<p>Speaker ${i + 1} works on <b>open source</b>.</p>`,
    organisation: `Org ${i % 20}`,
    'is-featured': i < 3,
    sessions: [] as Array<{ id: number; title: string }>,
  }));
  const list = Array.from({ length: sessions }, (_, i) => {
    const day = 1 + (i % 3);
    const minutes = 9 * 60 + ((Math.floor(i / 30) * 15) % 600);
    const at = (m: number) => `2030-06-0${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+02:00`;
    const speaker = speakers[i % speakerCount];
    const title = `Session ${i + 1}`;
    speaker.sessions.push({ id: i + 1, title });
    return {
      id: i + 1,
      title,
      'short-abstract': `<p>About topic ${i % 97}.</p>`,
      'long-abstract': `<p>Longer abstract of session ${i + 1}.</p>`,
      'starts-at': at(minutes),
      'ends-at': at(minutes + 30),
      state: 'accepted',
      track: { id: tracks[i % 6].id, name: tracks[i % 6].name, color: '#224488', 'font-color': '#ffffff' },
      microlocation: { id: rooms[i % 10].id, name: rooms[i % 10].name },
      'session-type': { id: 1, name: 'Talk', length: '00:30' },
      speakers: [{ id: speaker.id, name: speaker.name }],
    };
  });
  const event = {
    id: 999,
    name,
    description: '<p>A synthetic event.</p>',
    'starts-at': '2030-06-01T09:00:00+02:00',
    'ends-at': '2030-06-03T19:00:00+02:00',
    timezone: 'Europe/Berlin',
    'location-name': 'Somewhere',
  };
  const json = (value: unknown) => JSON.stringify(value);
  return { event: json(event), sessions: json(list), speakers: json(speakers), tracks: json(tracks), microlocations: json(rooms), sponsors: json([]) };
}

export function syntheticEventZip(name: string, sessions: number): Promise<Buffer> {
  return zipFiles(syntheticEventFiles(name, sessions));
}

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
  const text = await (await fetch(`${baseUrl}/v1/tasks/${id}/events`)).text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('id: '))
    .map((block) => {
      const lines = block.split('\n');
      const field = (name: string) => lines.find((line) => line.startsWith(`${name}: `))!.slice(name.length + 2);
      return { seq: Number(field('id')), type: field('event'), data: JSON.parse(field('data')) };
    });
}

/** The state events as [state, attempt, error code] triples. */
export function stateChanges(events: StreamEvent[]): Array<[string, number | null, string | null]> {
  return events.filter((event) => event.type === 'state').map((event) => [event.data.state, event.data.attempt ?? null, event.data.error?.code ?? null]);
}
