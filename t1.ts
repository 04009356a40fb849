import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '/work/main/src/db/client.ts';
let t = Date.now();
const c = new PGlite(); await c.waitReady; console.log('init', Date.now() - t); t = Date.now();
const d = await openDatabase({}); console.log('open+migrate', Date.now() - t); t = Date.now();
const pg = (d.db as any).$client as PGlite;
const dump = await pg.dumpDataDir('none'); console.log('dump', Date.now() - t, dump.size); t = Date.now();
const c2 = new PGlite({ loadDataDir: dump }); await c2.waitReady; console.log('load', Date.now() - t);
