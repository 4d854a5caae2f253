/**
 * Token buckets in this process's memory, keyed by whatever the caller chooses (session and
 * event family, or IP). Per-process state by design (docs/ARCHITECTURE.md §1): behind this small
 * interface so it can move to Redis when the app runs on several processes.
 */
export type Verdict = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimiter {
  /** Spend a token if there is one. */
  take(key: string, now: number): Verdict;
  /** Would `take` succeed? Spends nothing (for limits counted only on failures). */
  peek(key: string, now: number): Verdict;
  /** Return a token `take` spent (a reservation that turned out not to count). */
  giveBack(key: string): void;
}

export interface RateLimit {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Tokens returned per second. */
  refillPerSecond: number;
}

/** `count` requests a `seconds`-long period, all of them at once if need be: the bucket most limits here are. */
export const allowance = (count: number, seconds: number): RateLimit => ({
  capacity: count,
  refillPerSecond: count / seconds,
});

/** The first sweep comes at this many keys; later ones when the map has doubled since, so sweeps stay amortised O(1) per key. */
const FIRST_SWEEP_AT = 10_000;

export function createRateLimiter({ capacity, refillPerSecond }: RateLimit): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sweepAt = FIRST_SWEEP_AT;
  const refill = (b: { tokens: number; at: number }, now: number) => {
    b.tokens = Math.min(capacity, b.tokens + ((now - b.at) / 1000) * refillPerSecond);
    b.at = now;
  };
  return {
    take(key, now) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= sweepAt) sweep(now);
        bucket = { tokens: capacity, at: now };
        buckets.set(key, bucket);
      }
      refill(bucket, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return refused(bucket.tokens);
    },
    peek(key, now) {
      const bucket = buckets.get(key);
      if (!bucket) return { ok: true };
      refill(bucket, now);
      return bucket.tokens >= 1 ? { ok: true } : refused(bucket.tokens);
    },
    giveBack(key) {
      const bucket = buckets.get(key);
      if (bucket) bucket.tokens = Math.min(capacity, bucket.tokens + 1);
    },
  };

  function refused(tokens: number): Verdict {
    return { ok: false, retryAfterMs: Math.ceil(((1 - tokens) / refillPerSecond) * 1000) };
  }

  /** Drop buckets that have refilled completely: they hold no information. */
  function sweep(now: number) {
    for (const [key, b] of buckets) {
      refill(b, now);
      if (b.tokens >= capacity) buckets.delete(key);
    }
    sweepAt = Math.max(FIRST_SWEEP_AT, buckets.size * 2);
  }
}
