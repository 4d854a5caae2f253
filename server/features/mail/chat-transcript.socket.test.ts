import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatEmailTranscriptInput } from '../../../shared/chat-mail.js';
import { ok } from '../../test/ack.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { expectCodesOnly } from '../../test/helpers.js';
import { outboxRows } from '../../test/mail-helpers.js';

const test = suite<{ app: TestApp }>('chat:email-transcript: an own conversation, to an address the shopper may use');
test.before(async (ctx) => {
  ctx.app = (await startChatApp({ PUBLIC_URL: 'https://shop.example' })).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60 * 60_000));

const transcripts = (app: TestApp) => outboxRows(app.ctx.db).filter((r) => r.kind === 'transcript');

test('[MAIL7] a signed-in shopper’s transcript goes to their account email; asking twice queues it once', async ({
  app,
}) => {
  const { cookie, email } = await app.register();
  const socket = await app.connect(cookie);
  const { sent } = await ask(socket, 'Which phone has the best camera?');
  const before = transcripts(app).length;
  assert.equal(ok(await socket.emitWithAck('chat:email-transcript', { chatId: sent.chat.id })), { to: email });
  assert.equal(ok(await socket.emitWithAck('chat:email-transcript', { chatId: sent.chat.id })), { to: email });
  const rows = transcripts(app).slice(before);
  assert.is(rows.length, 1);
  assert.is(rows[0]!.toAddress, email);
  const body = app.ctx.outbox.open(rows[0]!);
  assert.match(body.text, 'You · ');
  assert.match(body.text, 'Which phone has the best camera?');
  assert.match(body.text, 'VisionX assistant · ');
  assert.match(body.text, `https://shop.example/support?conversation=${sent.chat.id}`);
  assert.not.match(rows[0]!.messageId, email.split('@')[0]!, 'no address in the Message-ID');
});

test('[MAIL7] a guest names the address; without one it is a field error; a signed-in shopper cannot name one', async ({
  app,
}) => {
  const guest = await app.connect(await app.guestCookie());
  const { sent } = await ask(guest, 'Hello');
  const before = transcripts(app).length;
  const missing = await guest.emitWithAck('chat:email-transcript', { chatId: sent.chat.id });
  assert.ok(!missing.ok && missing.error.code === 'bad_request', JSON.stringify(missing));
  assert.equal(!missing.ok && missing.error.fields, { email: { code: 'required' } });
  assert.equal(
    ok(await guest.emitWithAck('chat:email-transcript', { chatId: sent.chat.id, email: ' Guest@Example.com ' })),
    { to: 'guest@example.com' },
  );
  assert.is(transcripts(app).length, before + 1);

  const { cookie } = await app.register();
  const member = await app.connect(cookie);
  const mine = await ask(member, 'Hi');
  const named = await member.emitWithAck('chat:email-transcript', {
    chatId: mine.sent.chat.id,
    email: 'x@example.com',
  });
  assert.equal(!named.ok && [named.error.code, named.error.reason], ['bad_request', 'transcript_goes_to_account']);
  assert.is(transcripts(app).length, before + 1);
});

test('[MAIL7] someone else’s conversation is not_found; an empty one is refused; bad payloads change nothing', async ({
  app,
}) => {
  const owner = await app.connect(await app.guestCookie());
  const { sent } = await ask(owner, 'Mine');
  const stranger = await app.connect(await app.guestCookie());
  const before = transcripts(app).length;
  const theirs = await stranger.emitWithAck('chat:email-transcript', { chatId: sent.chat.id, email: 'a@example.com' });
  assert.equal(!theirs.ok && [theirs.error.code, theirs.error.reason], ['not_found', 'conversation_not_found']);

  ok(await owner.emitWithAck('chat:new', {}));
  const empty = ok(await owner.emitWithAck('chat:list', {})).currentChatId;
  assert.ok(empty !== null && empty !== sent.chat.id, 'a new, empty conversation is current');
  const res = await owner.emitWithAck('chat:email-transcript', { chatId: empty!, email: 'a@example.com' });
  assert.equal(!res.ok && [res.error.code, res.error.reason], ['conflict', 'transcript_empty']);
  for (const bad of [
    {},
    { chatId: 'one' },
    { chatId: -1, email: 'a@example.com' },
    { chatId: sent.chat.id, email: 'not an address' },
    { chatId: sent.chat.id, email: 'a@example.com', cc: 'b@example.com' },
  ]) {
    const res = await owner.emitWithAck('chat:email-transcript', bad as ChatEmailTranscriptInput);
    assert.ok(!res.ok && res.error.code === 'bad_request', JSON.stringify(res));
    expectCodesOnly(res.ok ? { code: 'internal' } : res.error);
  }
  assert.is(transcripts(app).length, before);
});

test('[MAIL7] a session may ask three times an hour, then is told when to try again', async ({ app }) => {
  const guest = await app.connect(await app.guestCookie());
  const { sent } = await ask(guest, 'Hello');
  for (let i = 0; i < 3; i++)
    ok(await guest.emitWithAck('chat:email-transcript', { chatId: sent.chat.id, email: `g${i}@example.com` }));
  const refused = await guest.emitWithAck('chat:email-transcript', { chatId: sent.chat.id, email: 'g4@example.com' });
  assert.equal(!refused.ok && [refused.error.code, refused.error.reason], ['rate_limited', 'transcript_quota']);
  assert.ok(!refused.ok && refused.error.retryAfterMs! > 0);
  assert.not.ok(transcripts(app).some((r) => r.toAddress === 'g4@example.com'));
  app.clock.advance(20 * 60_000);
  ok(await guest.emitWithAck('chat:email-transcript', { chatId: sent.chat.id, email: 'g4@example.com' }));
});

test.run();
