/**
 * What a coalescer with leading edge (server/features/staff/coalesced-pushes.ts) sends for a
 * timeline of changes: per key, the first change after a quiet window goes at once and opens a
 * window; changes inside it make one push at its end, which opens the next window. `keyOf` picks
 * the scheme: per conversation (the old `staff:conversation`, one frame per row) or one key for
 * all (`staff:conversations`). Returns the frames' times (ms, sorted).
 */
export function coalescedFrames(
  changes: { at: number; chatId: number }[],
  windowMs: number,
  keyOf: (chatId: number) => string,
) {
  const open = new Map<string, { closesAt: number; pending: boolean }>();
  const frames: number[] = [];
  const closeUpTo = (t: number) => {
    for (const [key, w] of open) {
      // A window with something pending sends at its end and opens the next, until one ends quiet.
      while (w.closesAt <= t) {
        if (!w.pending) {
          open.delete(key);
          break;
        }
        frames.push(w.closesAt);
        w.pending = false;
        w.closesAt += windowMs;
      }
    }
  };
  for (const { at, chatId } of [...changes].sort((a, b) => a.at - b.at)) {
    closeUpTo(at);
    const key = keyOf(chatId);
    const w = open.get(key);
    if (w) w.pending = true;
    else {
      frames.push(at);
      open.set(key, { closesAt: at + windowMs, pending: false });
    }
  }
  closeUpTo(Number.POSITIVE_INFINITY);
  return frames.sort((a, b) => a - b);
}

/** Frames per 1-s bucket from `start`, over `seconds` buckets (a frame after the last bucket is not counted). */
export function perSecond(times: number[], start: number, seconds: number): number[] {
  const buckets = new Array<number>(seconds).fill(0);
  for (const t of times) {
    const b = Math.floor((t - start) / 1000);
    if (b >= 0 && b < seconds) buckets[b]!++;
  }
  return buckets;
}
