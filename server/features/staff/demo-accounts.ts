import { count } from 'drizzle-orm';
import type { Db, DbLike } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { Role } from '../../../shared/auth.js';
import { insertUser } from '../auth/users.repo.js';
import { generatePassword } from './staff-accounts.js';

/** The accounts a fresh demo database starts with (ARCHITECTURE §7: one staff member, printed once). */
export const DEMO_ACCOUNTS = [
  { role: 'staff', name: 'Sam Rivera', email: 'staff@visionx.example' },
  { role: 'shopper', name: 'Robin Vega', email: 'shopper@visionx.example' },
] as const satisfies ReadonlyArray<{ role: Role; name: string; email: string }>;

export interface DemoCredentials {
  role: Role;
  name: string;
  email: string;
  password: string;
}

const hasUsers = (db: DbLike) => db.select({ n: count() }).from(users).get()!.n > 0;

/**
 * On a database without any user, create the demo accounts with random passwords and return
 * them (to be shown once); otherwise null. The caller keeps this out of production.
 */
export async function seedDemoAccounts(db: Db, hash: (password: string) => Promise<string>, now: number): Promise<DemoCredentials[] | null> {
  if (hasUsers(db)) return null;
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map(async (account) => {
      const password = generatePassword();
      return { ...account, password, passwordHash: await hash(password) };
    }),
  );
  // Checked again in the transaction that inserts: nothing may have registered while we hashed.
  return db.transaction((tx) => {
    if (hasUsers(tx)) return null;
    for (const { email, name, role, passwordHash } of accounts) insertUser(tx, { email, name, role, passwordHash }, now);
    return accounts.map(({ role, name, email, password }) => ({ role, name, email, password }));
  });
}

/** The start-up box: who can sign in with what, and where. */
export function formatDemoCredentials(accounts: DemoCredentials[], baseUrl: string): string {
  const rows = [
    'Demo accounts (passwords shown this once; this database had no users)',
    '',
    ...accounts.map((a) => `${a.role.padEnd(8)} ${a.email.padEnd(26)} ${a.password}`),
    '',
    `Sign in:        ${baseUrl}/signin`,
    `Staff console:  ${baseUrl}/staff`,
  ];
  const width = Math.max(...rows.map((r) => r.length));
  const line = '─'.repeat(width + 2);
  return [`┌${line}┐`, ...rows.map((r) => `│ ${r.padEnd(width)} │`), `└${line}┘`].join('\n');
}
