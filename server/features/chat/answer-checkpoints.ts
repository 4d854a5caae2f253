import type { AppContext } from '../../context.js';
import type { GroupCommit } from '../../db/group-commit.js';
import { checkpointAnswer } from './chat.repo.js';
import type { ActiveStream } from './stream-registry.js';

/**
 * Checkpoints of the answers in progress (docs/decisions/008-answer-checkpoints.md): a tick
 * every `intervalMs` (app clock) writes the content so far of every stream that has shown
 * something since its last checkpoint, so a killed process loses about the last interval of an
 * answer at most. One tick's checkpoints are queued in one loop turn, so the group commit gives
 * them one transaction and one fsync however many streams there are (a checkpoint per stream
 * at its own moment would cost an fsync each). A stream has at most one checkpoint on its way,
 * and a write per interval at most: never one per token. Per-process state, like the registry.
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
  stop(): void;
}

interface Unsaved {
  /** Deltas went out that no checkpoint has read yet. */
  dirty: boolean;
  /** A checkpoint is queued and not yet committed. */
  pending: boolean;
}

/** The timer looks this many times per interval, so with no delta anywhere a tick is at most a quarter interval late. */
const LOOKS_PER_INTERVAL = 4;

export function startAnswerCheckpoints(ctx: AppContext, writes: GroupCommit, streams: () => ActiveStream[], intervalMs: number): AnswerCheckpoints {
  const unsaved = new WeakMap<ActiveStream, Unsaved>();
  let nextTickAt = ctx.now() + intervalMs;

  const checkpoint = (stream: ActiveStream, state: Unsaved) => {
    state.pending = true;
    void writes
      .run((tx) => {
        // Read when the write runs (the end of the loop turn): it saves every delta shown until then.
        state.dirty = false;
        checkpointAnswer(tx, stream.messageId, stream.text, stream.cards);
      })
      .catch((err: unknown) => {
        // Tried again at the next tick; the answer goes on, and its final write is separate.
        state.dirty = true;
        ctx.log.error({ err, chatId: stream.chatId }, 'answer checkpoint failed');
      })
      .finally(() => (state.pending = false));
  };

  const tick = () => {
    const now = ctx.now();
    if (now < nextTickAt) return;
    nextTickAt = now + intervalMs;
    for (const stream of streams()) {
      const state = unsaved.get(stream);
      if (state?.dirty && !state.pending) checkpoint(stream, state);
    }
  };
  const timer = setInterval(tick, Math.floor(intervalMs / LOOKS_PER_INTERVAL));
  timer.unref();
  return {
    shown(stream) {
      // The tick first: one overdue after a quiet spell starts a new interval instead of saving this first piece at once.
      tick();
      let state = unsaved.get(stream);
      if (!state) unsaved.set(stream, (state = { dirty: false, pending: false }));
      state.dirty = true;
    },
    tick,
    stop: () => clearInterval(timer),
  };
}
