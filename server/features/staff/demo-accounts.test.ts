import { count } from 'drizzle-orm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { users } from '../../db/schema.js';
import { checkPassword } from '../auth/password-policy.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { rowCount, userByEmail } from '../../test/helpers.js';
import { signInWithCode } from '../../test/two-factor-helpers.js';
import { DEMO_ACCOUNTS, formatDemoCredentials, seedDemoAccounts, type DemoCredentials } from './demo-accounts.js';

const seed = (app: TestApp) => seedDemoAccounts(app.ctx.db, app.ctx.hasher.hash, app.clock.now);

/** The shopper with the password; the staff member also with a code from the printed secret. */
async function signIn(app: TestApp, { email, password, enrolment }: DemoCredentials) {
  const res = enrolment
    ? await signInWithCode(app, email, password, enrolment.secret)
    : await app.api('/api/auth/login', { body: { email, password } });
  assert.is(res.status, 200, `${email}: ${res.status}`);
  return ((await res.json()) as { user: { role: string; name: string } }).user;
}

test('a fresh database gets one staff member and one shopper whose random passwords sign in', async () => {
  const app = await startTestApp();
  try {
    const accounts = await seed(app);
    assert.ok(accounts);
    assert.equal(
      accounts!.map((a) => [a.role, a.email, a.name]),
      DEMO_ACCOUNTS.map((a) => [a.role, a.email, a.name]),
    );
    assert.is(rowCount(app, users), 2);
    for (const account of accounts!) {
      assert.is(checkPassword(account.password, app.ctx.commonPasswords), null);
      assert.is(userByEmail(app, account.email)!.role, account.role);
      const user = await signIn(app, account);
      assert.is(user.role, account.role);
      assert.is(user.name, account.name);
    }
    assert.is.not(accounts![0]!.password, accounts![1]!.password);
    const [staff, shopper] = accounts!;
    assert.match(staff!.enrolment!.secret, /^[A-Z2-7]{32}$/, 'the staff member is enrolled at once');
    assert.is(staff!.enrolment!.recoveryCodes.length, 10);
    assert.is(shopper!.enrolment, undefined, 'shoppers opt in themselves');
  } finally {
    await app.stop();
  }
});

test('a second start, or any existing user, seeds nothing', async () => {
  const app = await startTestApp();
  try {
    assert.ok(await seed(app));
    const hashes = app.ctx.db.select().from(users).all();
    assert.is(await seed(app), null);
    assert.equal(app.ctx.db.select().from(users).all(), hashes, 'passwords are not reset');
  } finally {
    await app.stop();
  }
  const other = await startTestApp();
  try {
    await other.register('someone@example.com');
    assert.is(await seed(other), null);
    assert.is(other.ctx.db.select({ n: count() }).from(users).get()!.n, 1);
  } finally {
    await other.stop();
  }
});

test('a user registered while the passwords were hashing wins: nothing is seeded', async () => {
  const app = await startTestApp();
  try {
    let registered: Promise<unknown> | undefined;
    const slowHash = async (pw: string) => {
      const hash = await app.ctx.hasher.hash(pw);
      registered ??= app.register('early@example.com');
      await registered;
      return hash;
    };
    assert.is(await seedDemoAccounts(app.ctx.db, slowHash, app.clock.now), null);
    assert.is(rowCount(app, users), 1);
  } finally {
    await app.stop();
  }
});

test('the start-up box shows each account, the sign-in and console URLs, in aligned lines', () => {
  const box = formatDemoCredentials(
    [
      {
        role: 'staff',
        name: 'Sam Rivera',
        email: 'staff@visionx.example',
        password: 'aaaaa-bbbbb-ccccc-ddddd',
        enrolment: {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
          recoveryCodes: Array.from({ length: 10 }, (_, i) => `code${i}-recov`),
        },
      },
      { role: 'shopper', name: 'Robin Vega', email: 'shopper@visionx.example', password: 'eeeee-fffff-ggggg-hhhhh' },
    ],
    'http://localhost:3000',
  );
  const lines = box.split('\n');
  assert.ok(
    lines.every((l) => l.length === lines[0]!.length),
    box,
  );
  assert.match(box, /staff\s+staff@visionx\.example\s+aaaaa-bbbbb-ccccc-ddddd/);
  assert.match(box, /shopper\s+shopper@visionx\.example\s+eeeee-fffff-ggggg-hhhhh/);
  assert.match(
    box,
    /aaaaa-bbbbb-ccccc-ddddd\s+│\n│\s+authenticator secret: JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\s+│/,
    'under the staff line',
  );
  assert.match(box, /recovery codes: code0-recov code1-recov code2-recov code3-recov code4-recov\s+│\n│\s+code5-recov/);
  assert.match(box, 'http://localhost:3000/signin');
  assert.match(box, 'http://localhost:3000/staff');
});

test.run();
