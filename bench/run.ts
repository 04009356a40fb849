// `npm run bench -- NAME`: runs one benchmark from this folder; each prints its figures and a ratio against a
// baseline measured in the same run.
const benches: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  api: () => import('./api.bench.js'),
  'attendee-app': () => import('./attendee-app.bench.js'),
  dashboard: () => import('./dashboard.bench.js'),
  exports: () => import('./exports.bench.js'),
  orders: () => import('./orders.bench.js'),
  queue: () => import('./queue.bench.js'),
  scheduler: () => import('./scheduler.bench.js'),
  sitegen: () => import('./sitegen.bench.js'),
};

const name = process.argv[2];
if (!name || !benches[name]) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
const bench = await benches[name]();
await bench.run();
process.exit(0);
