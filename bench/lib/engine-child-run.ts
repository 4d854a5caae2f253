import { fork } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Spent } from './cpu-timer.js';
import type { MessageTiming } from './engine-replay.js';
import type { TrainingTimes } from './engine-training.js';

/** What a bench child (bench/servers/assistant-engine-child.ts) reports to the parent over IPC. */
export interface EngineChildResult {
  timings: MessageTiming[];
  /** Before the app: Node, tsx and this script only. */
  bareMemory: { rssMiB: number; heapMiB: number };
  /** The app built, the world set up, the engine trained and warmed up. */
  engineMemory: { rssMiB: number; heapMiB: number };
  /** The shared classifier as the app's start-up gets it (from the cache when there is one). */
  startup?: Spent;
  training?: TrainingTimes;
}

const CHILD = join(resolve(fileURLToPath(import.meta.url), '../..'), 'servers/assistant-engine-child.ts');

/**
 * Run bench/servers/assistant-engine-child.ts against the tree at `root` (tsx loader,
 * --expose-gc for the memory readings), its output to `logFile`, and wait for its figures.
 * BENCH_PROFILE=1: a V8 CPU profile of the child, written beside the log.
 */
export async function measureEngine(root: string, logFile: string): Promise<EngineChildResult> {
  const log = openSync(logFile, 'w');
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${dirname(logFile)}`] : [];
  const child = fork(CHILD, [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...profile],
    env: { ...process.env, ENGINE_ROOT: root },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log); // the child holds its own copy
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  try {
    return await new Promise<EngineChildResult>((resolve, reject) => {
      child.once('message', (result: EngineChildResult) => resolve(result));
      child.once('exit', (code) =>
        reject(new Error(`the engine bench child for ${root} exited (${code}) without figures; see ${logFile}`)),
      );
    });
  } finally {
    // Wait for its exit: the CPU profile is written then, and the next child must not share the machine with it.
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    process.off('exit', killOnExit);
  }
}
