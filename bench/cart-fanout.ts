import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { resultsDir, startBenchServer } from './lib/app-child.js';
import { variantsInStock } from './lib/bench-db.js';
import { cartChangeParts } from './lib/cart-change-parts.js';
import { driveFanout, type FanoutWindow } from './lib/fanout-driver.js';
import { shopGroups, TABS, wsGroups, type FanoutGroup, type ShopGroup } from './lib/fanout-groups.js';
import { guestCookies } from './lib/guests.js';
import type { ServerChild } from './lib/server-child.js';
import { percentile, printTable, reportLoad } from './report.js';
import { ok } from '../server/test/ack.js';

/**
 * Cart fan-out (docs/PERFORMANCE.md, cart-fanout): identities × 3 tabs connected; each identity's tab 0 changes
 * its cart once per period; the time until the other two tabs get `cart:updated`. Servers
 * run in a child process, one after another, against the same clients in this process:
 * the plain `ws` baseline, bare Socket.IO, the real app (guest sessions, SQLite file), and
 * last the `ws` baseline committing each change to SQLite with the app's pragmas first: the
 * durability any correct implementation pays, so app / that is what our stack adds.
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const IDENTITIES = env('BENCH_FANOUT_IDENTITIES', 333);
const WINDOW: FanoutWindow = {
  warmupMs: env('BENCH_FANOUT_WARMUP_SECONDS', 10) * 1000,
  measureMs: env('BENCH_FANOUT_SECONDS', 60) * 1000,
  periodMs: 10_000,
};
const PORT = env('BENCH_PORT', 3150);
const WARM_GROUPS = 20;

interface Prep {
  variantId: number;
  /** One guest session cookie per identity (the real app only). */
  cookies?: string[];
}

interface Target {
  server: string;
  script: string;
  /** Before any socket connects: what each group needs. */
  prepare?(server: ServerChild, dbFile: string): Promise<Prep>;
  connect(url: string, prep: Prep, count: number): Promise<FanoutGroup[]>;
  /** After the memory reading, before the first change. */
  setup?(groups: FanoutGroup[], prep: Prep): Promise<void>;
}

const TARGETS: Target[] = [
  {
    server: 'ws (baseline)',
    script: 'servers/ws-fanout-server.ts',
    connect: (url, p, n) => wsGroups(url, n, p.variantId),
  },
  {
    server: 'socket.io bare',
    script: 'servers/io-fanout-server.ts',
    connect: (url, p, n) => shopGroups(url, n, p.variantId),
  },
  {
    server: 'socket.io app (ours)',
    script: 'servers/app-server.ts',
    prepare: async (server, dbFile) => ({
      cookies: await guestCookies(server.url, IDENTITIES),
      variantId: variantsInStock(dbFile, 2)[0]!,
    }),
    connect: (url, p, n) => shopGroups(url, n, p.variantId, p.cookies),
    async setup(groups, p) {
      // The line every change toggles; this ack's version is where the group's changes count from.
      for (const group of groups as ShopGroup[]) {
        group.version = ok(
          await group.tabs[0]!.emitWithAck('cart:add', { variantId: p.variantId, quantity: 1 }),
        ).version;
      }
    },
  },
  {
    server: 'ws + durable write',
    script: 'servers/ws-durable-fanout-server.ts',
    connect: (url, p, n) => wsGroups(url, n, p.variantId),
  },
];

async function measure(target: Target, port: number) {
  // Every bench tab shares one address: lift the per-address socket cap (the other servers ignore it).
  const server = await startBenchServer(target.script, port, `cart-fanout-${basename(target.script, '.ts')}`, {
    SOCKETS_PER_IP: '1000000',
  });
  let groups: FanoutGroup[] = [];
  try {
    const prep: Prep = (await target.prepare?.(server, server.dbFile)) ?? { variantId: 1 };
    // Warm the connection path first, so one-off costs (compiled code, lazily loaded modules)
    // are not counted per connection; then give the server a moment to finish the closes.
    for (const group of await target.connect(server.url, prep, WARM_GROUPS)) group.close();
    await new Promise((r) => setTimeout(r, 1000));
    const before = await server.memory();
    // Connected, before the first change: per-socket state only (the app's carts come next).
    groups = await target.connect(server.url, prep, IDENTITIES);
    const sockets = groups.length * TABS;
    const connected = await server.memory();
    await target.setup?.(groups, prep);
    const run = await driveFanout(groups, server, WINDOW);
    const [p50, p99] = [percentile(run.latenciesMs, 50), percentile(run.latenciesMs, 99)];
    return {
      server: target.server,
      sockets,
      changes: run.changes,
      arrivals: run.latenciesMs.length,
      'p50 ms': +p50.toFixed(2),
      'p99 ms': +p99.toFixed(2),
      'max ms': +(run.latenciesMs.at(-1) ?? NaN).toFixed(1),
      'CPU µs/msg': +(run.cpuMicros / run.delivered).toFixed(1),
      'RSS KiB/conn': +((connected.rss - before.rss) / sockets / 1024).toFixed(1),
      'heap KiB/conn': +((connected.heapUsed - before.heapUsed) / sockets / 1024).toFixed(1),
      missing: run.missing,
      errors: run.errors,
    };
  } finally {
    for (const group of groups) group.close();
    await server.stop();
  }
}

/** This process holds every client socket, and each server child one per client. */
function checkOpenFileLimit(): void {
  const limit = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  const needed = IDENTITIES * TABS + 200;
  if (limit !== 'unlimited' && Number(limit) < needed) {
    throw new Error(`the open-file limit is ${limit}; this bench needs ${needed}: run \`ulimit -n 4096\` first`);
  }
}

export async function run() {
  checkOpenFileLimit();
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg();
  const rows = [];
  for (const [i, target] of TARGETS.entries()) rows.push(await measure(target, PORT + i));
  type Row = (typeof rows)[number];
  const [ws, , app, durable] = rows as [Row, Row, Row, Row];
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
  printTable('cart-fanout: against the targets', [summary]);
  const parts = await cartChangeParts();
  printTable('cart-fanout: the app’s work per change, called in-process (no sockets)', parts);
  const load = reportLoad(loadBefore);
  return { window: WINDOW, identities: IDENTITIES, rows, summary, parts, load };
}
