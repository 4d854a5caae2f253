import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { StaffNote } from '../../../shared/staff.js';
import { chatNotes, staffActions } from '../../db/schema.js';
import { answerEnd, ask, send, startChatApp } from '../../test/chat-helpers.js';
import { nextEvent, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents, signInStaff } from '../../test/helpers.js';
import { gate, type ScriptedEngine } from '../../test/scripted-engine.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('staff: internal notes');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const staffSocket = async (app: TestApp) => app.connect((await signInStaff(app)).cookie);
const writeNote = (socket: TestSocket, chatId: number, text: string, clientId = randomUUID()) =>
  socket.emitWithAck('staff:note', { chatId, text, clientId });

/**
 * Every frame a socket receives: each event with its payload (onAny), and each raw engine.io
 * packet under it, so nothing that reaches the socket (an ack too) escapes the check.
 */
function recordFrames(socket: TestSocket): string[] {
  const frames: string[] = [];
  socket.onAny((event, ...args) => frames.push(JSON.stringify([event, ...args])));
  socket.io.engine.on('packet', (packet: { type: string; data?: unknown }) =>
    frames.push(`${packet.type}:${typeof packet.data === 'string' ? packet.data : JSON.stringify(packet.data ?? '')}`),
  );
  return frames;
}

/** A round trip on the socket: every push sent to it before now has arrived once this resolves. */
const flush = async (socket: TestSocket) => ok(await socket.emitWithAck('session:whoami', {}));

test('[NOTE2] notes never reach a shopper socket: two tabs of the shopper (one streaming), a guest, another shopper; only the watching staff get the push', async ({
  app,
  scripted,
}) => {
  const account = await app.register(undefined, undefined, 'Ada Lovelace');
  const panel = await app.connect(account.cookie);
  const { sent } = await ask(panel, 'Where is my order?');
  const chatId = sent.chat.id;
  const otherTab = await app.connect(account.cookie);
  assert.is(ok(await otherTab.emitWithAck('chat:current', {}))!.chat.id, chatId, 'the second tab joined the chat');
  const guest = await app.connect(await app.guestCookie());
  await ask(guest, 'Hello from a guest');
  const other = await app.connect((await app.register()).cookie);
  await ask(other, 'Hello from another shopper');
  const shoppers = { panel, otherTab, guest, other };
  const frames = Object.fromEntries(Object.entries(shoppers).map(([name, s]) => [name, recordFrames(s)]));

  const watching = await staffSocket(app);
  const notWatching = await staffSocket(app);
  const detail = ok(await watching.emitWithAck('staff:watch', { chatId }));
  assert.equal(detail.notes, []);
  const watcherSaw = recordEvents(watching);
  const bystanderSaw = recordEvents(notWatching);
  const secrets: string[] = [];
  const secret = (when: string) => {
    const text = `NOTE-SECRET ${when} ${randomUUID()}`;
    secrets.push(text);
    return text;
  };

  // 1. By a colleague who does not watch it, before anyone took it over.
  const first = ok(await writeNote(notWatching, chatId, secret('before take-over')));
  // 2. While the assistant's answer streams to the shopper's panel.
  const hold = gate();
  scripted.script({ text: 'Let me check ' }, { gate: hold }, { text: 'your order.' });
  const streamed = answerEnd(panel, chatId);
  ok(await send(panel, 'Is it shipped yet?'));
  await hold.reached;
  ok(await writeNote(watching, chatId, secret('while streaming')));
  hold.open();
  await streamed;
  // 3. After a take-over, beside a reply the shopper does see.
  ok(await watching.emitWithAck('staff:take-over', { chatId }));
  ok(await writeNote(watching, chatId, secret('after take-over')));
  ok(await watching.emitWithAck('staff:reply', { chatId, text: 'I am looking at it now.', clientId: randomUUID() }));
  ok(await writeNote(notWatching, chatId, secret('by a colleague after take-over')));

  await Promise.all([...Object.values(shoppers), watching, notWatching].map(flush));
  const pushed = watcherSaw.filter(([e]) => e === 'staff:note-added').map(([, n]) => (n as StaffNote).content);
  assert.equal(pushed, secrets, 'the watching staff got every note, in order');
  assert.equal(
    bystanderSaw.filter(([e]) => e === 'staff:note-added'),
    [],
    'staff not watching the conversation get no note push',
  );
  for (const [name, seen] of Object.entries(frames)) {
    assert.ok(seen.length > 0, `${name} recorded frames (the recorder works)`);
    const leaked = seen.filter((f) => f.includes('NOTE-SECRET') || f.includes('staff:note'));
    assert.equal(leaked, [], `${name} received nothing of a note`);
  }
  assert.ok(
    frames.panel!.some((f) => f.includes('I am looking at it now.')),
    'the shopper did get the reply (the frames are the ones that carry messages)',
  );
  assert.is(first.author, 'Staff');
  assert.equal(
    ok(await watching.emitWithAck('staff:watch', { chatId })).notes.map((n) => n.content),
    secrets,
    'the desk detail has the notes, oldest first',
  );
});

test("[NOTE3] the shopper's transcript, history, resume and data export never hold a note", async ({ app }) => {
  const account = await app.register(undefined, undefined, 'Grace Hopper');
  const tab = await app.connect(account.cookie);
  const { sent } = await ask(tab, 'Can you help me?');
  const chatId = sent.chat.id;
  const staff = await staffSocket(app);
  const text = `NOTE-SECRET transcript ${randomUUID()}`;
  ok(await writeNote(staff, chatId, text));
  ok(await staff.emitWithAck('staff:close', { chatId, resolution: 'Answered.' }));
  const closedNote = `NOTE-SECRET closed ${randomUUID()}`;
  ok(await writeNote(staff, chatId, closedNote));
  const views = [
    await tab.emitWithAck('chat:open', { chatId }),
    await tab.emitWithAck('chat:current', {}),
    await tab.emitWithAck('chat:list', {}),
    await tab.emitWithAck('chat:continue', { chatId }),
    await (await app.connect(account.cookie)).emitWithAck('chat:current', {}),
  ];
  for (const view of views) assert.ok(view.ok, JSON.stringify(view));
  const exported = await app.api('/api/auth/export', { cookie: account.cookie });
  assert.is(exported.status, 200);
  const everything = JSON.stringify(views) + (await exported.text());
  assert.ok(everything.includes('Can you help me?'), 'the views hold the conversation');
  assert.not.ok(everything.includes('NOTE-SECRET'), 'no note in any shopper view');
  assert.is(app.ctx.db.select().from(chatNotes).where(eq(chatNotes.chatId, chatId)).all().length, 2);
});

test('[NOTE1] any staff member notes any conversation (closed too) without taking it over; stored and recorded once, a resend stores nothing twice', async ({
  app,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hi');
  const chatId = sent.chat.id;
  const [holder, colleague] = [await staffSocket(app), await staffSocket(app)];
  ok(await holder.emitWithAck('staff:take-over', { chatId }));
  ok(await colleague.emitWithAck('staff:watch', { chatId }));
  const clientId = randomUUID();
  const pushed = nextEvent<StaffNote>(colleague, 'staff:note-added');
  const note = ok(await writeNote(colleague, chatId, '  Shopper called:\r\nwants a refund.  ', clientId));
  assert.equal([note.chatId, note.author, note.content], [chatId, 'Staff', 'Shopper called:\nwants a refund.']);
  assert.equal(await pushed, note);
  const quiet = recordEvents(colleague);
  const again = ok(await writeNote(colleague, chatId, 'Shopper called:\nwants a refund.', clientId));
  assert.equal(again, note, 'the resend answers the stored note');
  const same = ok(await writeNote(colleague, chatId, 'Shopper called:\nwants a refund.'));
  assert.is.not(same.id, note.id, 'the same words with a new client id are a new note');
  await flush(colleague);
  assert.is(quiet.filter(([e]) => e === 'staff:note-added').length, 1, 'only the new note is pushed');
  assert.is(app.ctx.db.select().from(chatNotes).where(eq(chatNotes.chatId, chatId)).all().length, 2);
  const records = app.ctx.db
    .select()
    .from(staffActions)
    .where(and(eq(staffActions.chatId, chatId), eq(staffActions.action, 'note')))
    .all();
  assert.equal(
    records.map((r) => r.detail),
    [
      { noteId: note.id, clientId },
      { noteId: same.id, clientId: records[1]!.detail.clientId },
    ],
  );
  assert.equal([records[0]!.staffName, records[0]!.createdAt], ['Staff', app.clock.now]);
  ok(await holder.emitWithAck('staff:close', { chatId, resolution: 'Refunded.' }));
  ok(await writeNote(colleague, chatId, 'Refund went out today.'), 'a note on a closed conversation');
});

test('[NOTE1] staff:note refuses a bad payload field by field, and an unknown conversation', async ({ app }) => {
  const staff = await staffSocket(app);
  const good = { chatId: 1, text: 'A note', clientId: randomUUID() };
  const cases: Array<[payload: unknown, fields: string[]]> = [
    [{ ...good, text: '  \r\n ' }, ['text']],
    [{ ...good, text: 'x'.repeat(2001) }, ['text']],
    [{ ...good, text: 5 }, ['text']],
    [{ ...good, clientId: 'not-a-uuid' }, ['clientId']],
    [{ ...good, chatId: 0 }, ['chatId']],
    [{ text: 'A note', clientId: randomUUID() }, ['chatId']],
    [{ ...good, author: 'Someone else' }, ['author']],
  ];
  for (const [payload, fields] of cases) {
    const res = await (
      staff.emitWithAck as (
        e: string,
        p: unknown,
      ) => Promise<{ ok: boolean; error?: { code: string; fields?: object } }>
    )('staff:note', payload);
    assert.is(res.error?.code, 'bad_request', JSON.stringify(payload));
    assert.equal(Object.keys(res.error?.fields ?? {}), fields, JSON.stringify(payload));
  }
  const missing = await writeNote(staff, 999_999, 'Lost');
  assert.equal(missing.ok ? null : [missing.error.code, missing.error.reason], ['not_found', 'conversation_not_found']);
  const shopper = await app.connect((await app.register()).cookie);
  const refused = await writeNote(shopper, 1, 'Sneaky');
  assert.equal(refused.ok ? null : refused.error.code, 'forbidden');
});

test.run();
