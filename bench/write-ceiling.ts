import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../server/db/client.js';
import { readCatalogFile } from '../server/features/catalog/catalog-file.js';
import { seedCatalog } from '../server/features/catalog/catalog.seed.js';
import { startDbProcess, type DbProcess } from '../server/test/db-processes.js';
import { restockAll, variantsInStock, withDatabase } from './lib/bench-db.js';
import type { WriteKind } from './lib/ceiling-writers.js';
import type { CeilingRequest, CeilingRun } from './lib/write-ceiling-child.js';
import { percentile, printTable, reportLoad } from './report.js';
import { envNumber } from './lib/bench-env.js';

/**
 * The write ceiling of one SQLite file (docs/PERFORMANCE.md, write-ceiling; ADR 027): N real
 * processes (bench/lib/write-ceiling-child.ts, each the app built by createApp on the file with
 * the app's openDatabase: WAL, synchronous=FULL, BEGIN IMMEDIATE, busy timeout) write as fast as
 * they can through the app's services for a window, all windows starting at the same moment.
 * Orders: a one-line cart placed by placeOrder; chat: a shopper message and its answer's finish.
 * Each configuration gets a fresh file with the catalog seeded and every variant stocked.
 * Rows with synchronous=NORMAL are a comparison (the fsync's share), never the shop's setting.
 */
const WINDOW_MS = envNumber('BENCH_CEILING_MS', 5000);
const WARM_UP_MS = 500;
const PROCESSES = [1, 2, 4];
/** Shoppers writing at once in each process for the group-commit rows (one each otherwise). */
const CROWD = envNumber('BENCH_CEILING_CROWD', 16);
const root = resolve(fileURLToPath(import.meta.url), '../..');
const CHILD = join(root, 'bench/lib/write-ceiling-child.ts');
const catalog = readCatalogFile(join(root, 'data/catalog.json'));

type Sync = 'FULL' | 'NORMAL';
interface Config {
  kind: WriteKind;
  processes: number;
  writers: number;
  synchronous: Sync;
}

/** One write and fdatasync of 4 KiB in the bench's temp dir, the cost a commit pays at FULL. */
function fsyncProbe(dir: string, times = 200): { p50: number; p99: number } {
  const fd = openSync(join(dir, 'probe'), 'w');
  const block = Buffer.alloc(4096, 1);
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const began = performance.now();
    writeSync(fd, block, 0, block.length, (i % 64) * 4096);
    fdatasyncSync(fd);
    ms.push(performance.now() - began);
  }
  closeSync(fd);
  ms.sort((a, b) => a - b);
  return { p50: +percentile(ms, 50).toFixed(2), p99: +percentile(ms, 99).toFixed(2) };
}

/** A fresh migrated file with the catalog and 1,000,000 of every variant: no order meets "sold out". */
function freshShop(dir: string, name: string): { file: string; variantIds: number[] } {
  const file = join(dir, `${name}.db`);
  const db = openDatabase(file);
  seedCatalog(db, catalog, join(root, 'data/images'));
  db.$client.close();
  restockAll(file, 1_000_000);
  return { file, variantIds: variantsInStock(file, 1) };
}

/** What the file holds of a kind of write: a write counted but not stored would inflate the rate. */
const STORED: Record<WriteKind, string> = {
  orders: 'select count(*) from orders',
  chat: "select count(*) from chat_messages where role = 'assistant' and status = 'complete'",
};

function assertStored(file: string, kind: WriteKind, acknowledged: number): void {
  const stored = withDatabase(file, (db) => db.prepare(STORED[kind]).pluck().get() as number);
  if (stored !== acknowledged) throw new Error(`${kind}: ${acknowledged} writes acknowledged, ${stored} stored`);
}

async function measure(children: DbProcess<CeilingRequest>[], dir: string, config: Config) {
  const { kind, processes, writers, synchronous } = config;
  const shop = freshShop(dir, `${kind}-${processes}-${writers}-${synchronous}`);
  const used = children.slice(0, processes);
  await Promise.all(used.map((c) => c.ask({ op: 'open', file: shop.file, synchronous, variantIds: shop.variantIds })));
  const window = (ms: number) => {
    const startAt = Date.now() + 100;
    return Promise.all(used.map((c, i) => c.ask<CeilingRun>({ op: 'run', kind, writers, process: i, startAt, ms })));
  };
  const warmUp = await window(WARM_UP_MS);
  const runs = await window(WINDOW_MS);
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  assertStored(
    shop.file,
    kind,
    [...warmUp, ...runs].reduce((n, r) => n + r.latencies.length, 0),
  );
  const failures: Record<string, number> = {};
  for (const [code, n] of runs.flatMap((r) => Object.entries(r.failures))) failures[code] = (failures[code] ?? 0) + n;
  const busy = Object.entries(failures).reduce((n, [code, k]) => n + (code.includes('SQLITE_BUSY') ? k : 0), 0);
  return {
    ...config,
    writes: latencies.length,
    perSecond: Math.round(latencies.length / (WINDOW_MS / 1000)),
    p50: +percentile(latencies, 50).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    busy,
    failures,
    cpuMsPerWrite: +(runs.reduce((n, r) => n + r.cpuMs, 0) / Math.max(1, latencies.length)).toFixed(2),
  };
}

type Row = Awaited<ReturnType<typeof measure>>;

/** Of a write's time at FULL, the part that NORMAL (no fsync per commit) saves: 1 − rate FULL / rate NORMAL. */
function fsyncShare(rows: Row[], row: Row): string {
  if (row.synchronous !== 'FULL') return 'n/a';
  const normal = rows.find(
    (r) =>
      r.synchronous === 'NORMAL' && r.kind === row.kind && r.processes === row.processes && r.writers === row.writers,
  );
  return normal ? `${Math.round(100 * (1 - row.perSecond / normal.perSecond))}%` : '';
}

export async function run() {
  const loadBefore = loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'vx-ceiling-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const fsync = fsyncProbe(dir);
  const children = await Promise.all(PROCESSES.map(() => startDbProcess<CeilingRequest>(CHILD)));
  const configs: Config[] = (['orders', 'chat'] as const).flatMap((kind) =>
    (
      [
        ['FULL', 1],
        ['NORMAL', 1],
        ['FULL', CROWD],
        ['NORMAL', CROWD],
      ] as const
    ).flatMap(([synchronous, writers]) => PROCESSES.map((processes) => ({ kind, processes, writers, synchronous }))),
  );
  const rows: Row[] = [];
  try {
    for (const config of configs) rows.push(await measure(children, dir, config));
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    `write ceiling: one SQLite file, N processes writing through the app's services for ${WINDOW_MS} ms ` +
      `(one fdatasync of 4 KiB here: p50 ${fsync.p50} ms, p99 ${fsync.p99} ms)`,
    rows.map((r) => ({
      writes: r.kind === 'orders' ? 'orders' : 'chat (message + answer)',
      processes: r.processes,
      'shoppers/process': r.writers,
      synchronous: r.synchronous === 'FULL' ? 'FULL' : 'NORMAL (comparison)',
      'writes/s': r.perSecond,
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      SQLITE_BUSY: r.busy,
      'other failures': Object.keys(r.failures).length ? JSON.stringify(r.failures) : 0,
      'CPU ms/write': r.cpuMsPerWrite,
      'fsync share': fsyncShare(rows, r),
    })),
  );
  const load = reportLoad(loadBefore);
  return { windowMs: WINDOW_MS, crowd: CROWD, fsync, rows, load };
}
