/** CPU (user + system, every thread of this process: GC helpers included) and wall time of one awaited piece of work, in ms. */
export interface Spent {
  cpuMs: number;
  wallMs: number;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; spent: Spent }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await work();
  const wallMs = performance.now() - wall;
  const { user, system } = process.cpuUsage(cpu);
  return { value, spent: { cpuMs: (user + system) / 1000, wallMs } };
}

/** Resident set and V8 heap after a full collection (the process runs with --expose-gc), in MiB. */
export function liveMemoryMiB(): { rssMiB: number; heapMiB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMiB: +(rss / 2 ** 20).toFixed(1), heapMiB: +(heapUsed / 2 ** 20).toFixed(1) };
}
