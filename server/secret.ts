import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
    throw new Error(`${file} holds a secret shorter than 32 characters; delete it to make a new one`);
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}
