import { fork } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { dirname } from 'node:path';
import type { ChildAnswer, ChildQuestion } from './child-report.js';
import { treeCpuMicros, treeRss } from './proc-tree.js';

export interface ServerChild {
  url: string;
  pid: number;
  /** Server CPU (user + system) so far, in microseconds. */
  cpuMicros(): Promise<number>;
  /** Resident set and V8 heap after a full collection, in bytes (this process only, not its workers). */
  memory(): Promise<{ rss: number; heapUsed: number }>;
  /** CPU of the server and every process it started (WORKERS > 1: the cluster's workers), µs, from /proc. */
  treeCpuMicros(): number;
  /** The summed VmRSS of the server and every process it started, bytes (no collection first). */
  treeRss(): { bytes: number; processes: number };
  /** SIGTERM (the server's own graceful shutdown), SIGKILL if it is not gone within 5 s. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
/** A busy machine (load 15 on 2 cores) took 50 s to start WORKERS=2: each process compiles the app through tsx. */
const START_TIMEOUT_MS = Number(process.env.BENCH_START_TIMEOUT_SECONDS ?? 180) * 1000;

/**
 * Run a bench server in its own Node process on `port` (tsx loader, --expose-gc), its output
 * to `logFile`, and wait until it accepts connections. It is killed if this process exits.
 */
export async function startServerChild(
  script: string,
  port: number,
  env: Record<string, string>,
  logFile: string,
): Promise<ServerChild> {
  await assertPortFree(port); // else the readiness check below could find a leftover server
  const log = openSync(logFile, 'w');
  // BENCH_PROFILE=1: a V8 CPU profile of each server, written beside its log when it exits.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${dirname(logFile)}`] : [];
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...profile],
    env: { ...process.env, ...env, PORT: String(port), HOST },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log); // the child holds its own copy
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const ask = <T extends ChildAnswer['type']>(type: T) =>
    new Promise<Extract<ChildAnswer, { type: T }>>((resolve) => {
      const listener = (answer: ChildAnswer) => {
        if (answer.type !== type) return;
        child.off('message', listener);
        resolve(answer as Extract<ChildAnswer, { type: T }>);
      };
      child.on('message', listener);
      child.send({ type } satisfies ChildQuestion);
    });

  const ready = await Promise.race([waitForPort(port, START_TIMEOUT_MS), exited.then(() => false)]);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`${script} did not start; see ${logFile}`);
  }
  return {
    url: `http://${HOST}:${port}`,
    pid: child.pid!,
    cpuMicros: async () => (await ask('cpu')).micros,
    memory: async () => {
      const { rss, heapUsed } = await ask('memory');
      return { rss, heapUsed };
    },
    treeCpuMicros: () => treeCpuMicros(child.pid!),
    treeRss: () => treeRss(child.pid!),
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      process.off('exit', killOnExit);
    },
  };
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} is in use (a bench server left running?)`)));
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, HOST, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 100)); // polling a port that has nothing to await on
  }
  return false;
}
