import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq, inArray } from 'drizzle-orm';
import type { StaffDiscount } from '../../../shared/discounts.js';
import { discountCodes, staffActions } from '../../db/schema.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { nextEvent, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents, signInStaff } from '../../test/helpers.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp }>('discounts: staff create, list and disable codes');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const staffSocket = async (app: TestApp) => app.connect((await signInStaff(app)).cookie);
type Untyped = (e: string, p: unknown) => Promise<{ ok: boolean; data?: unknown; error?: Record<string, unknown> }>;
/** Untyped, for payloads the types would refuse; the clock moves on so the socket's bucket never answers instead. */
const call = (app: TestApp, socket: TestSocket, event: string, payload: unknown) => {
  app.clock.advance(1000);
  return (socket.emitWithAck as unknown as Untyped)(event, payload);
};
const flush = async (socket: TestSocket) => ok(await socket.emitWithAck('session:whoami', {}));
const recordsOf = (app: TestApp) =>
  app.ctx.db
    .select()
    .from(staffActions)
    .where(inArray(staffActions.action, ['discount-create', 'discount-disable']))
    .all()
    .map((r) => [r.action, r.staffName, r.detail]);
const rowOf = (app: TestApp, code: string) =>
  app.ctx.db.select().from(discountCodes).where(eq(discountCodes.code, code)).get();

test('[DISC1] create and disable: acked, stored upper-case, recorded with the change, the list pushed to every desk and never to a shopper', async ({
  app,
}) => {
  const [author, colleague] = [await staffSocket(app), await staffSocket(app)];
  const shopper = await app.connect((await app.register()).cookie);
  const shopperSaw = recordEvents(shopper);
  const expiresAt = app.clock.now + 7 * 86_400_000;
  let pushed = nextEvent<StaffDiscount[]>(colleague, 'staff:discounts-changed');
  const created = ok(
    await author.emitWithAck('staff:discount-create', {
      code: ' save10 ',
      kind: 'percent',
      value: 10,
      minOrderCents: 5000,
      expiresAt,
      usageLimit: 100,
    }),
  );
  assert.equal(created, {
    code: 'SAVE10',
    kind: 'percent',
    value: 10,
    minOrderCents: 5000,
    expiresAt,
    usageLimit: 100,
    usedCount: 0,
    createdAt: app.clock.now,
    createdBy: 'Staff Member',
    disabledAt: null,
  });
  assert.equal(await pushed, [created]);
  pushed = nextEvent<StaffDiscount[]>(colleague, 'staff:discounts-changed');
  const fiver = ok(await author.emitWithAck('staff:discount-create', { code: 'FIVER', kind: 'amount', value: 500 }));
  assert.equal(
    [fiver.minOrderCents, fiver.expiresAt, fiver.usageLimit],
    [0, null, null],
    'no minimum, expiry or limit unless given',
  );
  assert.equal(
    (await pushed).map((d) => d.code),
    ['FIVER', 'SAVE10'],
    'newest first',
  );
  assert.equal(ok(await colleague.emitWithAck('staff:discount-list', {})), [fiver, created]);

  pushed = nextEvent<StaffDiscount[]>(author, 'staff:discounts-changed');
  const disabled = ok(await colleague.emitWithAck('staff:discount-disable', { code: 'save10' }));
  assert.is(disabled.disabledAt, app.clock.now);
  assert.equal(
    (await pushed).find((d) => d.code === 'SAVE10'),
    disabled,
  );
  assert.is(rowOf(app, 'SAVE10')!.disabledAt, app.clock.now);
  const stamp = app.clock.now;
  app.clock.advance(5000);
  const again = ok(await colleague.emitWithAck('staff:discount-disable', { code: 'SAVE10' }));
  assert.is(again.disabledAt, stamp, 'disabling twice changes nothing');

  assert.equal(recordsOf(app), [
    [
      'discount-create',
      'Staff',
      { code: 'SAVE10', kind: 'percent', value: 10, minOrderCents: 5000, expiresAt, usageLimit: 100 },
    ],
    [
      'discount-create',
      'Staff',
      { code: 'FIVER', kind: 'amount', value: 500, minOrderCents: 0, expiresAt: null, usageLimit: null },
    ],
    ['discount-disable', 'Staff', { code: 'SAVE10' }],
  ]);
  await flush(shopper);
  assert.equal(
    shopperSaw.filter(([e]) => e.startsWith('staff:')),
    [],
    'no shopper got the list',
  );
});

test('[DISC1] a taken code (any case) and a past expiry are typed refusals; an unknown code cannot be disabled; nothing is stored', async ({
  app,
}) => {
  const staff = await staffSocket(app);
  ok(await staff.emitWithAck('staff:discount-create', { code: 'TAKEN-1', kind: 'amount', value: 100 }));
  const before = recordsOf(app).length;
  const taken = await staff.emitWithAck('staff:discount-create', { code: 'taken-1', kind: 'percent', value: 5 });
  assert.equal(taken.ok ? null : taken.error, {
    code: 'conflict',
    reason: 'discount_code_taken',
    params: { code: 'TAKEN-1' },
  });
  const past = await call(app, staff, 'staff:discount-create', {
    code: 'OLD',
    kind: 'amount',
    value: 100,
    expiresAt: app.clock.now,
  });
  assert.equal(past.error, { code: 'bad_request', fields: { expiresAt: { code: 'not_in_future' } } });
  const unknown = await call(app, staff, 'staff:discount-disable', { code: 'NOPE' });
  assert.equal(unknown.error, { code: 'not_found', reason: 'discount_unknown', params: { code: 'NOPE' } });
  assert.is(rowOf(app, 'OLD'), undefined);
  assert.is(recordsOf(app).length, before, 'no refused change was recorded');
});

test('[DISC1] every schema refuses bad fields with their codes', async ({ app }) => {
  const staff = await staffSocket(app);
  const base = { code: 'GOOD', kind: 'percent', value: 10 };
  const bad: Array<[event: string, payload: unknown, fields: string[]]> = [
    ['staff:discount-create', { ...base, code: 'AB' }, ['code']],
    ['staff:discount-create', { ...base, code: 'X'.repeat(33) }, ['code']],
    ['staff:discount-create', { ...base, code: 'TEN OFF' }, ['code']],
    ['staff:discount-create', { ...base, code: 'TEN%' }, ['code']],
    ['staff:discount-create', { ...base, kind: 'bogo' }, ['kind']],
    ['staff:discount-create', { ...base, value: 0 }, ['value']],
    ['staff:discount-create', { ...base, value: 101 }, ['value']],
    ['staff:discount-create', { ...base, value: 12.5 }, ['value']],
    ['staff:discount-create', { ...base, kind: 'amount', value: -1 }, ['value']],
    ['staff:discount-create', { ...base, minOrderCents: -5 }, ['minOrderCents']],
    ['staff:discount-create', { ...base, usageLimit: 0 }, ['usageLimit']],
    ['staff:discount-create', { ...base, expiresAt: 'tomorrow' }, ['expiresAt']],
    ['staff:discount-create', { ...base, usedCount: 5 }, ['usedCount']],
    ['staff:discount-create', { kind: 'amount', value: 5 }, ['code']],
    ['staff:discount-disable', {}, ['code']],
    ['staff:discount-disable', { code: 'A B C' }, ['code']],
    ['staff:discount-list', { all: true }, ['all']],
  ];
  for (const [event, payload, fields] of bad) {
    const res = await call(app, staff, event, payload);
    assert.is(res.error?.code, 'bad_request', `${event} ${JSON.stringify(payload)}`);
    assert.equal(Object.keys(res.error?.fields ?? {}), fields, `${event} ${JSON.stringify(payload)}`);
  }
  assert.is(rowOf(app, 'GOOD'), undefined);
});

test('[DISC1] a shopper and a guest are refused every staff discount event', async ({ app }) => {
  const shopper = await app.connect((await app.register()).cookie);
  const guest = await app.connect(await app.guestCookie());
  for (const [event, payload] of [
    ['staff:discount-create', { code: 'MINE', kind: 'percent', value: 100 }],
    ['staff:discount-list', {}],
    ['staff:discount-disable', { code: 'MINE' }],
  ] as const) {
    assert.equal((await call(app, shopper, event, payload)).error, { code: 'forbidden', reason: 'staff_only' }, event);
    assert.is((await call(app, guest, event, payload)).error?.code, 'unauthorized', event);
  }
  assert.is(rowOf(app, 'MINE'), undefined);
});

test.run();
