import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EngineError } from '../../assistant/engine.js';
import { answerEnd, ask, send, startChatApp } from '../../test/chat-helpers.js';
import { answersSettled, expectBusy, guestFrom, heldAnswer } from '../../test/answer-helpers.js';
import type { TestApp, TestSocket } from '../../test/harness.js';
import { closeSocket, signInStaff } from '../../test/helpers.js';
import type { Gate, ScriptedEngine } from '../../test/scripted-engine.js';
import { BUSY_RETRY_MS } from './answer-gate.js';
import { ok } from '../../test/ack.js';

/**
 * Limits per client address and in total on assistant answers (docs/decisions/011-limits-per-address.md):
 * new guest sessions must not multiply what one address may spend. Small limits, set openly;
 * one proxy hop is trusted, so each test picks its addresses with X-Forwarded-For.
 */
const LIMITS = {
  TRUST_PROXY: '1',
  ASSISTANT_ANSWERS_PER_MINUTE_PER_IP: '3',
  ASSISTANT_ANSWERS_AT_ONCE_PER_IP: '1',
  ASSISTANT_ANSWERS_AT_ONCE: '2',
};

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('chat: answers per address and in total');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp(LIMITS));
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

test('[ADDR1] answers a minute are counted per address, across guest sessions', async ({ app }) => {
  for (let i = 0; i < 3; i++) await ask(await guestFrom(app, '10.0.0.1'), `Question ${i}`);
  const fourth = await guestFrom(app, '10.0.0.1');
  await expectBusy(app, fourth, 20_000); // 3 a minute: the next start in 20 s
  await ask(await guestFrom(app, '10.0.0.2'), 'Another address is not held back');
  app.clock.advance(20_000);
  const { end } = await ask(fourth, 'And now?');
  assert.is(end.message.status, 'complete');
});

test('[ADDR2] answers at once per address: a second one is refused while the first runs', async ({ app, scripted }) => {
  const first = await guestFrom(app, '10.0.1.1');
  const { hold } = await heldAnswer(app, scripted, first);
  await expectBusy(app, await guestFrom(app, '10.0.1.1'), BUSY_RETRY_MS);
  assert.is(app.chat.answers.running('10.0.1.1'), 1);
  hold.open();
  await answersSettled(app);
});

test('[ADDR3] answers at once in total, whatever the address', async ({ app, scripted }) => {
  const first = await heldAnswer(app, scripted, await guestFrom(app, '10.0.2.1'));
  const second = await heldAnswer(app, scripted, await guestFrom(app, '10.0.2.2'));
  const third = await guestFrom(app, '10.0.2.3');
  await expectBusy(app, third, BUSY_RETRY_MS);
  first.hold.open();
  await first.ended;
  await ask(third, 'Is there room now?');
  second.hold.open();
  await answersSettled(app);
});

test('[ADDR4] a retry is an answer too: refused while the address has none left', async ({ app, scripted }) => {
  const shopper = await guestFrom(app, '10.0.3.1');
  scripted.script({ fail: new EngineError('upstream', 'down') });
  const failed = answerEnd(shopper);
  const sent = ok(await send(shopper, 'Hello?'));
  assert.is((await failed).message.status, 'error');
  const held = await heldAnswer(app, scripted, await guestFrom(app, '10.0.3.1'));
  const retry = await shopper.emitWithAck('chat:retry', { chatId: sent.chat.id });
  assert.is(!retry.ok && retry.error.code, 'rate_limited');
  held.hold.open();
  await held.ended;
  const end = answerEnd(shopper);
  ok(await shopper.emitWithAck('chat:retry', { chatId: sent.chat.id }));
  assert.is((await end).message.status, 'complete');
});

/** Every way an answer ends gives its place back: the next shopper at that address is answered. */
const ENDINGS: [
  string,
  (app: TestApp, held: { socket: TestSocket; hold: Gate; chatId: number }) => Promise<unknown>,
][] = [
  ['completes', async (_app, { hold }) => hold.open()],
  ['is stopped', async (_app, { socket, chatId }) => ok(await socket.emitWithAck('chat:stop', { chatId }))],
  ['fails', async (_app, { hold }) => hold.open()],
  [
    'is taken over by staff',
    async (app, { chatId }) => {
      const staff = await app.connect((await signInStaff(app)).cookie);
      ok(await staff.emitWithAck('staff:take-over', { chatId }));
    },
  ],
  [
    'loses its shopper (disconnect) and ends',
    async (app, { socket, hold }) => {
      await closeSocket(app, socket);
      hold.open();
    },
  ],
];

ENDINGS.forEach(([ending, end], i) => {
  test(`[ADDR5.${i + 1}] the place is given back when the answer ${ending}`, async ({ app, scripted }) => {
    const ip = `10.0.5.${i + 1}`;
    const socket = await guestFrom(app, ip);
    const rest = ending === 'fails' ? [{ fail: new EngineError('upstream', 'down') }] : undefined;
    const { hold, chatId } = await heldAnswer(app, scripted, socket, rest);
    const next = await guestFrom(app, ip);
    await expectBusy(app, next);
    await end(app, { socket, hold, chatId });
    hold.open();
    await answersSettled(app);
    assert.is(app.chat.answers.running(ip), 0);
    assert.is(app.chat.answers.running(), 0);
    const { end: answered } = await ask(next, 'My turn?');
    assert.is(answered.message.status, 'complete');
  });
});

test('[ADDR6] closing the app gives back the places of the answers it interrupts', async () => {
  const { app, scripted } = await startChatApp(LIMITS);
  const { hold } = await heldAnswer(app, scripted, await guestFrom(app, '10.0.6.1'));
  assert.is(app.chat.answers.running(), 1);
  await app.stop();
  assert.is(app.chat.answers.running(), 0);
  hold.open();
});

test.run();
