import { loadavg } from 'node:os';

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}

/** Print and return the machine's load average now against `before` (other work shares the machine). */
export function reportLoad(before: number[]): { before: number[]; after: number[] } {
  const after = loadavg();
  const show = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(`load average (1/5/15 min) before ${show(before)}, after ${show(after)}`);
  return { before, after };
}
