// A server stopped with SIGTERM while one site build runs and ten wait: none is lost, all eleven are built in
// order, one at a time, the running one finishing before the process exits. Real child processes.
import { afterEach, expect, it } from 'vitest';
import { cleanUpRestarts, expectInOrderOneAtATime, once, restartWithBuildsWaiting, WAITING } from './restart.js';

afterEach(cleanUpRestarts);

it('loses none of ten waiting builds when the server is stopped with SIGTERM: the running one finishes first, all eleven in order', async () => {
  const { before, done, states } = await restartWithBuildsWaiting((server) => server.stop());

  expect(before.map((build) => build.state)).toEqual(['STARTED', ...Array(WAITING).fill('WAITING')]);
  expect(before.map((build) => build.position)).toEqual([null, ...Array.from({ length: WAITING }, (_, i) => i + 1)]);
  expectInOrderOneAtATime(done);
  expect(states).toEqual(Array(WAITING + 1).fill(once));
}, 120_000);
