import { count } from 'drizzle-orm';
import type { Db, DbLike } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { Role } from '../../../shared/auth.js';
import { insertUser } from '../auth/users.repo.js';
import { generatePassword } from './staff-accounts.js';
import { enrolStaff, recoveryCodeRows, type StaffEnrolment } from '../two-factor/staff-enrolment.js';

/** The accounts a fresh demo database starts with (docs/ARCHITECTURE.md §7: one staff member, printed once). */
export const DEMO_ACCOUNTS = [
  { role: 'staff', name: 'Sam Rivera', email: 'staff@visionx.example' },
  { role: 'shopper', name: 'Robin Vega', email: 'shopper@visionx.example' },
] as const satisfies ReadonlyArray<{ role: Role; name: string; email: string }>;

export interface DemoCredentials {
  role: Role;
  name: string;
  email: string;
  password: string;
  /** Staff sign in with a code: the demo staff member is enrolled at once. */
  enrolment?: StaffEnrolment;
}

const hasUsers = (db: DbLike) => db.select({ n: count() }).from(users).get()!.n > 0;

/**
 * On a database without any user, create the demo accounts with random passwords and return
 * them (to be shown once); otherwise null. The caller keeps this out of production.
 */
export async function seedDemoAccounts(
  db: Db,
  hash: (password: string) => Promise<string>,
  now: number,
): Promise<DemoCredentials[] | null> {
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
    return accounts.map(({ role, name, email, password, passwordHash }) => {
      const user = insertUser(tx, { email, name, role, passwordHash }, now)!;
      return { role, name, email, password, ...(role === 'staff' && { enrolment: enrolStaff(tx, user.id, now) }) };
    });
  });
}

const INDENT = ' '.repeat(9);
/** The staff member's second factor under their line: the secret to type into an authenticator app, and the recovery codes. */
const enrolmentRows = (enrolment: StaffEnrolment | undefined) => {
  if (!enrolment) return [];
  const [first, second] = recoveryCodeRows(enrolment);
  return [
    `${INDENT}authenticator secret: ${enrolment.secret}`,
    `${INDENT}recovery codes: ${first}`,
    `${INDENT}                ${second}`,
  ];
};

/** The start-up box: who can sign in with what, and where. */
export function formatDemoCredentials(accounts: DemoCredentials[], baseUrl: string): string {
  const rows = [
    'Demo accounts (passwords shown this once; this database had no users)',
    '',
    ...accounts.flatMap((a) => [
      `${a.role.padEnd(8)} ${a.email.padEnd(26)} ${a.password}`,
      ...enrolmentRows(a.enrolment),
    ]),
    '',
    `Sign in:        ${baseUrl}/signin`,
    `Staff console:  ${baseUrl}/staff`,
  ];
  const width = Math.max(...rows.map((r) => r.length));
  const line = '─'.repeat(width + 2);
  return [`┌${line}┐`, ...rows.map((r) => `│ ${r.padEnd(width)} │`), `└${line}┘`].join('\n');
}
