import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resultsDir } from './lib/app-child.js';
import type { Spent } from './lib/cpu-timer.js';
import { measureEngine } from './lib/engine-child-run.js';
import { extractTree } from './lib/engine-baseline.js';
import { ENGINE_MESSAGE_COUNT } from './lib/engine-dialogues.js';
import type { MessageTiming } from './lib/engine-replay.js';
import { percentile, printTable, reportLoad } from './report.js';
import type { EngineChildResult } from './lib/engine-child-run.js';

/**
 * CPU per message of the built-in assistant engine (goal: ≤ 20 ms at p95), beside the regex
 * engine it replaced (BASELINE, extracted from git). Each engine runs in its own child process
 * on its own tree's test app with a signed-in shopper; the dialogues of lib/engine-dialogues.ts
 * go through its reply() once to warm up, then BENCH_ENGINE_ROUNDS times timed. CPU is the
 * child's process.cpuUsage() (user + system) around each reply; nothing else runs in it then.
 */
// BENCH_ENGINE_BASELINE names another commit to compare with (an engine change against its parent).
const BASELINE = process.env.BENCH_ENGINE_BASELINE ?? 'd0b8b51';
const GOAL_P95_CPU_MS = 20;
const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');

const ms = (x: number) => +x.toFixed(2);
const sortedBy = (timings: MessageTiming[], key: keyof Spent) => timings.map((t) => t[key]).sort((a, b) => a - b);

function engineRow(engine: string, r: EngineChildResult) {
  const [cpu, wall] = [sortedBy(r.timings, 'cpuMs'), sortedBy(r.timings, 'wallMs')];
  return {
    engine,
    messages: r.timings.length,
    'cpu p50 ms': ms(percentile(cpu, 50)),
    'cpu p95 ms': ms(percentile(cpu, 95)),
    'cpu max ms': ms(cpu.at(-1)!),
    'wall p50 ms': ms(percentile(wall, 50)),
    'wall p95 ms': ms(percentile(wall, 95)),
    'wall max ms': ms(wall.at(-1)!),
    'rss MiB': r.engineMemory.rssMiB,
    'heap MiB': r.engineMemory.heapMiB,
  };
}

/** The messages whose median CPU over the rounds is highest: where a profile should look first. */
function slowest(timings: MessageTiming[], n: number) {
  const byMessage = new Map<string, number[]>();
  for (const t of timings) byMessage.set(t.message, [...(byMessage.get(t.message) ?? []), t.cpuMs]);
  return [...byMessage]
    .map(([message, cpu]) => ({
      message,
      'cpu median ms': ms(
        percentile(
          cpu.sort((a, b) => a - b),
          50,
        ),
      ),
    }))
    .sort((a, b) => b['cpu median ms'] - a['cpu median ms'])
    .slice(0, n);
}

function trainingRows(r: EngineChildResult) {
  const row = (what: string, s: Spent) => ({ what, 'cpu ms': Math.round(s.cpuMs), 'wall ms': Math.round(s.wallMs) });
  if (!r.training || !r.startup) return [];
  return [
    row('cold: no cache, both classifiers trained', r.training.cold),
    row(
      `warm: ${r.training.warmHitCache ? 'NLP.js model from the cache' : 'cache MISSED'}, naive Bayes trained`,
      r.training.warm,
    ),
    row('at start-up, as the app gets it (shared classifier)', r.startup),
  ];
}

export async function run() {
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg();
  const baseline = extractTree(repoRoot, BASELINE);
  let current: EngineChildResult;
  let before: EngineChildResult;
  try {
    current = await measureEngine(repoRoot, join(resultsDir, 'assistant-engine-current.log'));
    before = await measureEngine(baseline.dir, join(resultsDir, 'assistant-engine-baseline.log'));
  } finally {
    baseline.remove();
  }
  const engines = [
    engineRow('built-in (this tree)', current),
    engineRow(`${process.env.BENCH_ENGINE_BASELINE ? 'built-in' : 'regex'} ${BASELINE}`, before),
  ];
  printTable(
    `assistant engine: CPU per message, ${ENGINE_MESSAGE_COUNT} messages × ${current.timings.length / ENGINE_MESSAGE_COUNT} rounds after a warm-up (goal p95 ≤ ${GOAL_P95_CPU_MS} ms)`,
    engines,
  );
  const training = trainingRows(current);
  printTable('intent classifier training (built-in engine)', training);
  const slow = slowest(current.timings, 8);
  printTable('slowest messages (built-in engine)', slow);
  console.log(
    `bare process before the app: rss ${current.bareMemory.rssMiB} MiB (built-in), ${before.bareMemory.rssMiB} MiB (regex)`,
  );
  const load = reportLoad(loadBefore);
  return {
    baseline: BASELINE,
    goalP95CpuMs: GOAL_P95_CPU_MS,
    engines,
    training,
    slowest: slow,
    bareMemory: { current: current.bareMemory, baseline: before.bareMemory },
    load,
  };
}
