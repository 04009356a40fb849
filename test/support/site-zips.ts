// Open Event v2 zips for site-build tests and benchmarks, made in memory: a small event (a build takes well
// under a second) and synthetic ones of any size (a few thousand sessions take seconds), for tests that need a
// build to be still running.
import { asZipFiles, smallV2 } from '../sitegen/fixtures/events.js';
import { zipFiles } from '../sitegen/fixtures/zips.js';

export function smallEventZip(name = 'Queue'): Promise<Buffer> {
  return zipFiles(asZipFiles(smallV2(name)));
}

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
