import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eq } from 'drizzle-orm';
import { chatMessages } from '../../db/schema.js';
import { answerEnd, send } from '../../test/chat-helpers.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { ok } from '../../test/ack.js';
import { detectLanguage } from '../../nlu/language.js';

/** The real app with the built-in engine: a French question is answered in French, and the English is kept for staff. */
const test = suite<{ app: TestApp }>('chat in French, German and Spanish: the built-in engine');
test.before(async (ctx) => {
  ctx.app = await startTestApp({ ASSISTANT_PACE_MS: '0' });
});
test.after(async ({ app }) => app.stop());

const cases = [
  ['fr', 'Bonjour, est-ce que vous livrez en Allemagne et combien coûte la livraison ?'],
  ['de', 'Hallo, liefern Sie auch nach Frankreich und was kostet der Versand?'],
  ['es', 'Hola, ¿hacéis envíos a Canadá y cuánto cuesta el envío?'],
] as const;

for (const [language, question] of cases)
  test(`[LANG7] ${language}: the answer streams in the shopper's language; the stored answer keeps the exchange in English`, async ({
    app,
  }) => {
    const socket = await app.connect(await app.guestCookie());
    const ended = answerEnd(socket);
    ok(await send(socket, question));
    const end = await ended;
    assert.is(end.message.status, 'complete');
    assert.is(await detectLanguage(end.message.content), language, end.message.content);
    const english = end.message.english;
    assert.ok(english, 'the English rendering reaches the room');
    assert.is(await detectLanguage(english.answer), 'en', english.answer);
    assert.match(english.question, /ship|shipping|deliver/i);
    const row = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, end.message.id)).get()!;
    assert.equal(row.english, english, 'stored with the answer');
    socket.disconnect();
  });

test("[LANG5] a first message the detector cannot place is answered in the shop's language for this shopper", async ({
  app,
}) => {
  for (const [browser, language] of [
    ['es-MX,es;q=0.9', 'es'],
    ['en-GB,en;q=0.9', 'en'],
  ] as const) {
    const socket = await app.connect(await app.guestCookie({ 'accept-language': browser }));
    const ended = answerEnd(socket);
    ok(await send(socket, 'paypal?'));
    const end = await ended;
    assert.is(await detectLanguage(end.message.content), language, `${browser}: ${end.message.content}`);
    assert.match(end.message.content, /PayPal/);
    socket.disconnect();
  }
});

test('[LANG7] an English exchange has no English rendering', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const ended = answerEnd(socket);
  ok(await send(socket, 'Do you ship to Germany, and how much is shipping?'));
  const end = await ended;
  assert.is(end.message.english, undefined);
  socket.disconnect();
});

test.run();
