import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ChatMessagePush } from '../../../shared/chat.js';
import type { StaffNote } from '../../../shared/staff.js';
import { chatMessages, chatNotes, chats, staffActions } from '../../db/schema.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { conversation, namedStaff, rowPush, type NamedStaff } from '../../test/desk-helpers.js';
import { nextEventWhere, type TestApp } from '../../test/harness.js';
import { closeSocket, expectCodesOnly, recordEvents, userByEmail } from '../../test/helpers.js';
import { ok, type Ack } from '../../test/ack.js';
import { releaseConversationsOf } from './staff-actions.js';
import { writeAssignment } from './staff-assign.js';

const test = suite<{ app: TestApp; ada: NamedStaff; bea: NamedStaff; cy: NamedStaff }>(
  'staff: assignment and transfer',
);
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
  ctx.ada = await namedStaff(ctx.app, 'Ada');
  ctx.bea = await namedStaff(ctx.app, 'Bea');
  ctx.cy = await namedStaff(ctx.app, 'Cy');
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const stored = (app: TestApp, chatId: number) => app.ctx.db.select().from(chats).where(eq(chats.id, chatId)).get()!;
const assignActions = (app: TestApp, chatId: number) =>
  app.ctx.db
    .select()
    .from(staffActions)
    .where(and(eq(staffActions.chatId, chatId), eq(staffActions.action, 'assign')))
    .all();
const refusal = <T>(ack: Ack<T>) => {
  assert.ok(!ack.ok, `refused, not ${JSON.stringify(ack)}`);
  expectCodesOnly(ack.error as never);
  return [ack.error.code, ack.error.reason, ack.error.params];
};

test('[ASSIGN2] two staff assign at once: exactly one wins, the other is told who has it now; one record, the winner’s', async ({
  app,
  ada,
  bea,
  cy,
}) => {
  const { chatId } = await conversation(app);
  const results = await Promise.all([
    ada.socket.emitWithAck('staff:assign', { chatId, toId: ada.id, expectedAssigneeId: null }),
    bea.socket.emitWithAck('staff:assign', { chatId, toId: cy.id, expectedAssigneeId: null }),
  ]);
  assert.is(results.filter((r) => r.ok).length, 1, JSON.stringify(results));
  const adaWon = results[0]!.ok;
  const target = adaWon ? ada : cy;
  const loser = results.find((r) => !r.ok)!;
  assert.equal(refusal(loser), ['conflict', 'assignment_changed', { name: target.name }]);
  assert.equal([stored(app, chatId).assigneeId, stored(app, chatId).assigneeName], [target.id, target.name]);
  const records = assignActions(app, chatId);
  assert.equal(
    records.map((r) => [r.staffId, r.detail]),
    [[adaWon ? ada.id : bea.id, { from: null, to: target.id }]],
  );
  // Transfers race the same way: both start from what the desk showed.
  const transfers = await Promise.all([
    (adaWon ? ada : bea).socket.emitWithAck('staff:assign', { chatId, toId: bea.id, expectedAssigneeId: target.id }),
    cy.socket.emitWithAck('staff:assign', { chatId, toId: ada.id, expectedAssigneeId: target.id }),
  ]);
  assert.is(transfers.filter((r) => r.ok).length, 1, JSON.stringify(transfers));
  assert.is(assignActions(app, chatId).length, 2);
});

test('[ASSIGN2] the write itself decides: a reading made stale by another write (another process) changes nothing and records nothing', async ({
  app,
  ada,
  bea,
}) => {
  const { chatId } = await conversation(app);
  const read = stored(app, chatId); // what this process read: nobody has it
  ok(await bea.socket.emitWithAck('staff:assign', { chatId, toId: bea.id, expectedAssigneeId: null }));
  const lost = writeAssignment(app.staff, { id: ada.id, name: 'Ada' }, read, { id: ada.id, name: 'Ada' }, 'Mine.');
  assert.is(lost, undefined, 'the conditional write refused the stale reading');
  assert.equal([stored(app, chatId).assigneeId, assignActions(app, chatId).length], [bea.id, 1]);
  assert.is(app.ctx.db.select().from(chatNotes).where(eq(chatNotes.chatId, chatId)).all().length, 0, 'no note');
  const won = writeAssignment(app.staff, { id: bea.id, name: 'Bea' }, stored(app, chatId), null, undefined);
  assert.equal([won?.row.assigneeId, assignActions(app, chatId).length], [null, 2], 'a fresh reading goes through');
});

test('[ASSIGN3] a transfer while a person speaks: the colleague now speaks (the shopper sees them join), the former assignee cannot reply; the note stays internal', async ({
  app,
  ada,
  bea,
}) => {
  const { shopper, chatId } = await conversation(app);
  ok(await ada.socket.emitWithAck('staff:take-over', { chatId }));
  ok(await bea.socket.emitWithAck('staff:watch', { chatId }));
  const shopperSaw = recordEvents(shopper);
  const joined = nextEventWhere<ChatMessagePush>(shopper, 'chat:message-added', (p) =>
    p.message.content.includes('Bea from VisionX support joined.'),
  );
  const noted = nextEventWhere<StaffNote>(bea.socket, 'staff:note-added', (n) => n.chatId === chatId);
  const row = ok(
    await ada.socket.emitWithAck('staff:assign', {
      chatId,
      toId: bea.id,
      note: '  Refund question, over to you  ',
      expectedAssigneeId: ada.id,
    }),
  );
  assert.equal([row.chat.status, row.assignee], ['staff', { id: bea.id, name: 'Bea' }]);
  await joined;
  assert.equal(await noted, { ...(await noted), author: 'Ada', content: 'Refund question, over to you' });
  ok(await bea.socket.emitWithAck('staff:reply', { chatId, text: 'Hi, Bea here.', clientId: randomUUID() }));
  const former = await ada.socket.emitWithAck('staff:reply', { chatId, text: 'Me too', clientId: randomUUID() });
  assert.equal(refusal(former), ['conflict', 'taken_by', { name: 'Bea' }]);
  assert.equal(
    app.ctx.db.select().from(chatNotes).where(eq(chatNotes.chatId, chatId)).all().length,
    1,
    'the note is stored once, in the notes table',
  );
  const leaked = app.ctx.db
    .select()
    .from(chatMessages)
    .where(eq(chatMessages.chatId, chatId))
    .all()
    .filter((m) => m.content.includes('Refund question'));
  assert.equal(leaked, [], 'no message carries the note');
  assert.not.ok(
    shopperSaw.some(([e]) => e === 'staff:note-added'),
    'the shopper never gets the note',
  );
});

test('[ASSIGN4] assigning an assistant conversation changes nothing the shopper sees; others cannot take it over while its assignee is online', async ({
  app,
  ada,
  bea,
  cy,
}) => {
  const { shopper, chatId } = await conversation(app);
  const messages = () => app.ctx.db.select().from(chatMessages).where(eq(chatMessages.chatId, chatId)).all().length;
  const before = messages();
  const shopperSaw = recordEvents(shopper);
  const pushed = rowPush(cy.socket, chatId, (r) => r.assignee?.id === bea.id);
  const row = ok(await ada.socket.emitWithAck('staff:assign', { chatId, toId: bea.id, expectedAssigneeId: null }));
  assert.equal([row.chat.status, row.assignee?.name], ['ai', 'Bea'], 'the row shows the assignee while ai');
  await pushed;
  assert.is(messages(), before, 'no system note');
  assert.equal(
    shopperSaw.filter(([e]) => e === 'chat:message-added' || e === 'chat:updated'),
    [],
    'no note, and no summary push either',
  );
  assert.equal(refusal(await cy.socket.emitWithAck('staff:take-over', { chatId })), [
    'conflict',
    'taken_by',
    { name: 'Bea' },
  ]);
  assert.equal(
    refusal(await ada.socket.emitWithAck('staff:assign', { chatId, toId: ada.id, expectedAssigneeId: bea.id })),
    ['conflict', 'taken_by', { name: 'Bea' }],
    'a non-assignee may not reassign while the assignee is online',
  );
  const taken = ok(await bea.socket.emitWithAck('staff:take-over', { chatId }));
  assert.equal([taken.chat.status, taken.assignee?.id], ['staff', bea.id], 'the assignee takes over');
  assert.equal(
    refusal(await bea.socket.emitWithAck('staff:assign', { chatId, toId: null, expectedAssigneeId: bea.id })),
    ['conflict', 'hand_back_first', undefined],
  );
  ok(await bea.socket.emitWithAck('staff:hand-back', { chatId }));
});

test('[ASSIGN1] the assignee may unassign; a stale desk, a closed conversation, a target who is not staff are refused in codes', async ({
  app,
  ada,
  bea,
}) => {
  const { chatId } = await conversation(app);
  ok(await ada.socket.emitWithAck('staff:assign', { chatId, toId: ada.id, expectedAssigneeId: null }));
  assert.equal(
    refusal(await bea.socket.emitWithAck('staff:assign', { chatId, toId: bea.id, expectedAssigneeId: null })),
    ['conflict', 'assignment_changed', { name: 'Ada' }],
  );
  const shopper = userByEmail(app, (await app.register()).email)!;
  for (const toId of [shopper.id, 999_999])
    assert.equal(refusal(await ada.socket.emitWithAck('staff:assign', { chatId, toId, expectedAssigneeId: ada.id })), [
      'not_found',
      'staff_member_not_found',
      undefined,
    ]);
  const unassigned = ok(
    await ada.socket.emitWithAck('staff:assign', { chatId, toId: null, expectedAssigneeId: ada.id }),
  );
  assert.is(unassigned.assignee, null);
  assert.equal(
    refusal(await bea.socket.emitWithAck('staff:assign', { chatId, toId: bea.id, expectedAssigneeId: ada.id })),
    ['conflict', 'assignment_changed_to_nobody', undefined],
  );
  ok(await ada.socket.emitWithAck('staff:close', { chatId, resolution: 'Done' }));
  assert.equal(
    refusal(await ada.socket.emitWithAck('staff:assign', { chatId, toId: ada.id, expectedAssigneeId: null })),
    ['conflict', 'conversation_closed', undefined],
  );
  assert.equal(
    refusal(await ada.socket.emitWithAck('staff:assign', { chatId: 999_999, toId: ada.id, expectedAssigneeId: null })),
    ['not_found', 'conversation_not_found', undefined],
  );
});

test('[ASSIGN1] schema: every field is checked', async ({ ada }) => {
  const bad: [unknown, string][] = [
    [{ chatId: 1, toId: 1 }, 'expectedAssigneeId'],
    [{ chatId: 1, toId: '1', expectedAssigneeId: null }, 'toId'],
    [{ chatId: 1, toId: 1, expectedAssigneeId: null, note: 'x'.repeat(501) }, 'note'],
    [{ chatId: 0, toId: 1, expectedAssigneeId: null }, 'chatId'],
    [{ chatId: 1, toId: 1, expectedAssigneeId: null, extra: 1 }, 'extra'],
  ];
  for (const [payload, field] of bad) {
    const ack = (await ada.socket.emitWithAck('staff:assign', payload as never)) as Ack<unknown>;
    assert.ok(!ack.ok && ack.error.code === 'bad_request', JSON.stringify(ack));
    assert.ok(!ack.ok && Object.keys(ack.error.fields ?? {}).includes(field), `${field}: ${JSON.stringify(ack)}`);
  }
});

test('[ASSIGN6] an assigned conversation nobody speaks in stays assigned when its assignee leaves; a colleague may then reassign it', async ({
  app,
  ada,
}) => {
  const { chatId } = await conversation(app);
  const dee = await namedStaff(app, 'Dee');
  ok(await ada.socket.emitWithAck('staff:assign', { chatId, toId: dee.id, expectedAssigneeId: null }));
  await closeSocket(app, dee.socket);
  releaseConversationsOf(app.staff, dee.id); // what the away timer does after STAFF_AWAY_MS
  assert.equal([stored(app, chatId).status, stored(app, chatId).assigneeId], ['ai', dee.id]);
  const row = ok(await ada.socket.emitWithAck('staff:assign', { chatId, toId: ada.id, expectedAssigneeId: dee.id }));
  assert.equal(row.assignee, { id: ada.id, name: 'Ada' });
});

test('[ASSIGN7] while a person speaks, a transfer to a colleague who is offline is refused (the shopper would wait for someone away)', async ({
  app,
  ada,
}) => {
  const { chatId } = await conversation(app);
  const eve = await namedStaff(app, 'Eve');
  await closeSocket(app, eve.socket);
  ok(await ada.socket.emitWithAck('staff:take-over', { chatId }));
  assert.equal(
    refusal(await ada.socket.emitWithAck('staff:assign', { chatId, toId: eve.id, expectedAssigneeId: ada.id })),
    ['conflict', 'colleague_offline', { name: 'Eve' }],
  );
  assert.equal([stored(app, chatId).status, stored(app, chatId).assigneeId], ['staff', ada.id]);
  assert.is(assignActions(app, chatId).length, 0);
  ok(await ada.socket.emitWithAck('staff:hand-back', { chatId }));
  // Nobody speaks now: assigning to Eve is fine, it is hers when she is back.
  ok(await ada.socket.emitWithAck('staff:assign', { chatId, toId: eve.id, expectedAssigneeId: null }));
});

test.run();
