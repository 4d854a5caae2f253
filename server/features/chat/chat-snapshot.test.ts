import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chatMessages } from '../../db/schema.js';
import { ask, messageRow, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { findChat } from './chat.repo.js';
import { snapshotOf } from './chat-conversations.js';

/**
 * [XSTREAM3] The snapshot of a conversation whose answer another process relays: the owner's text
 * so far is shown only while the answer is still streaming when the rows are read. The owner is
 * asked first; an answer that ended meanwhile is stored whole and shown as stored.
 */
const test = suite<{ app: TestApp }>('chat: the snapshot of an answer relayed by another process');
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
});
test.after(async ({ app }) => app.stop());

/** A conversation with an answer streaming on "another process", and the hub asking that process. */
async function relayedElsewhere(app: TestApp, endsWhileAsked: boolean) {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, 'Hello there');
  const chatId = sent.chat.id;
  const [answer] = app.ctx.db
    .insert(chatMessages)
    .values({ chatId, role: 'assistant', status: 'streaming', content: 'One', owner: 'another-process', createdAt: 1 })
    .returning()
    .all();
  const hub = {
    ...app.chat,
    owners: {
      ...app.chat.owners,
      async ask() {
        if (endsWhileAsked)
          app.ctx.db
            .update(chatMessages)
            .set({ status: 'complete', content: 'One, two, three.', completedAt: 2 })
            .where(eq(chatMessages.id, answer!.id))
            .run();
        return { messageId: answer!.id, text: 'One, two', cards: [], seq: 2 };
      },
    },
  };
  const snapshot = await snapshotOf(hub, findChat(app.ctx.db, chatId)!);
  shopper.disconnect();
  return { shown: snapshot.messages.find((m) => m.id === answer!.id)!, stored: messageRow(app, answer!.id) };
}

test("[XSTREAM3] still streaming: the owner's text so far, with its seq", async ({ app }) => {
  const { shown } = await relayedElsewhere(app, false);
  assert.equal([shown.status, shown.content, shown.seq], ['streaming', 'One, two', 2]);
});

test('[XSTREAM3] ended while the owner was asked: the stored answer, whole', async ({ app }) => {
  const { shown, stored } = await relayedElsewhere(app, true);
  assert.equal([shown.status, shown.content], ['complete', 'One, two, three.']);
  assert.is(shown.content, stored.content);
});

test.run();
