import * as assert from 'uvu/assert';
import { chatMessages } from '../db/schema.js';
import { ok } from './ack.js';
import { send } from './chat-helpers.js';
import type { TestApp, TestSocket } from './harness.js';
import { rowCount } from './helpers.js';
import { gate, type Gate, type ScriptedEngine } from './scripted-engine.js';

/** What the tests of the answers' limits share (answer-limits, answer places across processes). */

/** A new guest (its own session) connecting from `ip`. */
export const guestFrom = async (app: TestApp, ip: string) =>
  app.connect(await app.guestCookie(), { headers: { 'x-forwarded-for': ip } });

/** Every answer started so far has ended and been written (its place given back). */
export const answersSettled = (app: TestApp) => Promise.allSettled([...app.chat.pending]);
/** The answer started last: settles once it has ended, been written and given its place back. */
export const lastAnswer = (app: TestApp) => [...app.chat.pending].at(-1)!;

/** Start an answer that waits at a gate; `rest` is what it does once the gate opens. */
export async function heldAnswer(
  app: TestApp,
  scripted: ScriptedEngine,
  socket: TestSocket,
  rest: Parameters<ScriptedEngine['script']> = [{ text: ' done.' }],
) {
  const hold: Gate = gate();
  scripted.script({ text: 'Let me see…' }, { gate: hold }, ...rest);
  const sent = ok(await send(socket, 'A question that takes a while'));
  await hold.reached;
  return { hold, chatId: sent.chat.id, ended: lastAnswer(app) };
}

export async function expectBusy(app: TestApp, socket: TestSocket, retryAfterMs?: number) {
  const stored = rowCount(app, chatMessages);
  const res = await send(socket, 'Me too, please');
  assert.is(!res.ok && res.error.code, 'rate_limited', JSON.stringify(res));
  if (!res.ok) {
    assert.ok((res.error.retryAfterMs ?? 0) > 0, 'says when to try again');
    if (retryAfterMs !== undefined) assert.is(res.error.retryAfterMs, retryAfterMs);
  }
  assert.is(rowCount(app, chatMessages), stored, 'a refused message stores nothing');
}
