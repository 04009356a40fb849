// A server killed with SIGKILL while one site build runs and ten wait: none is lost, the cut-off build runs again
// first (attempt 2), then the ten in order, one at a time. Real child processes.
import { afterEach, expect, it } from 'vitest';
import { cleanUpRestarts, expectInOrderOneAtATime, once, restartWithBuildsWaiting, WAITING } from './restart.js';

afterEach(cleanUpRestarts);

it('loses none of ten waiting builds when the server is killed with SIGKILL: the cut-off one runs again first, all eleven in order', async () => {
  const { before, done, states } = await restartWithBuildsWaiting((server) => server.kill());

  expect(before.map((build) => build.state)).toEqual(['STARTED', ...Array(WAITING).fill('WAITING')]);
  expectInOrderOneAtATime(done);
  expect(states).toEqual([
    [
      ['WAITING', null, null],
      ['STARTED', 1, null],
      ['WAITING', 1, 'task.worker_lost'],
      ['STARTED', 2, null],
      ['SUCCESS', null, null],
    ],
    ...Array(WAITING).fill(once),
  ]);
}, 120_000);
