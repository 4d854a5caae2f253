import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { SavedReply } from '../../../shared/saved-replies.js';
import { SAVED_REPLIES_MAX } from '../../../shared/saved-replies.js';
import { savedReplies, staffActions } from '../../db/schema.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import { nextEvent, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents, signInStaff } from '../../test/helpers.js';
import { moveOrderAs, placeOrder } from '../../test/shop-helpers.js';
import { ok } from '../../test/ack.js';
import { insertSavedReply } from './saved-replies.repo.js';

const test = suite<{ app: TestApp }>('staff: saved replies');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const staffSocket = async (app: TestApp) => app.connect((await signInStaff(app)).cookie);
type Untyped = (e: string, p: unknown) => Promise<{ ok: boolean; data?: unknown; error?: Record<string, unknown> }>;
/** Untyped, for payloads the types would refuse; the clock moves on so the staff rate limit never answers instead. */
const call = (app: TestApp, socket: TestSocket, event: string, payload: unknown) => {
  app.clock.advance(1000);
  return (socket.emitWithAck as unknown as Untyped)(event, payload);
};
const flush = async (socket: TestSocket) => ok(await socket.emitWithAck('session:whoami', {}));
const recordsOf = (app: TestApp) =>
  app.ctx.db
    .select()
    .from(staffActions)
    .where(eq(staffActions.action, 'saved-reply'))
    .all()
    .map((r) => r.detail);

test('[SAVED1] create, edit and delete: acked, stored, recorded, and the whole list pushed to every desk, never to a shopper', async ({
  app,
}) => {
  const [author, colleague] = [await staffSocket(app), await staffSocket(app)];
  const shopper = await app.connect((await app.register()).cookie);
  const shopperSaw = recordEvents(shopper);
  let pushed = nextEvent<SavedReply[]>(colleague, 'staff:saved-replies-changed');
  const created = ok(
    await author.emitWithAck('staff:saved-reply-save', {
      title: ' Where is my order ',
      body: 'Hi {{shopper.firstName}},\r\nyour order {{order.number}} is {{order.status}}.',
    }),
  );
  assert.equal(
    [created.title, created.body, created.updatedBy],
    ['Where is my order', 'Hi {{shopper.firstName}},\nyour order {{order.number}} is {{order.status}}.', 'Staff'],
  );
  assert.equal(await pushed, [created]);
  pushed = nextEvent<SavedReply[]>(colleague, 'staff:saved-replies-changed');
  ok(
    await author.emitWithAck('staff:saved-reply-save', { title: 'apology', body: 'Sorry, {{agent.firstName}} here.' }),
  );
  await pushed;
  pushed = nextEvent<SavedReply[]>(colleague, 'staff:saved-replies-changed');
  const edited = ok(
    await colleague.emitWithAck('staff:saved-reply-save', {
      id: created.id,
      title: 'Order status',
      body: 'It is {{order.status}}.',
    }),
  );
  assert.equal(
    (await pushed).map((r) => r.title),
    ['apology', 'Order status'],
    'sorted by title, case aside',
  );
  assert.equal(
    ok(await author.emitWithAck('staff:saved-replies', {})).map((r) => [r.id, r.title, r.body]),
    [
      [created.id + 1, 'apology', 'Sorry, {{agent.firstName}} here.'],
      [created.id, 'Order status', 'It is {{order.status}}.'],
    ],
  );
  assert.is(edited.id, created.id);
  pushed = nextEvent<SavedReply[]>(colleague, 'staff:saved-replies-changed');
  assert.is(ok(await author.emitWithAck('staff:saved-reply-delete', { id: created.id })), null);
  assert.equal(
    (await pushed).map((r) => r.title),
    ['apology'],
  );
  assert.equal(app.ctx.db.select().from(savedReplies).where(eq(savedReplies.id, created.id)).all(), []);
  assert.equal(recordsOf(app), [
    { savedReplyId: created.id, change: 'create' },
    { savedReplyId: created.id + 1, change: 'create' },
    { savedReplyId: created.id, change: 'edit' },
    { savedReplyId: created.id, change: 'delete' },
  ]);
  await flush(shopper);
  assert.equal(
    shopperSaw.filter(([e, p]) => e.startsWith('staff:') || JSON.stringify(p ?? '').includes('{{')),
    [],
    'no shopper got a saved reply push',
  );
  ok(await author.emitWithAck('staff:saved-reply-delete', { id: created.id + 1 }));
});

test('[SAVED2] a taken title (any case), an unknown variable, a missing reply and bad fields are refused with typed errors; nothing is stored', async ({
  app,
}) => {
  const staff = await staffSocket(app);
  const kept = ok(
    await staff.emitWithAck('staff:saved-reply-save', { title: 'Refunds', body: 'Refunds take 5 days.' }),
  );
  const before = recordsOf(app).length;
  const taken = await staff.emitWithAck('staff:saved-reply-save', { title: 'REFUNDS', body: 'Other words' });
  assert.equal(taken.ok ? null : taken.error, { code: 'conflict', reason: 'saved_reply_title_taken' });
  const other = ok(await staff.emitWithAck('staff:saved-reply-save', { title: 'Returns', body: 'Within 30 days.' }));
  const renamed = await staff.emitWithAck('staff:saved-reply-save', { id: other.id, title: 'refunds', body: 'x' });
  assert.equal(renamed.ok ? null : renamed.error.reason, 'saved_reply_title_taken');
  ok(
    await staff.emitWithAck('staff:saved-reply-save', { id: kept.id, title: 'refunds', body: 'Own title, new case.' }),
  );
  const unknown = await staff.emitWithAck('staff:saved-reply-save', {
    title: 'Typo',
    body: 'Hi {{shopper.fristName}}, {{ order.total }}',
  });
  assert.equal(unknown.ok ? null : unknown.error, {
    code: 'bad_request',
    fields: { body: { code: 'unknown_variable', variable: 'shopper.fristName' } },
  });
  for (const [event, payload] of [
    ['staff:saved-reply-save', { id: 999_999, title: 'Ghost', body: 'Boo' }],
    ['staff:saved-reply-delete', { id: 999_999 }],
  ] as const) {
    const res = await call(app, staff, event, payload);
    assert.equal(res.error, { code: 'not_found', reason: 'saved_reply_not_found' }, event);
  }
  const bad: Array<[event: string, payload: unknown, fields: string[]]> = [
    ['staff:saved-reply-save', { title: '', body: 'B' }, ['title']],
    ['staff:saved-reply-save', { title: 'x'.repeat(81), body: 'B' }, ['title']],
    ['staff:saved-reply-save', { title: 'T', body: ' ' }, ['body']],
    ['staff:saved-reply-save', { title: 'T', body: 'x'.repeat(2001) }, ['body']],
    ['staff:saved-reply-save', { id: 'one', title: 'T', body: 'B' }, ['id']],
    ['staff:saved-reply-save', { title: 'T', body: 'B', createdById: 1 }, ['createdById']],
    ['staff:saved-reply-delete', {}, ['id']],
    ['staff:saved-reply-delete', { id: -1 }, ['id']],
    ['staff:saved-reply-fill', { chatId: 1 }, ['savedReplyId']],
    ['staff:saved-reply-fill', { chatId: 'a', savedReplyId: 1 }, ['chatId']],
    ['staff:saved-replies', { all: true }, ['all']],
  ];
  for (const [event, payload, fields] of bad) {
    const res = await call(app, staff, event, payload);
    assert.is(res.error?.code, 'bad_request', `${event} ${JSON.stringify(payload)}`);
    assert.equal(Object.keys(res.error?.fields ?? {}), fields, `${event} ${JSON.stringify(payload)}`);
  }
  assert.is(recordsOf(app).length, before + 2, 'only the two accepted saves were recorded');
  assert.equal(
    app.ctx.db
      .select({ title: savedReplies.title })
      .from(savedReplies)
      .all()
      .map((r) => r.title)
      .sort(),
    ['Returns', 'refunds'],
  );
  for (const id of [kept.id, other.id]) ok(await staff.emitWithAck('staff:saved-reply-delete', { id }));
});

test('[SAVED2] a shopper is forbidden every saved reply event; the list is capped with a typed refusal', async ({
  app,
}) => {
  const shopper = await app.connect((await app.register()).cookie);
  for (const [event, payload] of [
    ['staff:saved-replies', {}],
    ['staff:saved-reply-save', { title: 'T', body: 'B' }],
    ['staff:saved-reply-delete', { id: 1 }],
    ['staff:saved-reply-fill', { chatId: 1, savedReplyId: 1 }],
  ] as const) {
    const res = await call(app, shopper, event, payload);
    assert.equal(res.error, { code: 'forbidden', reason: 'staff_only' }, event);
  }
  const staff = await staffSocket(app);
  const by = { id: 1, name: 'Seed' };
  for (let i = 0; i < SAVED_REPLIES_MAX; i++)
    insertSavedReply(app.ctx.db, { title: `Cap ${i}`, body: 'B', by, now: app.clock.now });
  const full = await staff.emitWithAck('staff:saved-reply-save', { title: 'One more', body: 'B' });
  assert.equal(full.ok ? null : full.error, {
    code: 'conflict',
    reason: 'saved_replies_full',
    params: { maximum: SAVED_REPLIES_MAX },
  });
  const first = ok(await staff.emitWithAck('staff:saved-replies', {}))[0]!;
  ok(
    await staff.emitWithAck('staff:saved-reply-save', { id: first.id, title: first.title, body: 'Edits still work.' }),
  );
  app.ctx.db.delete(savedReplies).run();
});

test('[SAVED3] filled from the conversation as it is now: each variable, a guest’s missing ones, the latest order’s current status', async ({
  app,
}) => {
  const staff = await staffSocket(app);
  const body =
    'Hi {{shopper.firstName}} ({{shopper.name}}): order {{order.number}} is {{order.status}}. {{agent.firstName}}, VisionX. {{order.number}}';
  const reply = ok(await staff.emitWithAck('staff:saved-reply-save', { title: 'Status', body }));
  const account = await app.register(undefined, undefined, 'Ada  Lovelace');
  const shopper = await app.connect(account.cookie);
  const order = await placeOrder(app, shopper);
  const { sent } = await ask(shopper, 'Where is my order?');
  const fill = () => staff.emitWithAck('staff:saved-reply-fill', { chatId: sent.chat.id, savedReplyId: reply.id });
  assert.equal(ok(await fill()), {
    text: `Hi Ada (Ada  Lovelace): order ${order.number} is ${order.status}. Staff, VisionX. ${order.number}`,
    missing: [],
  });
  await moveOrderAs(app, order.number, ['packed', 'shipped']);
  assert.match(ok(await fill()).text, `order ${order.number} is shipped.`, 'the status as it is now');
  const newer = await placeOrder(app, shopper);
  assert.match(ok(await fill()).text, `order ${newer.number} is ${newer.status}.`, 'the latest order');

  const guest = await app.connect(await app.guestCookie());
  const guestChat = (await ask(guest, 'Hello')).sent.chat.id;
  assert.equal(ok(await staff.emitWithAck('staff:saved-reply-fill', { chatId: guestChat, savedReplyId: reply.id })), {
    text: 'Hi {{shopper.firstName}} ({{shopper.name}}): order {{order.number}} is {{order.status}}. Staff, VisionX. {{order.number}}',
    missing: ['shopper.firstName', 'shopper.name', 'order.number', 'order.status'],
  });
  const gone = await call(app, staff, 'staff:saved-reply-fill', { chatId: 999_999, savedReplyId: reply.id });
  assert.equal(gone.error, { code: 'not_found', reason: 'conversation_not_found' });
  const noReply = await call(app, staff, 'staff:saved-reply-fill', { chatId: guestChat, savedReplyId: 999_999 });
  assert.equal(noReply.error, { code: 'not_found', reason: 'saved_reply_not_found' });
});

test.run();
