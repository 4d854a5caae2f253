import type { AppContext } from '../../context.js';
import type { GroupCommit } from '../../db/group-commit.js';
import { ANSWER_HEARTBEAT_MS, prepareAnswerHeartbeat } from './answer-owner.js';
import { prepareAnswerCheckpoint } from './chat.repo.js';
import type { ActiveStream } from './stream-registry.js';

/**
 * Checkpoints of the answers in progress (docs/decisions/014-answer-checkpoints.md): a tick
 * every `intervalMs` (app clock) writes the content so far of every stream that has shown
 * something since its last checkpoint, so a killed process loses about the last interval of an
 * answer at most. A tick is one write in the group commit, covering all its streams: one
 * transaction and one fsync per interval however many streams there are (a checkpoint per
 * stream at its own moment would pay an fsync each). One tick's write on its way at a time, so
 * one checkpoint per stream at most, and a write per stream per interval at most: never one per
 * token. The same write touches the heartbeat of this process's streaming answers every
 * ANSWER_HEARTBEAT_MS while it has any, so other processes see they are alive (answer-owner.ts).
 * Per-process state, like the stream registry.
 */
export interface AnswerCheckpoints {
  /** A delta of `stream` went out: the database now lacks something a shopper has seen. */
  shown(stream: ActiveStream): void;
  /**
   * Checkpoint every stream with unsaved deltas, if an interval has passed since the last tick.
   * Each delta runs it; so does a timer, for streams that went quiet (a tool call, a slow
   * upstream) after showing something. Tests call it after moving the app's clock.
   */
  tick(): void;
  /** Starts that timer (start(app), server/start.ts: building the app sets no timer). */
  start(): void;
  stop(): void;
}

/** The timer looks this many times per interval, so with no delta anywhere a tick is at most a quarter interval late. */
const LOOKS_PER_INTERVAL = 4;

export function createAnswerCheckpoints(
  ctx: AppContext,
  writes: GroupCommit,
  streams: () => ActiveStream[],
  intervalMs: number,
): AnswerCheckpoints {
  // Prepared on the app's connection; the group commit's transaction is on the same one.
  const save = prepareAnswerCheckpoint(ctx.db);
  const beat = prepareAnswerHeartbeat(ctx.db, ctx.instanceId);
  /** Streams that showed deltas no checkpoint has read yet. */
  const dirty = new WeakSet<ActiveStream>();
  let nextTickAt = ctx.now() + intervalMs;
  let nextBeatAt = ctx.now() + ANSWER_HEARTBEAT_MS;
  let writing = false;
  let beating = false;

  /** The heartbeat of this process's live answers, a write of its own beside the checkpoints (the group commit joins them). */
  const heartbeat = (now: number) => {
    if (beating || now < nextBeatAt || streams().length === 0) return;
    nextBeatAt = now + ANSWER_HEARTBEAT_MS;
    beating = true;
    void writes
      .run(() => beat(now))
      .then(
        () => (beating = false),
        (err: unknown) => {
          beating = false;
          ctx.log.error({ err }, 'answer heartbeat failed');
        },
      );
  };

  const tick = () => {
    const now = ctx.now();
    heartbeat(now);
    // A tick whose write is still on its way holds the next one back until it has committed.
    if (now < nextTickAt || writing) return;
    nextTickAt = now + intervalMs;
    const due = streams().filter((stream) => dirty.has(stream));
    if (due.length === 0) return;
    writing = true;
    void writes
      .run(() => {
        // Read when the write runs (the end of the loop turn): it saves every delta shown until then.
        for (const stream of due) {
          dirty.delete(stream);
          save(stream.messageId, stream.text, stream.cards);
        }
      })
      // One step after the commit, so whoever awaits a later write finds this tick over.
      .then(
        () => (writing = false),
        (err: unknown) => {
          writing = false;
          // Tried again at the next tick; the answers go on, and their final writes are separate.
          for (const stream of due) dirty.add(stream);
          ctx.log.error({ err, streams: due.length }, 'answer checkpoint failed');
        },
      );
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    shown(stream) {
      // The tick first: one overdue after a quiet spell starts a new interval instead of saving this first piece at once.
      tick();
      dirty.add(stream);
    },
    tick,
    start() {
      if (timer) return;
      timer = setInterval(tick, Math.floor(Math.min(intervalMs, ANSWER_HEARTBEAT_MS) / LOOKS_PER_INTERVAL));
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
