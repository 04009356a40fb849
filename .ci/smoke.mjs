// CI smoke of `npm start` on the embedded database, with nothing but Node: it answers /healthz, takes a sign-up,
// serves the generator page, builds the FOSSASIA Summit 2017 sample through POST /v1/site-builds and serves its
// preview; after a restart (SIGTERM to its process group, as a terminal's Ctrl-C or systemd would) the account
// still logs in and the site is still there. Prints the first-start and warm-start times to /healthz.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';

const PORT = 3917;
const base = `http://127.0.0.1:${PORT}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-ci-'));
const log = fs.openSync(path.join(dataDir, 'server.log'), 'a');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fail = (message) => {
  console.error(`CI FAILED: ${message}\n--- server log ---\n${fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8').slice(-6000)}`);
  process.exit(1);
};

async function start() {
  const started = performance.now();
  const server = spawn('npm', ['start'], { env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: ['ignore', log, log], detached: true });
  for (let i = 0; i < 240; i++) {
    const health = await fetch(`${base}/healthz`).then((r) => (r.ok ? r.json() : undefined), () => undefined);
    if (health) return { server, ms: Math.round(performance.now() - started), health };
    if (server.exitCode !== null) fail(`npm start exited with ${server.exitCode}`);
    await sleep(250);
  }
  fail('npm start did not answer /healthz within 60 s');
}

async function stop(server) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  await exited;
  await sleep(500);
}

function sampleZip() {
  const dir = path.resolve('../shared/samples/FOSSASIASummit2017');
  const zip = new yazl.ZipFile();
  for (const file of fs.readdirSync(dir).sort()) zip.addFile(path.join(dir, file), file);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks = [];
    zip.outputStream.on('data', (chunk) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}

const first = await start();
if (first.health.database !== 'embedded') fail(`/healthz names the database ${JSON.stringify(first.health)}`);
const signUp = await fetch(`${base}/v1/users`, {
  method: 'POST',
  headers: { 'content-type': 'application/vnd.api+json' },
  body: JSON.stringify({ data: { type: 'user', attributes: { email: 'ci@example.org', password: 'ci-password' } } }),
});
if (signUp.status !== 201) fail(`sign-up answered ${signUp.status}`);
if (!(await (await fetch(`${base}/generator`)).text()).includes('id="root"')) fail('npm start does not serve the generator page at /generator');
const form = new FormData();
form.append('file', new Blob([await sampleZip()], { type: 'application/zip' }), 'FOSSASIASummit2017.zip');
const build = await (await fetch(`${base}/v1/site-builds`, { method: 'POST', body: form })).json();
let state = '';
for (let i = 0; i < 480 && !['SUCCESS', 'FAILURE'].includes(state); i++) {
  await sleep(250);
  state = (await (await fetch(`${base}/v1/site-builds/${build.id}`)).json()).state;
}
if (state !== 'SUCCESS') fail(`the site build of the sample ended in '${state}'`);
if (!(await (await fetch(`${base}/sites/${build.id}/schedule.html`)).text()).includes('FOSSASIA Summit 2017')) fail("the built site's preview does not show the event");
console.log(`npm start built the FOSSASIA Summit 2017 site (${build.id}) and serves its preview`);
await stop(first.server);

const second = await start();
const login = await fetch(`${base}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ci@example.org', password: 'ci-password' }) });
if (!(await login.text()).includes('access_token')) fail('the account made before the restart cannot log in after it');
if (!(await (await fetch(`${base}/sites/${build.id}/`)).text()).includes('FOSSASIA Summit 2017')) fail('the built site is gone after a restart');
await stop(second.server);
console.log(`npm start answered /healthz (${JSON.stringify(first.health)}) and kept an account and a built site across a restart`);
console.log(`time to /healthz: first start (initdb) ${first.ms} ms, warm start ${second.ms} ms`);
fs.rmSync(dataDir, { recursive: true, force: true });
