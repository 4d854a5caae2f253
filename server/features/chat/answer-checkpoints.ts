import type { AppContext } from '../../context.js';
import type { GroupCommit } from '../../db/group-commit.js';
import { checkpointAnswer } from './chat.repo.js';
import type { ActiveStream } from './stream-registry.js';

/**
 * Checkpoints of the answers in progress (docs/decisions/008-answer-checkpoints.md): once the
 * oldest text or card a stream has shown and not yet saved is `intervalMs` old, the stream's
 * content so far is written through the group commit, so a killed process loses at most about
 * the last interval of an answer. One checkpoint per stream on its way at a time, and none for
 * a stream that showed nothing since its last: a write per stream per interval at most,
 * never one per token. Per-process state, like the stream registry it follows.
 */
export interface AnswerCheckpoints {
  /** A delta of `stream` went out: the database now lacks something a shopper has seen. */
  shown(stream: ActiveStream): void;
  /**
   * Checkpoint every stream that is due. A timer runs this, for streams that went quiet (a tool
   * call, a slow upstream) after showing something; tests call it after moving the app's clock.
   */
  sweep(): void;
  stop(): void;
}

interface Unsaved {
  /** When the oldest delta not yet in the database was shown (app clock); null: all saved. */
  since: number | null;
  /** A checkpoint is queued and not yet committed. */
  pending: boolean;
}

/** The sweep runs this many times per interval, so a quiet stream's text waits at most a quarter interval longer. */
const SWEEPS_PER_INTERVAL = 4;

export function startAnswerCheckpoints(ctx: AppContext, writes: GroupCommit, streams: () => ActiveStream[], intervalMs: number): AnswerCheckpoints {
  const unsaved = new WeakMap<ActiveStream, Unsaved>();
  const due = (state: Unsaved, now: number) => !state.pending && state.since !== null && now - state.since >= intervalMs;

  const checkpoint = (stream: ActiveStream, state: Unsaved) => {
    state.pending = true;
    void writes
      .run((tx) => {
        // Read when the write runs (the end of the loop turn): it saves every delta shown until then.
        state.since = null;
        checkpointAnswer(tx, stream.messageId, stream.text, stream.cards);
      })
      .catch((err: unknown) => {
        // Tried again an interval from now; the answer goes on, and its final write is separate.
        state.since ??= ctx.now();
        ctx.log.error({ err, chatId: stream.chatId }, 'answer checkpoint failed');
      })
      .finally(() => (state.pending = false));
  };

  const sweep = () => {
    const now = ctx.now();
    for (const stream of streams()) {
      const state = unsaved.get(stream);
      if (state && due(state, now)) checkpoint(stream, state);
    }
  };
  const timer = setInterval(sweep, Math.floor(intervalMs / SWEEPS_PER_INTERVAL));
  timer.unref();
  return {
    shown(stream) {
      let state = unsaved.get(stream);
      if (!state) unsaved.set(stream, (state = { since: null, pending: false }));
      const now = ctx.now();
      state.since ??= now;
      if (due(state, now)) checkpoint(stream, state);
    },
    sweep,
    stop: () => clearInterval(timer),
  };
}
