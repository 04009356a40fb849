// Child process for the queue test: opens the queue, works one job, closes everything and must then exit on
// its own (no process.exit), which proves the queue leaves no timer, socket or pending promise behind.
// Uses the test's database, whose URL it gets in DATABASE_URL.
import { openDatabase } from '../../src/db/client.js';
import { closeQueue, ensureQueue, openQueue, send, work } from '../../src/jobs/queue.js';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, migrate: false });
const queue = await openQueue(database, { onError: (error) => console.error('queue error', error) });
await ensureQueue(queue, 'exit-check', { policy: 'standard', expireInSeconds: 30, retryLimit: 0, retryDelay: 0 });
let finish!: () => void;
const worked = new Promise<void>((resolve) => (finish = resolve));
await work(queue, 'exit-check', async () => {
  finish();
  return { ok: true };
});
await send(queue, 'exit-check', {});
await worked;
await closeQueue(queue);
await database.close();
console.log('closed');
