import type { AppContext } from '../../context.js';
import { createGroupCommit, type GroupCommit } from '../../db/group-commit.js';
import type { SharedLimiter } from '../../shared-state/shared-limits.js';
import type { Assistant } from '../../assistant/assistant.js';
import type { StaffMember } from '../../../shared/staff.js';
import { createAnswerGate, type AnswerGate } from './answer-gate.js';
import { createAnswerCheckpoints, type AnswerCheckpoints } from './answer-checkpoints.js';
import { createChatEvents, type ChatEvents } from './chat-events.js';
import { createStartQueue, type StartQueue } from './start-queue.js';
import { createStreamRegistry, type StreamRegistry } from './stream-registry.js';
import { createStreamOwners, type ServerBus, type StreamOwners } from './stream-owners.js';
import { answerAsOwner } from './remote-streams.js';
import { answerProposalsAsOwner } from './proposals.js';

/**
 * Shopper messages per session: a burst of 5, then one every 4 s (15 a minute). Each one may
 * start a paid model call, so this is tighter than the socket's per-family limit.
 */
export const CHAT_SEND_LIMIT = { capacity: 5, refillPerSecond: 0.25 };

/** Who of the staff is online (for hand-offs): the staff feature's presence fills it. */
export interface StaffOnline {
  staffOnline(): StaffMember[];
}

/** What the chat feature's parts share: the app, the assistant, the streams in progress. */
export interface ChatHub {
  ctx: AppContext;
  assistant: Assistant;
  streams: StreamRegistry;
  /** The owners of answers streamed by other processes, asked to stop one or tell how far it came. */
  owners: StreamOwners;
  sendLimiter: SharedLimiter;
  /** Answers per client address and in total, and the day's token budget. */
  answers: AnswerGate;
  /** Who of the staff is online (for hand-offs). */
  presence: StaffOnline;
  /** What the chat tells its followers (the staff desk subscribes). */
  events: ChatEvents;
  /** Answers started and not yet written (tests and shutdown wait for them). */
  pending: Set<Promise<void>>;
  /** Conversations whose next answer is being set up (its commit is on its way): a second send meets `conflict`. */
  reserved: Set<number>;
  /** Chat writes that may wait for the end of the loop turn share one commit (one fsync). */
  writes: GroupCommit;
  /** Answers launched and waiting for their start-up work: one per turn of the event loop. */
  starts: StartQueue;
  /** The answers in progress, saved as far as they have come every ASSISTANT_CHECKPOINT_MS. */
  checkpoints: AnswerCheckpoints;
}

export function createChatHub(ctx: AppContext, assistant: Assistant, presence: StaffOnline, bus: ServerBus): ChatHub {
  const streams = createStreamRegistry();
  const writes = createGroupCommit(ctx.db);
  const hub: ChatHub = {
    ctx,
    assistant,
    presence,
    events: createChatEvents(),
    streams,
    owners: createStreamOwners(bus, ctx.instanceId, streams, ctx.log),
    // A limit on load (each answer is gated again below): sends go on without the shared state ([SHARED6]).
    sendLimiter: ctx.limits.limiter('chat:send', CHAT_SEND_LIMIT, 'allow'),
    answers: createAnswerGate(ctx),
    pending: new Set(),
    reserved: new Set(),
    writes,
    starts: createStartQueue(),
    checkpoints: createAnswerCheckpoints(ctx, writes, streams.all, ctx.config.ASSISTANT_CHECKPOINT_MS),
  };
  answerAsOwner(hub);
  answerProposalsAsOwner(hub);
  return hub;
}

/** Shutdown: end every stream (kept as interrupted, so the shopper can retry) and wait for the writes. */
export async function closeChatHub(hub: ChatHub): Promise<void> {
  hub.checkpoints.stop();
  for (const stream of hub.streams.all()) stream.abort.abort('shutdown');
  await Promise.allSettled([...hub.pending]);
}
