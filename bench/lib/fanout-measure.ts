import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { startBenchServer } from './app-child.js';
import type { FanoutResult } from './fanout-driver.js';
import { TABS, type FanoutGroup } from './fanout-groups.js';
import type { Prep, Target } from './fanout-targets.js';
import type { ServerChild } from './server-child.js';
import { percentile } from '../report.js';

const WARM_GROUPS = 20;
const KiB = 1024;

/** A fan-out target running with its groups connected and set up, and its memory before and after connecting. */
export interface OpenTarget {
  target: Target;
  server: ServerChild;
  groups: FanoutGroup[];
  sockets: number;
  /** Connected, before the first change: per-socket state only (the app's carts come next). */
  memory: {
    /** The forked process after a collection, bytes: with WORKERS > 1 the primary only. */
    childRss: number;
    childHeap: number;
    /** Every process of the server (/proc VmRSS summed, no collection), bytes. */
    treeRss: number;
    treeRssBefore: number;
    processes: number;
  };
  close(): Promise<void>;
}

export async function openTarget(target: Target, port: number, identities: number): Promise<OpenTarget> {
  // Every bench tab shares one address: lift the per-address socket cap (the other servers ignore it).
  const server = await startBenchServer(target.script, port, `fanout-${basename(target.script, '.ts')}-${port}`, {
    SOCKETS_PER_IP: '1000000',
    ...target.env,
  });
  let groups: FanoutGroup[] = [];
  const close = async () => {
    for (const group of groups) group.close();
    await server.stop();
  };
  try {
    const prep: Prep = (await target.prepare?.(server, server.dbFile, identities)) ?? { variantId: 1 };
    // Warm the connection path first, so one-off costs (compiled code, lazily loaded modules)
    // are not counted per connection; then give the server a moment to finish the closes.
    for (const group of await target.connect(server.url, prep, WARM_GROUPS)) group.close();
    await new Promise((r) => setTimeout(r, 1000));
    const before = await server.memory();
    const treeBefore = server.treeRss();
    groups = await target.connect(server.url, prep, identities);
    const connected = await server.memory();
    const tree = server.treeRss();
    await target.setup?.(groups, prep);
    return {
      target,
      server,
      groups,
      sockets: groups.length * TABS,
      memory: {
        childRss: connected.rss - before.rss,
        childHeap: connected.heapUsed - before.heapUsed,
        treeRss: tree.bytes,
        treeRssBefore: treeBefore.bytes,
        processes: tree.processes,
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** One table row: latency of the pushes to the other tabs, CPU on both sides, memory per connection. */
export function fanoutRow(open: OpenTarget, run: FanoutResult) {
  const { memory: m, sockets } = open;
  const [p50, p99] = [percentile(run.latenciesMs, 50), percentile(run.latenciesMs, 99)];
  const perCore = (micros: number) => +((micros / 1000 / run.measuredMs) * 100).toFixed(0);
  return {
    server: open.target.server,
    processes: m.processes,
    sockets,
    changes: run.changes,
    'msgs/s': Math.round(run.delivered / (run.measuredMs / 1000)),
    arrivals: run.latenciesMs.length,
    'p50 ms': +p50.toFixed(2),
    'p99 ms': +p99.toFixed(2),
    'max ms': +(run.latenciesMs.at(-1) ?? NaN).toFixed(1),
    'CPU µs/msg': +(run.cpuMicros / run.delivered).toFixed(1),
    'server CPU %': perCore(run.cpuMicros),
    'client CPU %': perCore(run.clientCpuMicros),
    'RSS KiB/conn': +((m.treeRss - m.treeRssBefore) / sockets / KiB).toFixed(1),
    'RSS total MiB': +(m.treeRss / KiB / KiB).toFixed(1),
    'RSS total KiB/conn': +(m.treeRss / sockets / KiB).toFixed(1),
    // The V8 heap is read in the forked process: with WORKERS > 1 that is the primary, which holds no socket.
    'heap KiB/conn': m.processes === 1 ? +(m.childHeap / sockets / KiB).toFixed(1) : 'n/a',
    missing: run.missing,
    errors: run.errors,
  };
}

/** This process holds every client socket, and the server (its workers together) one per client. */
export function checkOpenFileLimit(sockets: number): void {
  const limit = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  const needed = sockets + 200;
  if (limit !== 'unlimited' && Number(limit) < needed) {
    throw new Error(
      `the open-file limit is ${limit}; this bench needs ${needed}: run \`ulimit -n ${Math.max(4096, 2 * needed)}\` first`,
    );
  }
}
