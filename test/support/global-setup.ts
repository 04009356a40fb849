// Runs once before all test files: on PGlite, builds one migrated database and dumps it, so each test file
// starts from a copy in under a second instead of initialising and migrating its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/db/client.js';

export default async function setup(): Promise<() => void> {
  if (process.env.DATABASE_URL) return () => undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-test-'));
  const file = path.join(dir, 'template.tar');
  const database = await openDatabase({});
  const dump = await database.dump!();
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  process.env.CONVENE_PGLITE_TEMPLATE = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
