/**
 * A timer for "no answer in time" that an event-loop stall cannot fake. After a long synchronous
 * stretch (a worker building its assistant, a burst of work), the timers phase runs before the
 * poll phase that reads the answer already waiting on the socket: a bare setTimeout would reject a
 * call whose answer has arrived. So the timer only books a check for after the next poll
 * (setImmediate): answers already received settle first, and `late` runs only if none did.
 * Returns the cancel.
 */
export function deadline(ms: number, late: () => void): () => void {
  let check: NodeJS.Immediate | undefined;
  const timer = setTimeout(() => {
    check = setImmediate(late);
  }, ms);
  return () => {
    clearTimeout(timer);
    if (check) clearImmediate(check);
  };
}
