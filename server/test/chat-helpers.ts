import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ChatDelta, ChatErrorPush, ChatMessagePush, ChatSent, ChatTranscript } from '../../shared/chat.js';
import type { ClientToServerEvents } from '../../shared/events.js';
import type { ServerResult } from '../../shared/result.js';
import type { AppDeps } from '../context.js';
import { chatMessages } from '../db/schema.js';
import { loadKnowledge } from '../assistant/knowledge/knowledge.js';
import { ok } from './ack.js';
import { nextEventWhere, startTestApp, type TestApp, type TestSocket } from './harness.js';
import { createScriptedEngine } from './scripted-engine.js';

const knowledge = loadKnowledge(new URL('../../data/support-guide.md', import.meta.url).pathname);

/** The real app with a scripted engine the test controls (see scripted-engine.ts). */
export async function startChatApp(env: Record<string, string> = {}, overrides: Partial<AppDeps> = {}) {
  const scripted = createScriptedEngine();
  const app = await startTestApp(env, {
    assistant: { engine: scripted.engine, knowledge, historyTurns: 12 },
    ...overrides,
  });
  return { app, scripted };
}

export const send = (socket: TestSocket, text: string, extra: { chatId?: number; clientId?: string } = {}) =>
  socket.emitWithAck('chat:send', {
    text,
    clientId: extra.clientId ?? randomUUID(),
    ...(extra.chatId ? { chatId: extra.chatId } : {}),
  }) as Promise<ServerResult<ChatSent>>;

/**
 * The end of the next answer (in `chatId`, or any): its `chat:done` or `chat:error`. Call it
 * before sending: a fast answer can arrive in the same read as the ack.
 */
export function answerEnd(
  socket: TestSocket,
  chatId?: number,
  // A safety net, not a bound: a fresh worker's first answer loads the classifier, the language
  // detector and a language's phrase tables, which a starved machine takes seconds over.
  timeoutMs = 15_000,
): Promise<ChatMessagePush | ChatErrorPush> {
  const mine = (p: { chatId: number }) => chatId === undefined || p.chatId === chatId;
  return Promise.race([
    nextEventWhere<ChatMessagePush>(socket, 'chat:done', mine, timeoutMs),
    nextEventWhere<ChatErrorPush>(socket, 'chat:error', mine, timeoutMs),
  ]);
}

/** Send and wait for the whole answer. */
export async function ask(
  socket: TestSocket,
  text: string,
  extra: { chatId?: number; clientId?: string; timeoutMs?: number } = {},
) {
  const end = answerEnd(socket, extra.chatId, extra.timeoutMs);
  const sent = ok(await send(socket, text, { chatId: extra.chatId, clientId: extra.clientId }));
  return { sent, end: await end };
}

/** Every delta a socket receives, in arrival order. */
export function recordDeltas(socket: TestSocket): ChatDelta[] {
  const seen: ChatDelta[] = [];
  socket.on('chat:delta', (d) => seen.push(d));
  return seen;
}

/** The text a client rebuilds from a transcript's streaming message plus the deltas after its seq. */
export function rebuild(
  transcript: ChatTranscript,
  messageId: number,
  deltas: ChatDelta[],
): { text: string; seqs: number[] } {
  const start = transcript.messages.find((m) => m.id === messageId);
  let text = start?.content ?? '';
  const seqs: number[] = [];
  for (const d of deltas) {
    if (d.messageId !== messageId || d.seq <= (start?.seq ?? 0)) continue;
    seqs.push(d.seq);
    if (d.kind === 'text') text += d.text;
  }
  return { text, seqs };
}

export type ChatEvent = keyof ClientToServerEvents & `chat:${string}`;
export type { TestApp, TestSocket };

/** A message's stored row, as the database holds it now. */
export const messageRow = (app: TestApp, id: number) =>
  app.ctx.db.select().from(chatMessages).where(eq(chatMessages.id, id)).get()!;

/** Settles after every write queued before it has committed (the group commit keeps their order). */
export const committed = (app: TestApp) => app.chat.writes.run(() => undefined);
