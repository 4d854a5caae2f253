import { and, eq } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { chatMessages } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { StreamAsk, StreamReply } from '../../../shared/events.js';
import type { Logger } from '../../log.js';
import type { AppServer } from '../../socket/types.js';
import type { ActiveStream, StreamRegistry } from './stream-registry.js';

/**
 * Streams across processes (docs/decisions/031-streams-across-processes.md): each answer is relayed
 * by one process, its owner (the row's `owner`); the others ask it with Socket.IO's
 * `serverSideEmit` and its acknowledgement, through the cluster adapter or the Redis Streams one.
 * Every process answers each question (the adapter waits for all of them): the owner with what it
 * did, the others with null.
 */

/** The server-side event (InterServerEvents); a name no client event has. */
export const STREAM_EVENT = 'visionx:chat-stream';
/**
 * How long a process waits for the owner: the adapters give up on a silent process after 5 s
 * and hand over the answers they have; this is the bound where no adapter answers at all (one
 * process, whose in-memory adapter drops server-side emits). Below the client's 8 s request timeout.
 */
export const OWNER_ANSWER_MS = 6000;

/** The streaming answer of a conversation as the database has it: who relays it. */
export interface StreamingRow {
  messageId: number;
  owner: string | null;
}

/** The answer still streaming in a conversation, whichever process relays it (the database decides busy). */
export function streamingAnswerOf(db: DbLike, chatId: number): StreamingRow | undefined {
  return db
    .select({ messageId: chatMessages.id, owner: chatMessages.owner })
    .from(chatMessages)
    .where(and(eq(chatMessages.chatId, chatId), eq(chatMessages.status, 'streaming')))
    .get();
}

/** The part of a Socket.IO namespace used here: its server-side emit with acks, and their listener. */
export type ServerBus = Pick<AppServer['sockets'], 'serverSideEmit' | 'on'>;

/** What the owner does for an operation, with its own live stream (never undefined: the caller checked). */
export type OwnerOperation = (stream: ActiveStream, payload: unknown) => unknown;

export interface StreamOwners {
  /** The owner's answer, `undefined` when no process answered as owner in time (it died, or is stuck). */
  ask(row: StreamingRow, chatId: number, op: string, payload?: unknown): Promise<unknown>;
  /** What this process does when asked as owner. */
  handle(op: string, operation: OwnerOperation): void;
}

export const NO_ANSWER = Symbol('no answer from the owner');

export function createStreamOwners(
  bus: ServerBus,
  instanceId: string,
  streams: StreamRegistry,
  log: Logger,
): StreamOwners {
  const operations = new Map<string, OwnerOperation>();
  bus.on(STREAM_EVENT, (ask, ack) => {
    const stream = ask.owner === instanceId ? streams.get(ask.chatId) : undefined;
    const operation = operations.get(ask.op);
    if (!stream || stream.messageId !== ask.messageId || !operation) return ack(null);
    Promise.resolve()
      .then(() => operation(stream, ask.payload))
      .then(
        (value) => ack({ mine: true, ok: true, value }),
        (err: unknown) => {
          if (!(err instanceof AppError)) log.error({ err, chatId: ask.chatId, op: ask.op }, 'stream owner failed');
          const error = err instanceof AppError ? err.toBody() : { code: 'internal' as const };
          ack({ mine: true, ok: false, error });
        },
      );
  });
  return {
    handle: (op, operation) => void operations.set(op, operation),
    ask(row, chatId, op, payload) {
      const ask: StreamAsk = { op, owner: row.owner ?? '', chatId, messageId: row.messageId, payload };
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(NO_ANSWER), OWNER_ANSWER_MS);
        bus.serverSideEmit(STREAM_EVENT, ask, (_err, replies) => {
          clearTimeout(timer);
          // On the adapter's timeout the answers that came are still given: the owner's counts.
          const reply = (replies ?? []).find((r): r is NonNullable<StreamReply> => r?.mine === true);
          if (!reply) return resolve(NO_ANSWER);
          if (reply.ok) return resolve(reply.value);
          reject(new AppError(reply.error.code, reply.error.reason, { params: reply.error.params }));
        });
      });
    },
  };
}
