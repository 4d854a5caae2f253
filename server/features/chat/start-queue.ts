/**
 * The start-up work of answers (SPEC [HOT2]): the message announced, retrieval, the request
 * built and the engine's first step take milliseconds of the event loop each. Run together, 200
 * sends at once held every running stream's tokens for over a second (docs/PERFORMANCE.md,
 * chat-relay); queued here, one start runs per turn of the loop, and the tokens that arrived
 * meanwhile are relayed between two starts. Per-process state, like the stream registry.
 */
export interface StartQueue {
  /** Queue a start, after those queued before it. Returns `leave`: true if it took the start out before it ran. */
  add(start: () => void): () => boolean;
  /** Starts waiting for their turn. */
  readonly size: number;
}

/** How the queue waits for the next turn of the loop (tests hold the turns to look in between). */
export type NextTurn = (run: () => void) => void;

export function createStartQueue(nextTurn: NextTurn = setImmediate): StartQueue {
  const waiting = new Set<{ start: () => void }>();
  let scheduled = false;
  const schedule = () => {
    if (scheduled || waiting.size === 0) return;
    scheduled = true;
    nextTurn(runOne);
  };
  function runOne() {
    scheduled = false;
    const first = waiting.values().next();
    if (first.done) return;
    waiting.delete(first.value);
    // The next turn is booked before this start runs, whatever the start does.
    schedule();
    first.value.start();
  }
  return {
    add(start) {
      const entry = { start };
      waiting.add(entry);
      schedule();
      return () => waiting.delete(entry);
    },
    get size() {
      return waiting.size;
    },
  };
}
