import type { FanoutGroup } from './fanout-groups.js';
import type { ServerChild } from './server-child.js';

export interface FanoutWindow {
  warmupMs: number;
  measureMs: number;
  /** Each group changes its cart once per period; the groups' changes are spread evenly over it. */
  periodMs: number;
}

export interface FanoutResult {
  /** Change sent in tab 0 → `cart:updated` in tab 1 or 2, ms, sorted; changes sent in the window only. */
  latenciesMs: number[];
  changes: number;
  /** `cart:updated` messages received by any tab during the window. */
  delivered: number;
  /** Server CPU over the window (every process of the server: WORKERS > 1 has several), µs. */
  cpuMicros: number;
  /** This process's CPU over the window, µs: the clients', which share the machine's cores with the server. */
  clientCpuMicros: number;
  /** How long the window was, ms. */
  measuredMs: number;
  /** Arrivals still missing 5 s after the window closed. */
  missing: number;
  errors: number;
}

const DRAIN_MS = 5000;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Drive the groups: group g's tab 0 toggles its line between 1 and 2 every period, at offset
 * g·period/groups. Warm up (untimed), then measure for the window, then wait for the last
 * arrivals. Times are taken with hrtime in this process, which holds every client.
 */
export async function driveFanout(
  groups: FanoutGroup[],
  server: ServerChild,
  window: FanoutWindow,
): Promise<FanoutResult> {
  const sentAt = groups.map(() => new Map<number, bigint>());
  const latenciesMs: number[] = [];
  let [measuring, changes, delivered, outstanding] = [false, 0, 0, 0];
  let drained = () => {};
  groups.forEach((group, g) => {
    group.onUpdate = (tab, version) => {
      if (measuring) delivered += 1;
      const sent = sentAt[g]!.get(version);
      if (tab === 0 || sent === undefined) return;
      latenciesMs.push(Number(process.hrtime.bigint() - sent) / 1e6);
      if (--outstanding === 0 && !measuring) drained();
    };
  });

  const step = window.periodMs / groups.length;
  const started = performance.now();
  let next = 0;
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    while (next * step <= performance.now() - started) {
      const g = next++ % groups.length;
      const group = groups[g]!;
      group.version += 1;
      group.quantity = group.quantity === 1 ? 2 : 1;
      if (measuring) {
        sentAt[g]!.set(group.version, process.hrtime.bigint());
        changes += 1;
        outstanding += 2;
      }
      group.change(group.quantity);
    }
    timer = setTimeout(fire, next * step - (performance.now() - started));
  };
  fire();

  await pause(window.warmupMs);
  const cpuBefore = server.treeCpuMicros();
  const clientCpu = process.cpuUsage();
  const windowStart = performance.now();
  measuring = true;
  await pause(window.measureMs);
  clearTimeout(timer);
  measuring = false;
  const measuredMs = performance.now() - windowStart;
  const cpuMicros = server.treeCpuMicros() - cpuBefore;
  const { user, system } = process.cpuUsage(clientCpu);
  if (outstanding > 0) await Promise.race([new Promise<void>((r) => (drained = r)), pause(DRAIN_MS)]);
  return {
    latenciesMs: latenciesMs.sort((a, b) => a - b),
    changes,
    delivered,
    cpuMicros,
    clientCpuMicros: user + system,
    measuredMs,
    missing: outstanding,
    errors: groups.reduce((n, g) => n + g.errors, 0),
  };
}
