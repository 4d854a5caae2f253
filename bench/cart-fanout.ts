import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resultsDir, workerCounts } from './lib/app-child.js';
import { cartChangeParts } from './lib/cart-change-parts.js';
import { driveFanout } from './lib/fanout-driver.js';
import { TABS } from './lib/fanout-groups.js';
import { checkOpenFileLimit, fanoutRow, openTarget } from './lib/fanout-measure.js';
import { appTarget, bareTarget, durableTarget, type Target, wsTarget } from './lib/fanout-targets.js';
import { printTable, reportLoad } from './report.js';
import { envNumber, fanoutWindowFromEnv } from './lib/bench-env.js';

/**
 * Cart fan-out (docs/PERFORMANCE.md, cart-fanout): identities × 3 tabs connected; each identity's tab 0 changes
 * its cart once per period; the time until the other two tabs get `cart:updated`. Servers
 * run in a child process, one after another, against the same clients in this process:
 * the plain `ws` baseline, bare Socket.IO, the real app (guest sessions, SQLite file) at each
 * of BENCH_WORKERS (default 1 and 2 processes on the one port), and last the `ws` baseline
 * committing each change to SQLite with the app's pragmas first: the durability any correct
 * implementation pays, so app / that is what our stack adds. The clients run in this process,
 * on the same cores as the server: their CPU is reported beside the server's.
 */
const IDENTITIES = envNumber('BENCH_FANOUT_IDENTITIES', 333);
const WINDOW = fanoutWindowFromEnv('FANOUT');
const PORT = envNumber('BENCH_PORT', 3150);

async function measure(target: Target, port: number) {
  const open = await openTarget(target, port, IDENTITIES);
  try {
    return fanoutRow(open, await driveFanout(open.groups, open.server, WINDOW));
  } finally {
    await open.close();
  }
}

export async function run() {
  checkOpenFileLimit(IDENTITIES * TABS);
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg();
  const apps = workerCounts().map(appTarget);
  const targets = [wsTarget, bareTarget, ...apps, durableTarget];
  const rows: ReturnType<typeof fanoutRow>[] = [];
  for (const [i, target] of targets.entries()) rows.push(await measure(target, PORT + i));
  const row = (target: Target) => rows[targets.indexOf(target)]!;
  const [ws, app, durable] = [row(wsTarget), row(apps[0]!), row(durableTarget)];
  const summary = {
    'p99 ratio (app / ws)': +(app['p99 ms'] / ws['p99 ms']).toFixed(2),
    'p99 ratio target': 1.5,
    'p99 ratio (app / ws + durable write)': +(app['p99 ms'] / durable['p99 ms']).toFixed(2),
    'RSS KiB/conn (app)': app['RSS KiB/conn'],
    'RSS target KiB/conn': 32,
    'CPU ratio (app / ws)': +(app['CPU µs/msg'] / ws['CPU µs/msg']).toFixed(1),
    'CPU ratio (app / ws + durable write)': +(app['CPU µs/msg'] / durable['CPU µs/msg']).toFixed(1),
  };
  const title = `cart-fanout: ${IDENTITIES} identities × ${TABS} tabs, a change per identity every ${WINDOW.periodMs / 1000} s, ${WINDOW.measureMs / 1000} s measured after ${WINDOW.warmupMs / 1000} s warm-up`;
  printTable(title, rows);
  printTable(`cart-fanout: against the targets (${apps[0]!.server})`, [summary]);
  const parts = await cartChangeParts();
  printTable('cart-fanout: the app’s work per change, called in-process (no sockets)', parts);
  const load = reportLoad(loadBefore);
  return { window: WINDOW, identities: IDENTITIES, rows, summary, parts, load };
}
