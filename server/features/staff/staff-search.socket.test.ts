import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq, sql } from 'drizzle-orm';
import type { StaffSearchHit, StaffSearchInput, StaffSearchResult } from '../../../shared/desk-search.js';
import { chatMessages, chats } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp, TestSocket } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';
import { placeOrder } from '../../test/shop-helpers.js';
import { insertMessage } from '../chat/chat.repo.js';

const test = suite<{ app: TestApp; staff: TestSocket }>('staff:search');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
  ctx.staff = await ctx.app.connect((await signInStaff(ctx.app)).cookie);
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const search = async (staff: TestSocket, input: StaffSearchInput): Promise<StaffSearchResult> =>
  ok(await staff.emitWithAck('staff:search', input));
const ids = (hits: StaffSearchHit[]) => hits.map((h) => h.staffRow.chat.id);

/** Guest conversations written straight to the database (the paging test needs hundreds): one message each, in shuffled order. */
function seedConversations(app: TestApp, n: number, text: (i: number) => string): number[] {
  const now = app.clock.now;
  return app.ctx.db.transaction((tx) => {
    const made = Array.from(
      { length: n },
      (_, i) =>
        tx
          .insert(chats)
          .values({
            sessionId: `seed-${now}-${i}`,
            department: 'sales',
            createdAt: now,
            updatedAt: now,
            currentAt: now,
          })
          .returning()
          .get().id,
    );
    // Messages in an order unlike the conversations', so activity order is not creation order.
    const order = made.map((id, i) => ({ id, i, at: (i * 7919) % n }));
    for (const { id, i } of order.sort((a, b) => a.at - b.at))
      insertMessage(tx, {
        chatId: id,
        role: 'user',
        status: 'complete',
        content: text(i),
        createdAt: now,
        completedAt: now,
      });
    return made;
  });
}

/** The conversations holding a message matching `word`, newest message first, as the database has them now. */
const newestFirst = (app: TestApp, chatIds: number[]) =>
  app.ctx.db
    .all<{ id: number }>(
      sql`select chat_id as id from chat_messages where chat_id in (select value from json_each(${JSON.stringify(chatIds)})) group by chat_id order by max(id) desc`,
    )
    .map((r) => r.id);

test('[SRCH2] message text: one hit per conversation, the newest matching message as marked segments', async ({
  app,
  staff,
}) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'My periscope lens has a scratch');
  await ask(shopper, 'Also the periscope cover is loose', { chatId: sent.chat.id });
  const { hits, nextCursor } = await search(staff, { q: 'Periscope cov' });
  assert.equal(ids(hits), [sent.chat.id]);
  assert.is(nextCursor, null);
  assert.equal(hits[0]!.matched, ['message']);
  // The newest matching message may be the assistant's answer, which quotes the shopper.
  const newest = app.ctx.db
    .select()
    .from(chatMessages)
    .where(eq(chatMessages.chatId, sent.chat.id))
    .orderBy(chatMessages.id)
    .all()
    .findLast((m) => /periscope cover/i.test(m.content))!;
  const snippet = hits[0]!.snippet!;
  assert.is(snippet.map((s) => s.text).join(''), newest.content);
  assert.equal(
    snippet.filter((s) => s.match).map((s) => s.text),
    ['periscope', 'cover'],
  );
  const all = await search(staff, { q: 'periscope' });
  assert.equal(ids(all.hits), [sent.chat.id], 'two matching messages, one hit');
});

test('[SRCH2] text that is FTS5 syntax is searched as words, never an SQL error', async ({ app, staff }) => {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'near the AND gate, a tangerine* sticker');
  for (const q of [
    'NEAR(tangerine',
    '"tangerine',
    'tangerine*',
    'AND tangerine',
    'tangerine:',
    '-tangerine',
    'tangerine AND',
  ]) {
    const found = await search(staff, { q });
    assert.ok(ids(found.hits).includes(sent.chat.id), q);
  }
  const refused = await staff.emitWithAck('staff:search', { q: '"*" :: ()' });
  assert.equal(refused.ok ? 'ok' : refused.error, { code: 'bad_request', fields: { q: { code: 'no_words' } } });
  const long = await staff.emitWithAck('staff:search', { q: 'x'.repeat(201) });
  assert.equal(long.ok ? 'ok' : long.error, { code: 'bad_request', fields: { q: { code: 'too_long', maximum: 200 } } });
  const cursor = await staff.emitWithAck('staff:search', { q: 'tangerine', cursor: 'zzzzzzzzzzzz.1' });
  assert.equal(cursor.ok ? 'ok' : cursor.error, {
    code: 'bad_request',
    fields: { cursor: { code: 'invalid_format' } },
  });
});

test("[SRCH3] the shopper's name and email, and a contact form's name and address", async ({ app, staff }) => {
  const { cookie, email } = await app.register(undefined, undefined, 'Ottoline Quimby');
  const shopper = await app.connect(cookie);
  const { sent } = await ask(shopper, 'Hello there');
  const byName = await search(staff, { q: 'quimby' });
  assert.equal(ids(byName.hits), [sent.chat.id]);
  assert.equal([byName.hits[0]!.matched, byName.hits[0]!.snippet], [['name'], null]);
  const byEmail = await search(staff, { q: email.toUpperCase() });
  assert.equal([ids(byEmail.hits), byEmail.hits[0]!.matched], [[sent.chat.id], ['email']]);

  const guest = await app.connect(await app.guestCookie());
  ok(
    await guest.emitWithAck('contact:send', {
      name: 'Perpetua Vandersnoot',
      email: 'perpetua_100@example.com',
      topic: 'other',
      message: 'Please call me back about my order.',
    }),
  );
  const byContact = await search(staff, { q: 'Vandersnoot' });
  assert.equal(
    byContact.hits.map((h) => [h.staffRow.channel, h.matched]),
    [['contact', ['contact']]],
  );
  const contactHits = async (q: string) =>
    (await search(staff, { q })).hits.filter((h) => h.matched.includes('contact'));
  assert.is((await contactHits('a_100@')).length, 1);
  assert.is((await contactHits('a%100@')).length, 0, "LIKE's wildcards are literal");
});

test("[SRCH4] an order number, whole in any case or by its start: the shopper's conversations with the order", async ({
  app,
  staff,
}) => {
  const { cookie } = await app.register();
  const shopper = await app.connect(cookie);
  const order = await placeOrder(app, shopper, [1]);
  const first = (await ask(shopper, 'Question one')).sent.chat.id;
  ok(await shopper.emitWithAck('chat:new', {}));
  const second = (await ask(shopper, 'Question two')).sent.chat.id;
  for (const q of [order.number.toLowerCase(), order.number.slice(0, 7)]) {
    const { hits } = await search(staff, { q });
    const mine = hits.filter((h) => h.matched.includes('order'));
    assert.equal(ids(mine), [second, first], q);
    assert.equal(mine[0]!.orders, [{ number: order.number, status: order.status }], q);
  }
  const tooShort = await search(staff, { q: order.number.slice(0, 6) });
  assert.not.ok(
    tooShort.hits.some((h) => h.matched.includes('order')),
    'three characters name no order',
  );
});

test('[SRCH5] 260 matches in pages: disjoint, complete, newest activity first; new activity between pages neither repeats nor drops a conversation', async ({
  app,
  staff,
}) => {
  const made = seedConversations(app, 260, (i) => `Question ${i} about the quokkaphone`);
  const expected = newestFirst(app, made);
  const first = await search(staff, { q: 'quokkaphone', limit: 50 });
  assert.equal(ids(first.hits), expected.slice(0, 50));
  assert.ok(first.nextCursor);

  // Activity while paging: a shown conversation, one still to come, and a new one.
  const now = app.clock.now;
  const message = (chatId: number) =>
    insertMessage(app.ctx.db, {
      chatId,
      role: 'user',
      status: 'complete',
      content: 'quokkaphone again',
      createdAt: now,
      completedAt: now,
    });
  message(expected[3]!);
  message(expected[200]!);
  const [fresh] = seedConversations(app, 1, () => 'A new quokkaphone question');

  const seen = [...ids(first.hits)];
  let cursor: string | null = first.nextCursor;
  let pages = 1;
  while (cursor) {
    const page = await search(staff, { q: 'quokkaphone', limit: 25, cursor });
    seen.push(...ids(page.hits));
    cursor = page.nextCursor;
    pages++;
  }
  assert.is(pages, 1 + Math.ceil(210 / 25));
  assert.equal(seen, expected, 'the snapshot of the first page, in order, each once');

  const again = await search(staff, { q: 'quokkaphone', limit: 3 });
  assert.equal(ids(again.hits), [fresh, expected[200], expected[3]], 'a new search sees the new activity first');
});

test('[SRCH1] a page of 1 and the last page', async ({ app, staff }) => {
  const made = seedConversations(app, 3, (i) => `wombatgram ${i}`);
  const expected = newestFirst(app, made);
  const seen: number[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await search(staff, { q: 'wombatgram', limit: 1, cursor });
    assert.is(page.hits.length, 1);
    seen.push(...ids(page.hits));
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(seen, expected);
  assert.equal((await search(staff, { q: 'nothingmatchesthisword' })).hits, []);
});

test.run();
