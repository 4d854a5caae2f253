import { count } from 'drizzle-orm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { users } from '../../db/schema.js';
import { checkPassword } from '../auth/password-policy.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { rowCount, userByEmail } from '../../test/helpers.js';
import { DEMO_ACCOUNTS, formatDemoCredentials, seedDemoAccounts } from './demo-accounts.js';

const seed = (app: TestApp) => seedDemoAccounts(app.ctx.db, app.ctx.hasher.hash, app.clock.now);

async function signIn(app: TestApp, email: string, password: string) {
  const res = await app.api('/api/auth/login', { body: { email, password } });
  assert.is(res.status, 200, `${email}: ${res.status}`);
  return ((await res.json()) as { user: { role: string; name: string } }).user;
}

test('a fresh database gets one staff member and one shopper whose random passwords sign in', async () => {
  const app = await startTestApp();
  try {
    const accounts = await seed(app);
    assert.ok(accounts);
    assert.equal(accounts!.map((a) => [a.role, a.email, a.name]), DEMO_ACCOUNTS.map((a) => [a.role, a.email, a.name]));
    assert.is(rowCount(app, users), 2);
    for (const account of accounts!) {
      assert.is(checkPassword(account.password, app.ctx.commonPasswords), null);
      assert.is(userByEmail(app, account.email)!.role, account.role);
      const user = await signIn(app, account.email, account.password);
      assert.is(user.role, account.role);
      assert.is(user.name, account.name);
    }
    assert.is.not(accounts![0]!.password, accounts![1]!.password);
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
      await (registered ??= app.register('early@example.com'));
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
      { role: 'staff', name: 'Sam Rivera', email: 'staff@visionx.example', password: 'aaaaa-bbbbb-ccccc-ddddd' },
      { role: 'shopper', name: 'Robin Vega', email: 'shopper@visionx.example', password: 'eeeee-fffff-ggggg-hhhhh' },
    ],
    'http://localhost:3000',
  );
  const lines = box.split('\n');
  assert.ok(lines.every((l) => l.length === lines[0]!.length), box);
  assert.match(box, /staff\s+staff@visionx\.example\s+aaaaa-bbbbb-ccccc-ddddd/);
  assert.match(box, /shopper\s+shopper@visionx\.example\s+eeeee-fffff-ggggg-hhhhh/);
  assert.match(box, 'http://localhost:3000/signin');
  assert.match(box, 'http://localhost:3000/staff');
});

test.run();
