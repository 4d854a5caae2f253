import { fork } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'uvu/parse';
import type { FileResult } from './uvu-worker.js';

/**
 * Runs uvu test files in `processes` worker processes (scripts/uvu-worker.ts) that each take the
 * next file when they finish one, so a 2-core machine runs both cores and the slow files do not
 * pile up in one share. Longest first: by the durations of the last run on this machine
 * (`timingsFile`, written after every run) or, for files it has not seen, an estimate from size.
 * Each file's output is printed whole when it ends. A file's tests keep their order and their
 * shared set-up, as in uvu's own runner.
 */
export interface PoolTally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Files that build the real app, open sockets or start a server cost far more per line. */
const STARTS_SOMETHING = /\.(socket|http|crash|start|cli|process)\.test\.ts$/;

export async function runUvuPool(
  root: string,
  pattern: string,
  processes: number,
  timingsFile: string,
): Promise<PoolTally> {
  const { suites } = await parse(root, new RegExp(pattern), { cwd: root });
  const read = (file: string): Record<string, number> =>
    existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  // This machine's last run first; a fresh clone starts from the durations kept in the repository.
  const known = { ...read(join(root, 'scripts/uvu-timings.json')), ...read(timingsFile) };
  const name = (file: string) => relative(root, file);
  const cost = (file: string) =>
    known[name(file)] ?? (statSync(file).size / 20) * (STARTS_SOMETHING.test(file) ? 6 : 1);
  const files = suites.map((s) => s.file).sort((a, b) => cost(b) - cost(a) || a.localeCompare(b));

  const tally: PoolTally = { passed: 0, failed: 0, skipped: 0 };
  const timings: Record<string, number> = {};
  const worker = join(root, 'scripts/uvu-worker.ts');
  let next = 0;
  await Promise.all(
    Array.from(
      { length: Math.max(1, Math.min(processes, files.length)) },
      () =>
        new Promise<void>((done) => {
          const child = fork(worker, [], {
            cwd: root,
            execArgv: ['--import', 'tsx'],
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          });
          let current: string | null = null;
          const give = () => {
            current = files[next++] ?? null;
            if (current === null) child.disconnect();
            else child.send(current);
          };
          child.on('message', (msg: FileResult | { ready: true }) => {
            if ('ready' in msg) return give();
            process.stdout.write(msg.output.endsWith('\n') ? msg.output : `${msg.output}\n`);
            timings[name(msg.file)] = msg.ms;
            tally.passed += msg.passed;
            tally.skipped += msg.skipped;
            tally.failed += msg.failed ? Math.max(1, msg.total - msg.passed - msg.skipped) : 0;
            give();
          });
          child.on('exit', (code) => {
            if (current !== null) {
              // The process died inside a file (a crash, process.exit): that file failed.
              console.log(`\n${current} ended its process (exit code ${code}) before reporting`);
              tally.failed += 1;
              current = null;
            }
            done();
          });
        }),
    ),
  );
  writeFileSync(timingsFile, `${JSON.stringify({ ...known, ...timings }, null, 1)}\n`);
  return tally;
}
