import { readdirSync, readFileSync } from 'node:fs';

/**
 * A server and the processes it started (WORKERS > 1: the primary and its cluster workers), read
 * from /proc (Linux only), so the figures cover every process that serves, not only the one the
 * bench forked. CPU is utime + stime in clock ticks (100 per second: 10 ms resolution, fine over
 * windows of seconds); RSS is each process's VmRSS, summed (shared pages count once per process,
 * as `ps` counts them: an upper bound of what the tree costs).
 */
const TICK_MICROS = 10_000;

/** /proc/<pid>/stat: the fields after the parenthesised name (which may hold spaces). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // gone since it was listed
  }
}

const isEsbuild = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('esbuild');
  } catch {
    return true;
  }
};

/** `root` and every descendant alive now, except the tsx loader's esbuild service (not the shop's). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = Number(statFields(pid)?.[1]); // field 4, ppid
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(pid);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree.filter((pid) => !isEsbuild(pid));
}

/** CPU (user + system) used so far by the tree's live processes, µs. A process that exited takes its share with it. */
export function treeCpuMicros(root: number): number {
  return processTree(root).reduce((sum, pid) => {
    const f = statFields(pid);
    return f ? sum + (Number(f[11]) + Number(f[12])) * TICK_MICROS : sum; // fields 14, 15
  }, 0);
}

/** The tree's resident set: the sum of each process's VmRSS, bytes; and how many processes. */
export function treeRss(root: number): { bytes: number; processes: number } {
  const pids = processTree(root);
  let bytes = 0;
  for (const pid of pids) {
    try {
      const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      bytes += Number(kib ?? 0) * 1024;
    } catch {
      // gone since it was listed
    }
  }
  return { bytes, processes: pids.length };
}
