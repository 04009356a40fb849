// `npm run cli -- import-pglite`: brings the data of an earlier Convene, which kept its database in PGlite in
// DATA_DIR/pgdata, into the embedded PostgreSQL server. The old folder is never changed: a copy of it is opened,
// migrated to the current schema, and every table of ours is copied with COPY, in one transaction on the new
// database, so a failed import leaves it empty. Sequences follow, then DATA_DIR/pgdata.imported records what was
// brought across. Jobs of the old queue are not copied: a task that was waiting is queued again by the task
// sweeper, and one that was running is restarted when the server starts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config.js';
import { migrationsFolder, openDatabase } from './client.js';
import { embeddedPaths, type EmbeddedLog } from './embedded-postgres.js';

interface Table {
  name: string;
  columns: string[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function importPglite(config: Config, log: EmbeddedLog): Promise<number> {
  if (config.databaseUrl) {
    log.warn('DATABASE_URL is set; import-pglite brings the data into the embedded server of DATA_DIR. Unset DATABASE_URL to run it.');
    return 2;
  }
  const paths = embeddedPaths(config.dataDir);
  if (!fs.existsSync(path.join(paths.pglite, 'PG_VERSION'))) {
    log.warn(`There is no PGlite database in ${paths.pglite}: nothing to import.`);
    return 2;
  }
  if (fs.existsSync(paths.pgliteImported)) {
    log.warn(`The PGlite database in ${paths.pglite} was imported already (${fs.readFileSync(paths.pgliteImported, 'utf8').split('\n')[0]}).`);
    return 2;
  }

  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-pglite-import-'));
  fs.cpSync(paths.pglite, scratch, { recursive: true });
  const source = new PGlite(scratch);
  try {
    await source.waitReady;
    await migrate(drizzle(source) as never, { migrationsFolder });
    const tables = await listTables(source);

    const target = await openDatabase({ dataDir: config.dataDir, embedded: 'own', embeddedOptions: { besideOldPglite: true }, command: 'convene import-pglite', log });
    const { default: pg } = await import('pg');
    const { from: copyFrom } = await import('pg-copy-streams');
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const counts: string[] = [];
    try {
      for (const table of tables) {
        const { rows } = await client.query(`select exists (select 1 from ${quote(table.name)}) as taken`);
        if (rows[0].taken) {
          log.warn(`The embedded database already holds data (table ${table.name} is not empty): import-pglite only fills an empty one. Nothing was changed.`);
          return 1;
        }
      }
      await client.query('begin');
      // Rows go in table by table; foreign keys are checked by the source already, so their triggers are off.
      await client.query('set local session_replication_role = replica');
      for (const table of tables) {
        const columns = table.columns.map(quote).join(', ');
        const result = (await source.query(`copy ${quote(table.name)} (${columns}) to '/dev/blob'`)) as { blob?: Blob };
        const bytes = result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0);
        const stream = client.query(copyFrom(`copy ${quote(table.name)} (${columns}) from stdin`));
        await new Promise<void>((resolve, reject) => {
          stream.once('finish', resolve);
          stream.once('error', reject);
          stream.end(bytes);
        });
        counts.push(`${table.name} ${stream.rowCount}`);
      }
      const sequences = await source.query<{ name: string; last_value: string; is_called: boolean }>(
        `select sequencename as name, last_value::text, last_value is not null as is_called from pg_sequences where schemaname = 'public'`,
      );
      for (const sequence of sequences.rows) {
        if (sequence.is_called) await client.query('select setval($1::regclass, $2::bigint, true)', [quote(sequence.name), sequence.last_value]);
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
      await target.close();
    }
    fs.writeFileSync(
      paths.pgliteImported,
      `imported ${new Date().toISOString()} into the embedded PostgreSQL server in ${paths.cluster}\n${counts.join('\n')}\n`,
    );
    log.info(
      `Imported ${tables.length} tables (${counts.join(', ')}) into the embedded PostgreSQL server. ` +
        `The PGlite folder ${paths.pglite} is unchanged; remove it once you have checked the data.`,
    );
    return 0;
  } finally {
    await source.close().catch(() => undefined);
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The tables of our schema with their columns, in the order the migrations made them. */
async function listTables(source: import('@electric-sql/pglite').PGlite): Promise<Table[]> {
  const { rows } = await source.query<{ table_name: string; columns: string[] }>(
    `select table_name, array_agg(column_name::text order by ordinal_position) as columns
       from information_schema.columns
      where table_schema = 'public' and table_name in (select tablename from pg_tables where schemaname = 'public')
        and is_generated = 'NEVER'
      group by table_name order by table_name`,
  );
  return rows.map((row) => ({ name: row.table_name, columns: row.columns }));
}
