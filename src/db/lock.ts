// A lock file for the embedded database folder. PGlite has no folder lock of its own, and two processes
// writing one folder would corrupt it, so the second process must stop with a clear message.
import fs from 'node:fs';

export interface Lock {
  release(): void;
}

export class LockedError extends Error {
  override name = 'LockedError';
  constructor(file: string, pid: number) {
    super(
      `The embedded database is in use by process ${pid} (lock file ${file}). ` +
        'Stop that process, or run more processes against PostgreSQL with DATABASE_URL.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(file: string): Lock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new LockedError(file, pid);
      if (pid === process.pid) throw new LockedError(file, pid);
      // A crashed process left the file behind: take it over.
      fs.unlinkSync(file);
    }
  }
  throw new Error(`Could not take the lock file ${file}`);
}
