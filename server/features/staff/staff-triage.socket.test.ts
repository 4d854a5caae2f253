import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { and, eq } from 'drizzle-orm';
import { chats, chatTags, staffActions } from '../../db/schema.js';
import { send, startChatApp } from '../../test/chat-helpers.js';
import { conversation, namedStaff, rowPush, type NamedStaff } from '../../test/desk-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { ok, type Ack } from '../../test/ack.js';
import { startSnoozeWaker, wakeDue } from './snooze-waker.js';

const test = suite<{ app: TestApp; ada: NamedStaff; bea: NamedStaff }>('staff: desk status, snooze, tags, priority');
test.before(async (ctx) => {
  // Row pushes coalesced within one timer tick only: each change here reaches the colleague.
  ctx.app = (await startChatApp({ STAFF_PUSH_WINDOW_MS: '0' })).app;
  ctx.ada = await namedStaff(ctx.app, 'Ada');
  ctx.bea = await namedStaff(ctx.app, 'Bea');
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A snooze the clock moves past: short, so the staff's sign-in sessions stay live. */
const SOON = 5 * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const stored = (app: TestApp, chatId: number) => app.ctx.db.select().from(chats).where(eq(chats.id, chatId)).get()!;
const actions = (app: TestApp, chatId: number, action: 'status' | 'tags' | 'priority' | 'reopen') =>
  app.ctx.db
    .select()
    .from(staffActions)
    .where(and(eq(staffActions.chatId, chatId), eq(staffActions.action, action)))
    .all();
const fieldsOf = (ack: Ack<unknown>) => {
  assert.ok(!ack.ok && ack.error.code === 'bad_request', JSON.stringify(ack));
  return !ack.ok ? ack.error.fields : undefined;
};

test('[DESKST1] pending, then snoozed until a time: stored, recorded with who, and the row pushed to colleagues', async ({
  app,
  ada,
  bea,
}) => {
  const { chatId } = await conversation(app);
  let pushed = rowPush(bea.socket, chatId, (r) => r.deskStatus === 'pending');
  const row = ok(await ada.socket.emitWithAck('staff:set-status', { chatId, status: 'pending' }));
  assert.equal([row.deskStatus, row.snoozedUntil], ['pending', null]);
  await pushed;
  const until = app.clock.now + 2 * HOUR;
  pushed = rowPush(bea.socket, chatId, (r) => r.deskStatus === 'snoozed');
  ok(await ada.socket.emitWithAck('staff:set-status', { chatId, status: 'snoozed', snoozedUntil: iso(until) }));
  assert.is((await pushed).snoozedUntil, iso(until));
  assert.equal([stored(app, chatId).deskStatus, stored(app, chatId).snoozedUntil], ['snoozed', until]);
  assert.equal(
    actions(app, chatId, 'status').map((a) => [a.staffId, a.detail]),
    [
      [ada.id, { status: 'pending', snoozedUntil: null }],
      [ada.id, { status: 'snoozed', snoozedUntil: until }],
    ],
  );
});

test('[DESKST2] a snoozed conversation opens again by itself at its time, and not before', async ({
  app,
  ada,
  bea,
}) => {
  const { chatId } = await conversation(app);
  const until = app.clock.now + SOON;
  ok(await ada.socket.emitWithAck('staff:set-status', { chatId, status: 'snoozed', snoozedUntil: iso(until) }));
  app.clock.advance(SOON - 1);
  assert.equal(wakeDue(app.staff), [], 'a millisecond early: still snoozed');
  assert.is(stored(app, chatId).deskStatus, 'snoozed');
  app.clock.advance(1);
  const pushed = rowPush(bea.socket, chatId, (r) => r.deskStatus === 'open');
  assert.equal(wakeDue(app.staff), [chatId]);
  assert.equal((await pushed).snoozedUntil, null);
  assert.equal([stored(app, chatId).deskStatus, stored(app, chatId).snoozedUntil], ['open', null]);
});

test('[DESKST2] the waker started by start(app) runs on its own interval', async ({ app, ada, bea }) => {
  const { chatId } = await conversation(app);
  ok(
    await ada.socket.emitWithAck('staff:set-status', {
      chatId,
      status: 'snoozed',
      snoozedUntil: iso(app.clock.now + SOON),
    }),
  );
  app.clock.advance(SOON + 1);
  const pushed = rowPush(bea.socket, chatId, (r) => r.deskStatus === 'open');
  const waker = startSnoozeWaker(app.staff, 20); // a small interval, set here openly
  try {
    await pushed;
  } finally {
    waker.stop();
  }
});

test('[DESKST3] the shopper writing to a snoozed or pending conversation opens it again', async ({ app, ada }) => {
  const { shopper, chatId } = await conversation(app);
  for (const status of ['pending', 'snoozed'] as const) {
    const snoozedUntil = status === 'snoozed' ? iso(app.clock.now + DAY) : undefined;
    ok(await ada.socket.emitWithAck('staff:set-status', { chatId, status, ...(snoozedUntil ? { snoozedUntil } : {}) }));
    assert.is(stored(app, chatId).deskStatus, status);
    ok(await send(shopper, `Any news? (${status})`));
    assert.equal([stored(app, chatId).deskStatus, stored(app, chatId).snoozedUntil], ['open', null]);
  }
});

test('[DESKST4] open on a resolved conversation reopens it (back with the assistant); pending or snoozed on it are refused', async ({
  app,
  ada,
}) => {
  const { chatId } = await conversation(app);
  ok(await ada.socket.emitWithAck('staff:close', { chatId, resolution: 'Answered' }));
  const refused = await ada.socket.emitWithAck('staff:set-status', { chatId, status: 'pending' });
  assert.equal(!refused.ok && [refused.error.code, refused.error.reason], ['conflict', 'conversation_closed']);
  const row = ok(await ada.socket.emitWithAck('staff:set-status', { chatId, status: 'open' }));
  assert.equal([row.chat.status, row.deskStatus], ['ai', 'open']);
  assert.equal([stored(app, chatId).status, stored(app, chatId).closedAt], ['ai', null]);
  assert.is(actions(app, chatId, 'reopen').length, 1);
});

test('[DESKST1] a snooze time must be later than now and at most 90 days ahead; the schema refuses the rest by field', async ({
  app,
  ada,
}) => {
  const { chatId } = await conversation(app);
  const at = (snoozedUntil: string) =>
    ada.socket.emitWithAck('staff:set-status', { chatId, status: 'snoozed', snoozedUntil });
  assert.equal(fieldsOf(await at(iso(app.clock.now))), { snoozedUntil: { code: 'not_in_future' } });
  assert.equal(fieldsOf(await at(iso(app.clock.now + 90 * DAY + 1))), {
    snoozedUntil: { code: 'too_far_ahead', maximum: 90 },
  });
  ok(await at(iso(app.clock.now + 90 * DAY)));
  const bad: [unknown, string][] = [
    [{ chatId, status: 'snoozed' }, 'snoozedUntil'],
    [{ chatId, status: 'snoozed', snoozedUntil: 'tomorrow' }, 'snoozedUntil'],
    [{ chatId, status: 'pending', snoozedUntil: iso(app.clock.now + HOUR) }, 'snoozedUntil'],
    [{ chatId, status: 'resolved' }, 'status'],
    [{ chatId, status: 'open', extra: true }, 'extra'],
  ];
  for (const [payload, field] of bad) {
    const fields = fieldsOf((await ada.socket.emitWithAck('staff:set-status', payload as never)) as Ack<unknown>);
    assert.ok(fields && field in fields, `${field}: ${JSON.stringify(fields)}`);
  }
  assert.is(stored(app, chatId).snoozedUntil, app.clock.now + 90 * DAY, 'the refused ones changed nothing');
});

test('[TAG1] tags replace the set: trimmed, lower case, unique, any script; recorded and pushed', async ({
  app,
  ada,
  bea,
}) => {
  const { chatId } = await conversation(app);
  const pushed = rowPush(bea.socket, chatId, (r) => r.tags.length > 0);
  const row = ok(
    await ada.socket.emitWithAck('staff:set-tags', {
      chatId,
      tags: ['  Refund ', 'late  delivery', 'refund', 'Größe_2'],
    }),
  );
  assert.equal(row.tags, ['größe_2', 'late delivery', 'refund']);
  assert.equal((await pushed).tags, row.tags);
  ok(await ada.socket.emitWithAck('staff:set-tags', { chatId, tags: ['vip'] }));
  assert.equal(
    app.ctx.db
      .select()
      .from(chatTags)
      .where(eq(chatTags.chatId, chatId))
      .all()
      .map((t) => t.tag),
    ['vip'],
  );
  assert.equal(
    actions(app, chatId, 'tags').map((a) => a.detail),
    [{ tags: ['größe_2', 'late delivery', 'refund'] }, { tags: ['vip'] }],
  );
  const bad: [unknown, string][] = [
    [{ chatId, tags: ['a'.repeat(33)] }, 'tags.0'],
    [{ chatId, tags: ['   '] }, 'tags.0'],
    [{ chatId, tags: ['ok', 'no<b>'] }, 'tags.1'],
    [{ chatId, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'tags'],
    [{ chatId, tags: 'refund' }, 'tags'],
  ];
  for (const [payload, field] of bad) {
    const fields = fieldsOf((await ada.socket.emitWithAck('staff:set-tags', payload as never)) as Ack<unknown>);
    assert.ok(fields && field in fields, `${field}: ${JSON.stringify(fields)}`);
  }
});

test('[TAG2] priority: stored, recorded, pushed; an unknown priority is refused', async ({ app, ada, bea }) => {
  const { chatId } = await conversation(app);
  const pushed = rowPush(bea.socket, chatId, (r) => r.priority === 'urgent');
  assert.is(ok(await ada.socket.emitWithAck('staff:set-priority', { chatId, priority: 'urgent' })).priority, 'urgent');
  await pushed;
  assert.equal(
    actions(app, chatId, 'priority').map((a) => [a.staffId, a.detail]),
    [[ada.id, { priority: 'urgent' }]],
  );
  const fields = fieldsOf(
    (await ada.socket.emitWithAck('staff:set-priority', { chatId, priority: 'asap' } as never)) as Ack<unknown>,
  );
  assert.ok(fields && 'priority' in fields);
});

test.run();
