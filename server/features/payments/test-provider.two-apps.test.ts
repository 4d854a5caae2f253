import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createApp } from '../../app.js';
import { openDatabase } from '../../db/client.js';
import { testProviderCharges } from '../../db/schema.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { rowCount } from '../../test/helpers.js';
import { TEST_CARDS } from './test-provider.js';

/** Two app instances on one database file, each with its own connection: two processes of one shop. */
const test = suite<{ a: TestApp; b: ReturnType<typeof createApp> }>(
  'the built-in test provider across app instances: one bank, whichever process asks',
);
test.before.each(async (ctx) => {
  ctx.a = await startTestApp();
  ctx.b = createApp({ ...ctx.a.ctx, db: openDatabase(ctx.a.dbFile), payments: undefined });
});
test.after.each(async ({ a, b }) => {
  await b.close();
  b.ctx.db.$client.close();
  await a.stop();
});

const request = (card: string, idempotencyKey: string) => ({
  amountCents: 4900,
  currency: 'USD' as const,
  card: { number: card, expMonth: 12, expYear: 2040, cvc: '123' },
  idempotencyKey,
});

test('[SHAREDB3] a retry through the other instance gets the first charge back, not a second charge', async ({
  a,
  b,
}) => {
  const first = await a.ctx.payments.charge(request(TEST_CARDS.success, 'key-1'));
  const replay = await b.ctx.payments.charge(request(TEST_CARDS.success, 'key-1'));
  assert.ok(first.ok);
  assert.equal(replay, first);
  assert.is(rowCount(a, testProviderCharges), 1);
});

test('[SHAREDB3] the other instance finds the charge by key (what its reconciler asks)', async ({ a, b }) => {
  const first = await a.ctx.payments.charge(request(TEST_CARDS.success, 'key-2'));
  assert.equal(await b.ctx.payments.findCharge('key-2'), { chargeId: first.ok ? first.chargeId : '' });
  assert.is(await b.ctx.payments.findCharge('key-unknown'), null);
});

test('[SHAREDB3] a refusal is replayed as a refusal, and is no charge to find', async ({ a, b }) => {
  await a.ctx.payments.charge(request(TEST_CARDS.declined, 'key-3'));
  assert.equal(await b.ctx.payments.charge(request(TEST_CARDS.success, 'key-3')), { ok: false, reason: 'declined' });
  assert.is(await b.ctx.payments.findCharge('key-3'), null);
});

test.run();
