/**
 * One process of the uvu pool (scripts/uvu-pool.ts). The pool sends it a test file at a time; it
 * runs that file's suites as uvu's own runner does (uvu 0.5's queue: one group per file, each
 * entry a suite runner answering [errors, ran, skipped, total]) and answers with the counts and
 * the file's whole output, so files of two processes never interleave their lines.
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

type SuiteRunner = () => Promise<[string, number, number, number]>;
interface Globals {
  UVU_DEFER?: number;
  UVU_INDEX?: number;
  UVU_QUEUE?: (string | SuiteRunner)[][];
}
const g = globalThis as Globals;
g.UVU_DEFER = 1; // suites queue themselves instead of running on import
await import('uvu');
const queue = g.UVU_QUEUE!;

export interface FileResult {
  file: string;
  total: number;
  passed: number;
  skipped: number;
  failed: boolean;
  ms: number;
  output: string;
}

async function runFile(file: string): Promise<FileResult> {
  const started = performance.now();
  let output = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  }) as typeof process.stdout.write;
  let total = 0;
  let passed = 0;
  let skipped = 0;
  let failed = false;
  try {
    g.UVU_INDEX = queue.length;
    const group: (string | SuiteRunner)[] = [];
    queue.push(group);
    await import(pathToFileURL(file).href);
    output += `${relative(process.cwd(), file)}\n`;
    for (const runSuite of group) {
      if (typeof runSuite !== 'function') continue;
      const [errors, ran, skip, max] = await runSuite();
      total += max;
      passed += ran;
      skipped += skip;
      if (errors.length) {
        output += `\n${errors}\n`;
        failed = true;
      } else if (ran < max) {
        // uvu's runner returns from its `finally`, so a `before` hook that throws ends the suite
        // with no error and none of its tests run: without this, a suite that never ran would pass.
        output += `\n${max - ran} of ${max} tests did not run: a before hook of the suite failed (uvu drops its error)\n`;
        failed = true;
      }
    }
  } catch (err) {
    output += `\n${file} could not run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`;
    failed = true;
  } finally {
    process.stdout.write = write;
  }
  return { file, total, passed, skipped, failed, ms: Math.round(performance.now() - started), output };
}

process.on('message', (file: string) => {
  void runFile(file).then((result) => process.send?.(result));
});
// No more files: end now, even if a test left a timer or a socket open (the pool has the counts).
process.on('disconnect', () => process.exit());
process.send?.({ ready: true });
