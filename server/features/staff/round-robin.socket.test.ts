import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import type { StaffConversation } from '../../../shared/staff.js';
import { chatNotes, chats } from '../../db/schema.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { conversation, namedStaff, type NamedStaff } from '../../test/desk-helpers.js';
import { nextEventWhere, type TestApp } from '../../test/harness.js';
import { ok } from '../../test/ack.js';
import { roundRobinNote } from './round-robin.js';

const test = suite<{ app: TestApp; staff: NamedStaff[] }>('staff: round-robin for hand-offs');
test.before(async (ctx) => {
  ctx.app = (await startChatApp({ DESK_ROUND_ROBIN: 'on' })).app;
  ctx.staff = [await namedStaff(ctx.app, 'Ada'), await namedStaff(ctx.app, 'Bea'), await namedStaff(ctx.app, 'Cy')];
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

async function handOff(app: TestApp, watcher: NamedStaff): Promise<StaffConversation> {
  const { shopper, chatId } = await conversation(app);
  const alerted = nextEventWhere<StaffConversation>(
    watcher.socket,
    'staff:handoff-requested',
    (r) => r.chat.id === chatId,
  );
  ok(await shopper.emitWithAck('chat:request-human', { chatId }));
  return alerted;
}

test('[ASSIGN5] six hand-offs among three staff: the fewest open first, a tie to whoever was assigned longest ago; the desk notes it', async ({
  app,
  staff,
}) => {
  const [ada, bea] = staff as [NamedStaff, NamedStaff, NamedStaff];
  // Bea already has one open conversation (assigned by hand): she is skipped until the others catch up.
  const { chatId: beas } = await conversation(app);
  ok(await ada.socket.emitWithAck('staff:assign', { chatId: beas, toId: bea.id, expectedAssigneeId: null }));
  const names: string[] = [];
  for (let i = 0; i < 6; i++) {
    const row = await handOff(app, ada);
    assert.ok(row.assignee, 'the alert carries the assignee');
    names.push(row.assignee!.name);
    const stored = app.ctx.db.select().from(chats).where(eq(chats.id, row.chat.id)).get()!;
    assert.equal([stored.status, stored.assigneeName], ['waiting', row.assignee!.name], 'assigned, nobody speaks yet');
    const notes = app.ctx.db.select().from(chatNotes).where(eq(chatNotes.chatId, row.chat.id)).all();
    assert.equal(
      notes.map((n) => [n.authorId, n.content]),
      [[null, roundRobinNote(row.assignee!.name)]],
    );
  }
  assert.equal(names, ['Ada', 'Cy', 'Bea', 'Ada', 'Cy', 'Bea']);
});

test('[ASSIGN5] a closed conversation no longer counts; an offline member gets none', async ({ app, staff }) => {
  const [ada, bea, cy] = staff as [NamedStaff, NamedStaff, NamedStaff];
  // From the test before: Ada 2 open, Bea 3, Cy 2. Ada closes both of hers; Cy goes offline.
  const adas = app.ctx.db.select().from(chats).where(eq(chats.assigneeId, ada.id)).all();
  assert.is(adas.length, 2);
  for (const chat of adas) ok(await ada.socket.emitWithAck('staff:close', { chatId: chat.id, resolution: 'Done' }));
  cy.socket.disconnect();
  await nextEventWhere(bea.socket, 'staff:presence', (m: { id: number }[]) => !m.some((x) => x.id === cy.id));
  const names: (string | undefined)[] = [];
  for (let i = 0; i < 4; i++) names.push((await handOff(app, bea)).assignee?.name);
  // Ada 0 → 3 while Bea stays at 3; then a tie, and Bea was assigned longer ago.
  assert.equal(names, ['Ada', 'Ada', 'Ada', 'Bea']);
});

test.run();
