import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createMemoryState } from '../server/shared-state/memory-state.js';
import { ipcSharedState } from '../server/shared-state/ipc-state.js';
import type { SharedState } from '../server/shared-state/shared-state.js';
import { exited, startStateProcess } from '../server/test/shared-state-processes.js';
import { percentile, printTable, reportLoad } from './report.js';

/**
 * What a rate-limit check costs when the bucket is in this process's memory and when it is in
 * another process over IPC (ADR 029): latency of one `take` at a time (what one request pays),
 * and throughput with BENCH_STATE_CONCURRENCY takes in flight (what a busy worker can ask).
 */
const CALLS = Number(process.env.BENCH_STATE_CALLS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_STATE_CONCURRENCY ?? 64);
const limit = { capacity: 1e9, refillPerSecond: 1e9 };
const us = (ms: number) => +(ms * 1000).toFixed(1);

async function measure(name: string, state: SharedState) {
  for (let i = 0; i < 2000; i++) await state.take(`warm:${i % 100}`, limit, Date.now()); // JIT and IPC warm
  const one: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    await state.take(`key:${i % 1000}`, limit, Date.now());
    one.push(performance.now() - start);
  }
  one.sort((a, b) => a - b);
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CALLS) await state.take(`key:${next++ % 1000}`, limit, Date.now());
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return {
    state: name,
    calls: CALLS,
    'one at a time p50 µs': us(percentile(one, 50)),
    'p99 µs': us(percentile(one, 99)),
    'max µs': us(one.at(-1)!),
    [`takes/s at ${CONCURRENCY} in flight`]: Math.round(CALLS / seconds),
  };
}

export async function run() {
  const loadBefore = loadavg();
  const primary = await startStateProcess('serve-plain');
  const rows = [];
  try {
    rows.push(await measure('memory (this process)', createMemoryState()));
    const ipc = ipcSharedState(primary);
    rows.push(await measure('IPC (another process)', ipc));
    await ipc.close();
  } finally {
    primary.disconnect();
    await exited(primary);
  }
  printTable('shared state: one take', rows);
  return { rows, load: reportLoad(loadBefore) };
}
