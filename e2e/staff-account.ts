import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const root = resolve(fileURLToPath(import.meta.url), '../..');
// The database the journeys' server runs on (e2e/serve.mjs, playwright.config.ts).
const E2E_DIR = join(root, '.test-tmp', `e2e-server-${process.env.E2E_PORT ?? 3101}`);

export interface StaffAccount {
  email: string;
  name: string;
  password: string;
}

let counter = 0;

/** A staff account made with the operators' own CLI (`npm run staff:create`) in the journeys' database. */
export function createStaffAccount(name = 'Alex Morgan'): StaffAccount {
  const account = { email: `staff-${Date.now().toString(36)}-${++counter}@example.com`, name, password: 'harbour-quiet-lamp-58' };
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/staff-create.ts', '--email', account.email, '--name', account.name, '--password-stdin'],
    { cwd: root, input: `${account.password}\n`, encoding: 'utf8', env: { ...process.env, DATABASE_FILE: join(E2E_DIR, 'app.db'), DATA_DIR: E2E_DIR, LOG_LEVEL: 'warn' } },
  );
  if (run.status !== 0) throw new Error(`staff:create failed: ${run.stderr || run.stdout}`);
  return account;
}

/** Sign in over the API (the cookie lands in the page's context), like the shopper fixture. */
export async function signInStaff(page: Page, account: StaffAccount): Promise<void> {
  const res = await page.request.post('/api/auth/login', { data: { email: account.email, password: account.password } });
  expect(res.status()).toBe(200);
}
