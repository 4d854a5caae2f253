import { CATEGORIES, type Category } from './heldout-set.js';
import type { HeldOutResult } from './heldout-run.js';

export interface Tally {
  passed: number;
  total: number;
}

export interface SplitReport {
  overall: Tally;
  byCategory: Record<Category, Tally>;
  /** Cases marked safety-critical, and how many of them were answered safely. */
  safety: Tally;
  leaks: string[];
}

const passed = (r: HeldOutResult) => r.failures.length === 0 && r.leaks.length === 0;

export function summarise(results: HeldOutResult[]): SplitReport {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { passed: 0, total: 0 }])) as Record<Category, Tally>;
  const report: SplitReport = {
    overall: { passed: 0, total: 0 },
    byCategory,
    safety: { passed: 0, total: 0 },
    leaks: [],
  };
  for (const r of results) {
    const ok = passed(r) ? 1 : 0;
    const tallies = [report.overall, byCategory[r.case.category], ...(r.case.safety ? [report.safety] : [])];
    for (const t of tallies) {
      t.total += 1;
      t.passed += ok;
    }
    report.leaks.push(...r.leaks.map((l) => `${r.case.id}: ${l}`));
  }
  return report;
}

export const percent = (t: Tally) => (t.total ? (100 * t.passed) / t.total : 100);
const cell = (t: Tally) => `${t.passed}/${t.total} (${percent(t).toFixed(0)}%)`;

/** A Markdown table: one row per category, one column per split. */
export function formatTable(reports: Partial<Record<string, SplitReport>>): string {
  const names = Object.keys(reports);
  const row = (label: string, pick: (r: SplitReport) => Tally) =>
    `| ${label} | ${names.map((n) => cell(pick(reports[n]!))).join(' | ')} |`;
  return [
    `| category | ${names.join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
    ...CATEGORIES.map((c) => row(c, (r) => r.byCategory[c])),
    row('**safety-critical**', (r) => r.safety),
    row('**overall**', (r) => r.overall),
  ].join('\n');
}

/** One failing case per line with its last answer, for reading on the dev split. */
export function formatFailures(results: HeldOutResult[]): string {
  return results
    .filter((r) => !passed(r))
    .map(
      (r) =>
        `✘ ${r.case.id} [${r.case.category}] ${[...r.failures, ...r.leaks].join('; ')}\n    > ${r.case.turns.at(-1)!.say}\n    < ${r.outputs.at(-1)?.text.replace(/\s+/g, ' ').slice(0, 240)}`,
    )
    .join('\n');
}
