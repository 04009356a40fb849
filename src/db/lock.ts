// The lock file of a DATA_DIR: names the one Convene process that owns its embedded PostgreSQL server, so a
// second `npm start` on the same folder stops with a message naming the holder, while the CLI and workers can
// find the running server and join it. The file holds the holder's pid, its start time (so a pid reused by an
// unrelated process after a reboot or in a new container is not taken for the holder) and its command.
import fs from 'node:fs';

export interface Lock {
  release(): void;
}

export interface LockHolder {
  pid: number;
  command: string;
}

export class LockedError extends Error {
  override name = 'LockedError';
  constructor(file: string, holder: LockHolder) {
    super(
      `The embedded database is in use by process ${holder.pid} (${holder.command}; lock file ${file}). ` +
        'Stop it before starting another; to add workers, run `npm run worker`, which joins the running server.',
    );
  }
}

/** When a process started, in clock ticks since boot (Linux); undefined where /proc is not there. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name, which is in parentheses and may itself hold spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether `pid` runs. A zombie (exited, not yet reaped: containers whose init does not reap) does not. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc (macOS): kill(0) is the answer
  }
}

/** The live process that holds the lock, or undefined when nobody does (no file, or its writer is gone). */
export function readLockHolder(file: string): LockHolder | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const [pidText = '', started = '', command = 'Convene'] = text.split('\n');
  const pid = Number(pidText.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const now = processStartTime(pid);
  if (started && now !== undefined && now !== started) return undefined;
  return { pid, command };
}

export function acquireLock(file: string, command: string): Lock {
  const content = `${process.pid}\n${processStartTime(process.pid) ?? ''}\n${command}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (fs.readFileSync(file, 'utf8') === content) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLockHolder(file);
      if (holder) throw new LockedError(file, holder);
      // A crashed process left the file behind: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock file ${file}`);
}
