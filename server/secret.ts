import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE_NAME = '.session-secret';

/**
 * The iron-session password. Production sets SESSION_SECRET; otherwise the first start
 * writes a random one to <dataDir>/.session-secret (mode 0600) and later starts reuse it,
 * so a fresh machine needs no set-up and sessions survive restarts.
 */
export function resolveSessionSecret(fromEnv: string | undefined, dataDir: string): string {
  if (fromEnv) return fromEnv;
  const file = join(dataDir, SECRET_FILE_NAME);
  return readSecret(file) ?? createSecret(dataDir, file) ?? readSecret(file)!;
}

/** The secret in the file, undefined when there is no file yet. */
function readSecret(file: string): string | undefined {
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (secret.length >= 32) return secret;
  throw new Error(`${file} holds a secret shorter than 32 characters; delete it to make a new one`);
}

/**
 * Writes a new secret whole into a file of its own, then links it to the real name, which fails
 * if that name exists. So processes starting at once (`WORKERS=N`) never see a half-written file,
 * and exactly one secret wins; undefined for a loser, which then reads the winner's.
 */
function createSecret(dataDir: string, file: string): string | undefined {
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(draft, 'wx', 0o600);
  try {
    fchmodSync(fd, 0o600); // whatever the umask
    writeSync(fd, `${secret}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(draft, file);
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw err;
  } finally {
    rmSync(draft, { force: true });
  }
}
