import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { serverFor } from './servers.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');

export interface StaffAccount {
  email: string;
  name: string;
  password: string;
  /** The authenticator secret `staff:create` printed (staff always sign in with a code). */
  secret: string;
  recoveryCodes: string[];
  /** The last time step a code was used at: the server refuses a step twice. */
  lastStep?: number;
}

const STEP_MS = 30_000;

/**
 * The code an authenticator app would show, as the server's clock sees it. A second sign-in in
 * the same 30 s takes the next step's code (the server accepts one step ahead); a third, a
 * recovery code, so no journey waits for the clock.
 */
export function nextCode(account: StaffAccount): string {
  const now = Math.floor(Date.now() / STEP_MS);
  const step = Math.max(now, (account.lastStep ?? -1) + 1);
  if (step > now + 1) return account.recoveryCodes.shift()!;
  account.lastStep = step;
  return TOTP.generate({ secret: Secret.fromBase32(account.secret), timestamp: step * STEP_MS });
}

let counter = 0;

/**
 * A staff account made with the operators' own CLI (`npm run staff:create`) in the database of
 * the running journey's server (e2e/servers.ts).
 */
export function createStaffAccount(name = 'Alex Morgan', parallelIndex = test.info().parallelIndex): StaffAccount {
  const { dir } = serverFor(parallelIndex);
  const login = {
    email: `staff-${Date.now().toString(36)}-${++counter}@example.com`,
    name,
    password: 'harbour-quiet-lamp-58',
  };
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/staff-create.ts',
      '--email',
      login.email,
      '--name',
      login.name,
      '--password-stdin',
    ],
    {
      cwd: root,
      input: `${login.password}\n`,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_FILE: join(dir, 'app.db'), DATA_DIR: dir, LOG_LEVEL: 'warn' },
    },
  );
  if (run.status !== 0) throw new Error(`staff:create failed: ${run.stderr || run.stdout}`);
  const secret = /^Authenticator secret: (\S+)$/m.exec(run.stdout)?.[1];
  const codes = /^Recovery codes \(each works once\): (.+)\n\s+(.+)$/m.exec(run.stdout);
  if (!secret || !codes) throw new Error(`staff:create printed no enrolment: ${run.stdout}`);
  return { ...login, secret, recoveryCodes: `${codes[1]} ${codes[2]}`.split(' ') };
}

/** Sign in over the API, password then code (the cookie lands in the page's context), like the shopper fixture. */
export async function signInStaff(page: Pick<Page, 'request'>, account: StaffAccount): Promise<void> {
  const step = await page.request.post('/api/auth/login', {
    data: { email: account.email, password: account.password },
  });
  expect(step.status()).toBe(200);
  const { pendingToken } = (await step.json()) as { pendingToken: string };
  const res = await page.request.post('/api/auth/login/code', { data: { pendingToken, code: nextCode(account) } });
  expect(res.status()).toBe(200);
}
