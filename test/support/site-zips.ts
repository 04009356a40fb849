// Open Event v2 zips for site-build tests, made in memory: a small event (a build takes well under a second) and
// a large synthetic one (seconds), for tests that need a build to be still running.
import { asZipFiles, smallV2 } from '../sitegen/fixtures/events.js';
import { zipFiles } from '../sitegen/fixtures/zips.js';

export function smallEventZip(name = 'Queue'): Promise<Buffer> {
  return zipFiles(asZipFiles(smallV2(name)));
}

/** `sessions` accepted sessions over 3 days in 20 rooms, each with a speaker. */
export function largeEventZip(sessions: number): Promise<Buffer> {
  const start = Date.parse('2030-03-01T01:00:00Z');
  const iso = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().replace('.000Z', '+08:00');
  const rooms = Array.from({ length: 20 }, (_, i) => ({ id: 100 + i, name: `Room ${i + 1}`, floor: 1 }));
  const speakers = Array.from({ length: Math.max(1, Math.floor(sessions / 2)) }, (_, i) => ({ id: 10_000 + i, name: `Speaker ${i + 1}`, sessions: [] }));
  const list = Array.from({ length: sessions }, (_, i) => {
    const begins = start + (i % 3) * 86_400_000 + (Math.floor(i / 60) % 20) * 1_800_000;
    return {
      id: 1 + i,
      title: `Session ${i + 1}`,
      'short-abstract': `<p>About session ${i + 1}.</p>`,
      'starts-at': iso(begins),
      'ends-at': iso(begins + 1_500_000),
      state: 'accepted',
      track: null,
      microlocation: { id: rooms[i % 20].id, name: rooms[i % 20].name },
      speakers: [{ id: speakers[i % speakers.length].id, name: speakers[i % speakers.length].name }],
    };
  });
  const files = {
    event: { id: 1, name: `Large ${sessions}`, 'starts-at': iso(start), 'ends-at': iso(start + 3 * 86_400_000), timezone: 'Asia/Singapore' },
    sessions: list,
    speakers,
    tracks: [],
    microlocations: rooms,
    sponsors: [],
  };
  return zipFiles(Object.fromEntries(Object.entries(files).map(([key, value]) => [key, JSON.stringify(value)])));
}
