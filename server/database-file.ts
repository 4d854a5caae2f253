import { statSync } from 'node:fs';
import { ConfigError } from './config.js';

/**
 * What went wrong with the database file, for the one line a failed start prints. Only the
 * failures that come from the file itself or its place on disk are translated; anything else
 * (a broken migration, a bug) keeps its stack.
 */
const SQLITE_CAUSES: Record<string, string> = {
  SQLITE_NOTADB: 'it is not a SQLite database (corrupt, or another kind of file)',
  SQLITE_CORRUPT: 'the database is corrupt',
  SQLITE_BUSY: 'it is locked by another process (waited 5 s for it)',
  SQLITE_LOCKED: 'it is locked by another process',
  SQLITE_READONLY: 'it cannot be written (read-only file or file system)',
  SQLITE_PERM: 'it cannot be written (no permission)',
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'the disk reported an I/O error',
};

const FS_CAUSES: Record<string, string> = {
  EACCES: 'its folder cannot be created (no permission)',
  EPERM: 'its folder cannot be created (no permission)',
  EROFS: 'its folder is on a read-only file system',
  ENOTDIR: 'a part of its folder path is a file, not a folder',
  EEXIST: 'a part of its folder path is a file, not a folder',
};

function causeOf(file: string, err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_CANTOPEN')
    return isDirectory(file)
      ? 'it is a directory, not a database file'
      : 'it cannot be opened (missing folder or no permission)';
  // Extended result codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_RECOVERY, …) share their primary code's cause.
  const primary = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  return SQLITE_CAUSES[primary] ?? FS_CAUSES[primary] ?? null;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // missing, or not even stat-able: "cannot be opened" says it
  }
}

/** Open the database with `open`; a failure caused by the file becomes a ConfigError naming DATABASE_FILE. */
export function openDatabaseFile<T>(file: string, open: (file: string) => T): T {
  try {
    return open(file);
  } catch (err) {
    const cause = causeOf(file, err);
    if (cause === null) throw err;
    throw new ConfigError(`Cannot use DATABASE_FILE ${JSON.stringify(file)}: ${cause}.`);
  }
}
