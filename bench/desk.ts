import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resultsDir, startBenchServer } from './lib/app-child.js';
import { restockAll, variantsInStock } from './lib/bench-db.js';
import { seedDeskHistory } from './lib/desk-seed.js';
import { staffSockets } from './lib/desk-staff.js';
import { driveStorm, liveShoppers, type StormRun } from './lib/desk-live.js';
import { coalescedFrames, perSecond } from './lib/desk-windows.js';
import type { ShopSocket } from './lib/guests.js';
import type { ServerChild } from './lib/server-child.js';
import { percentile, printTable, reportLoad } from './report.js';
import { envNumber } from './lib/bench-env.js';

/**
 * The support desk under a day's load (docs/PERFORMANCE.md, desk): the real server in a child
 * (production config, SQLite file) over STORED stored conversations and LIVE connected shoppers.
 * 1. `staff:overview` over real staff sockets, one request after another: p50/p95/p99.
 * 2. A push storm: 100 conversation changes a second for 10 s, driven by the shoppers' sockets;
 *    a staff socket counts the `staff:conversations` frames per second. The old scheme (one
 *    `staff:conversation` frame per conversation, coalesced per conversation) is computed from the
 *    same run's acknowledged changes with the same window (lib/desk-windows.ts), and so is the
 *    new one, to check the simulation against what the socket counted.
 */
const STORED = envNumber('BENCH_DESK_CONVERSATIONS', 5000);
const LIVE = 50;
const WAITING = 15;
const OVERVIEW = { warmup: 20, requests: envNumber('BENCH_DESK_REQUESTS', 300) };
const STORM = { perSecond: 100, seconds: envNumber('BENCH_DESK_STORM_SECONDS', 10), windowMs: 500 };
const PORT = envNumber('BENCH_PORT', 3170);
/** Staff sessions taking turns: each may send 10 `staff:*` requests a second (burst 20), by design. */
const DESKS = 8;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measureOverview(server: ServerChild, desks: ShopSocket[]) {
  let limited = 0;
  let last = { rows: 0, bytes: 0 };
  const once = async (desk: ShopSocket) => {
    for (;;) {
      const t = performance.now();
      const ack = await desk.emitWithAck('staff:overview', {});
      const ms = performance.now() - t;
      if (ack.ok) {
        last = { rows: ack.data.conversations.length, bytes: JSON.stringify(ack.data).length };
        return ms;
      }
      if (ack.error.code !== 'rate_limited') throw new Error(`staff:overview: ${ack.error.code}`);
      limited++; // not timed: wait for the session's budget and ask again
      await sleep(ack.error.retryAfterMs ?? 100);
    }
  };
  for (let i = 0; i < OVERVIEW.warmup; i++) await once(desks[i % desks.length]!);
  const cpuBefore = await server.cpuMicros();
  const times: number[] = [];
  for (let i = 0; i < OVERVIEW.requests; i++) times.push(await once(desks[i % desks.length]!));
  const cpuMs = ((await server.cpuMicros()) - cpuBefore) / 1000;
  times.sort((a, b) => a - b);
  const at = (p: number) => +percentile(times, p).toFixed(2);
  return {
    requests: times.length,
    'p50 ms': at(50),
    'p95 ms': at(95),
    'p99 ms': at(99),
    'max ms': +times.at(-1)!.toFixed(2),
    'server CPU ms/req': +(cpuMs / times.length).toFixed(2),
    'rows listed': last.rows,
    'answer KB': +(last.bytes / 1024).toFixed(1),
    'rate-limited (retried, untimed)': limited,
  };
}

function stormRows(run: StormRun) {
  const { seconds, windowMs } = STORM;
  const measured = perSecond(
    run.frames.map((f) => f.at),
    run.start,
    seconds,
  );
  const batched = coalescedFrames(run.changes, windowMs, () => 'rows');
  const old = coalescedFrames(run.changes, windowMs, (chatId) => `chat:${chatId}`);
  const row = (scheme: string, buckets: number[], frames: number, rows: number | string) => ({
    scheme,
    'max frames/s': Math.max(...buckets),
    'mean frames/s': +(buckets.reduce((a, b) => a + b, 0) / seconds).toFixed(1),
    'frames in all': frames,
    'rows delivered': rows,
  });
  return [
    row(
      'staff:conversations, counted on the socket',
      measured,
      run.frames.length,
      run.frames.reduce((n, f) => n + f.rows, 0),
    ),
    row(
      'staff:conversations, computed from the changes',
      perSecond(batched, run.start, seconds),
      batched.length,
      'n/a',
    ),
    row(
      'old staff:conversation per conversation, computed',
      perSecond(old, run.start, seconds),
      old.length,
      old.length,
    ),
  ];
}

export async function run() {
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg();
  const server = await startBenchServer('servers/app-server.ts', PORT, 'desk-app', {
    ASSISTANT_PACE_MS: '0',
    // Every bench client shares one address: the per-address limits would measure themselves.
    SOCKETS_PER_IP: '1000000',
    ASSISTANT_ANSWERS_PER_MINUTE_PER_IP: '100000',
    ASSISTANT_ANSWERS_AT_ONCE_PER_IP: '10000',
  });
  const open: ShopSocket[] = [];
  try {
    restockAll(server.dbFile, 1_000_000);
    const variantId = variantsInStock(server.dbFile, 1)[0]!;
    const seeded = seedDeskHistory(server.dbFile, STORED, Date.now());
    const desks = await staffSockets(server.url, server.dbFile, DESKS + 1);
    open.push(...desks);
    const watcher = desks.pop()!;
    const shoppers = await liveShoppers(server.url, LIVE, WAITING, variantId);
    open.push(...shoppers.map((s) => s.socket));
    const overview = await measureOverview(server, desks);
    await sleep(2 * STORM.windowMs); // the set-up's last rows frame is out
    const storm = await driveStorm(shoppers, watcher, variantId, STORM);
    const rows = stormRows(storm);
    const summary = {
      'overview p95 ms': overview['p95 ms'],
      'overview p95 target ms': 50,
      'storm max frames/s': rows[0]!['max frames/s'],
      'storm target frames/s': 10,
      'old scheme max frames/s': rows[2]!['max frames/s'],
    };
    const title = `desk: ${STORED} stored conversations, ${LIVE} live (${WAITING} waiting for a person)`;
    printTable(`${title}; staff:overview, ${OVERVIEW.requests} requests one after another after ${OVERVIEW.warmup}`, [
      overview,
    ]);
    printTable(
      `desk: ${STORM.perSecond} changes/s for ${STORM.seconds} s over ${LIVE} conversations (${storm.changes.length} acked, ${storm.errors} failed); window ${STORM.windowMs} ms; ${storm.conversationsSeen} conversations in the frames`,
      rows,
    );
    printTable('desk: against the targets', [summary]);
    const load = reportLoad(loadBefore);
    return { seeded, live: LIVE, waiting: WAITING, overview, storm: { plan: STORM, rows }, summary, load };
  } finally {
    for (const socket of open) socket.disconnect();
    await server.stop();
  }
}
