import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resultsDir, workerCounts } from './lib/app-child.js';
import { driveFanout } from './lib/fanout-driver.js';
import { TABS } from './lib/fanout-groups.js';
import { checkOpenFileLimit, fanoutRow, openTarget } from './lib/fanout-measure.js';
import { appTarget } from './lib/fanout-targets.js';
import { printTable, reportLoad } from './report.js';
import { envNumber, fanoutWindowFromEnv } from './lib/bench-env.js';

/**
 * Connections held (issue 16 §4): the real app with BENCH_WORKERS processes (default 1 and 2)
 * holding ~5,000 sockets — 1,667 guest sessions × 3 tabs — while each session's tab 0 changes
 * its cart once every 10 s (spread evenly: ~167 changes/s). Measured: change → `cart:updated`
 * in the session's other tabs (p50/p99, target p99 < 50 ms), and the RSS of every server
 * process (primary and workers, /proc VmRSS summed) per connection. The cart-fanout driver and
 * rows, at this scale and for the app only. The clients run in this one process, on the same
 * two cores: "client CPU %" is what they took from the server.
 */
const IDENTITIES = envNumber('BENCH_HELD_IDENTITIES', 1667);
const WINDOW = fanoutWindowFromEnv('HELD');
const PORT = envNumber('BENCH_PORT', 3170);
const TARGET_P99_MS = 50;

export async function run() {
  checkOpenFileLimit(IDENTITIES * TABS);
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg();
  const rows: ReturnType<typeof fanoutRow>[] = [];
  for (const [i, workers] of workerCounts().entries()) {
    const open = await openTarget(appTarget(workers), PORT + i, IDENTITIES);
    try {
      rows.push(fanoutRow(open, await driveFanout(open.groups, open.server, WINDOW)));
    } finally {
      await open.close();
    }
  }
  const targets = rows.map((r) => ({
    server: r.server,
    'p99 ms': r['p99 ms'],
    'target p99 ms': `< ${TARGET_P99_MS}`,
    met: r['p99 ms'] < TARGET_P99_MS && r.missing === 0 && r.errors === 0 ? 'yes' : 'no',
    'RSS total KiB/conn': r['RSS total KiB/conn'],
    'p99 ratio (this / first)': +(r['p99 ms'] / rows[0]!['p99 ms']).toFixed(2),
  }));
  const title = `connections-held: ${IDENTITIES} sessions × ${TABS} tabs, a change per session every ${WINDOW.periodMs / 1000} s, ${WINDOW.measureMs / 1000} s measured after ${WINDOW.warmupMs / 1000} s warm-up`;
  printTable(title, rows);
  printTable('connections-held: against the target', targets);
  const load = reportLoad(loadBefore);
  return { window: WINDOW, identities: IDENTITIES, rows, targets, load };
}
