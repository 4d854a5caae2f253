import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resultsDir, workerCounts } from './lib/app-child.js';
import { driveFanout } from './lib/fanout-driver.js';
import { TABS } from './lib/fanout-groups.js';
import { checkOpenFileLimit, fanoutRow, openTarget } from './lib/fanout-measure.js';
import { appTarget } from './lib/fanout-targets.js';
import { printTable, reportLoad } from './report.js';
import { envNumber } from './lib/bench-env.js';

/**
 * Cart fan-out under stepped load (issue 16 §4): the real app with BENCH_WORKERS processes
 * (default 1 and 2), 333 sessions × 3 tabs connected once, then cart changes at a rising rate
 * (BENCH_STEPS changes/s, each session's changes spread evenly) until a step's p99 (change →
 * `cart:updated` in the other tabs) passes 50 ms in two steps in a row or a push goes missing.
 * The figure: the highest step that held with every step below it, in messages/s delivered (3 per change: every tab gets it), and the
 * ratio between process counts. Clients run in this process, on the same two cores.
 */
const IDENTITIES = envNumber('BENCH_FANOUT_IDENTITIES', 333);
const STEPS = (process.env.BENCH_STEPS ?? '10,25,50,100,200,400,800').split(',').map(Number);
const WARMUP_MS = envNumber('BENCH_STEP_WARMUP_SECONDS', 3) * 1000;
const MEASURE_MS = envNumber('BENCH_STEP_SECONDS', 10) * 1000;
const PORT = envNumber('BENCH_PORT', 3180);
const LIMIT_P99_MS = 50;

export async function run() {
  checkOpenFileLimit(IDENTITIES * TABS);
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg();
  const rows = [];
  const held: { server: string; 'changes/s': number; 'msgs/s': number; 'p99 ms': number }[] = [];
  for (const [i, workers] of workerCounts().entries()) {
    const open = await openTarget(appTarget(workers), PORT + i, IDENTITIES);
    // Held: the highest step with it and every step below it within the limit. The ladder goes on
    // after a failed step until two fail in a row (a busy machine's single bad step), to show the curve.
    let best: Omit<(typeof held)[number], 'server'> | null = null;
    let [failed, failedInARow] = [0, 0];
    try {
      for (const rate of STEPS) {
        const window = { warmupMs: WARMUP_MS, measureMs: MEASURE_MS, periodMs: (IDENTITIES / rate) * 1000 };
        const row = { 'changes/s': rate, ...fanoutRow(open, await driveFanout(open.groups, open.server, window)) };
        const ok = row['p99 ms'] <= LIMIT_P99_MS && row.missing === 0 && row.errors === 0;
        rows.push({ ...row, held: ok ? 'yes' : 'no', 'load 1 min': +loadavg()[0]!.toFixed(2) });
        if (ok && failed === 0) best = { 'changes/s': rate, 'msgs/s': row['msgs/s'], 'p99 ms': row['p99 ms'] };
        [failed, failedInARow] = ok ? [failed, 0] : [failed + 1, failedInARow + 1];
        if (failedInARow === 2 || row.missing > 0) break;
      }
    } finally {
      await open.close();
    }
    held.push({ server: open.target.server, ...(best ?? { 'changes/s': 0, 'msgs/s': 0, 'p99 ms': NaN }) });
  }
  const ratios = held.map((h) => ({ ...h, 'ratio (this / first)': +(h['msgs/s'] / held[0]!['msgs/s']).toFixed(2) }));
  printTable(
    `cart-fanout-steps: ${IDENTITIES} sessions × ${TABS} tabs, ${MEASURE_MS / 1000} s per step after ${WARMUP_MS / 1000} s warm-up`,
    rows,
  );
  printTable(`cart-fanout-steps: the highest step with p99 ≤ ${LIMIT_P99_MS} ms and nothing missing`, ratios);
  const load = reportLoad(loadBefore);
  return { identities: IDENTITIES, steps: STEPS, rows, held: ratios, load };
}
