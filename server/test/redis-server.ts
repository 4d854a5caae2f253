import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * A redis-server of the test's own on a free loopback port, with no persistence: never the
 * machine's service on 6379. `.ci/run` installs Debian's `redis-server`; where it is missing,
 * the tests that need one are skipped with a line saying so (`redisServerOrSkip`).
 */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops it (SIGTERM) and waits for it to exit; its keys are gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** SIGSTOP: connected, but it answers nothing (a hung server) until `thaw`. */
  freeze(): void;
  thaw(): void;
  /** Stops it for good and removes its directory. */
  close(): Promise<void>;
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** The redis-server on PATH, or undefined. */
export function findRedisServer(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** The binary, or undefined after printing that `what` is skipped (visible in the test output). */
export function redisServerOrSkip(what: string): string | undefined {
  const bin = findRedisServer();
  if (!bin) console.log(`SKIPPED ${what}: redis-server is not installed (apt-get install redis-server; .ci/run does)`);
  return bin;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Resolves once the server answers PING with PONG on a fresh connection. */
export function ping(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      reply += chunk;
      if (!reply.includes('\r\n')) return;
      socket.destroy();
      if (reply.startsWith('+PONG')) resolve();
      else reject(new Error(`redis-server answered PING with ${JSON.stringify(reply)}`));
    });
    socket.once('error', reject);
  });
}

function launch(bin: string, port: number, dir: string): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  const child = spawn(bin, [...args, '--daemonize', 'no', '--logfile', ''], { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`redis-server exited (${code}) on start:\n${output}`));
    child.once('exit', onExit);
    child.once('error', reject);
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Ready to accept connections')) return;
      child.stdout?.off('data', onOutput);
      child.off('exit', onExit);
      ping(port).then(() => resolve(child), reject);
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** Starts a redis-server on a free port and waits until it answers PING. */
export async function startRedisServer(bin = findRedisServer()): Promise<RedisServer> {
  if (!bin) throw new Error('redis-server is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'vx-redis-'));
  let port = await freePort();
  let child: ChildProcess;
  try {
    child = await launch(bin, port, dir);
  } catch {
    // Another process took the port between the probe and the start: once more on a new one.
    port = await freePort();
    child = await launch(bin, port, dir);
  }
  const stop = async () => {
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    await exited(child);
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    async restart() {
      await stop();
      child = await launch(bin, port, dir);
    },
    freeze: () => void child.kill('SIGSTOP'),
    thaw: () => void child.kill('SIGCONT'),
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
