import type { FanoutWindow } from './fanout-driver.js';

/** A number from the environment (a bench's knob), or its default. */
export const envNumber = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

/**
 * A fan-out bench's window: BENCH_<PREFIX>_WARMUP_SECONDS, then BENCH_<PREFIX>_SECONDS measured,
 * each group changing its cart once per 10 s.
 */
export const fanoutWindowFromEnv = (prefix: string, warmupSeconds = 10, seconds = 60): FanoutWindow => ({
  warmupMs: envNumber(`BENCH_${prefix}_WARMUP_SECONDS`, warmupSeconds) * 1000,
  measureMs: envNumber(`BENCH_${prefix}_SECONDS`, seconds) * 1000,
  periodMs: 10_000,
});
