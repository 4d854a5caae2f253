import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const START_LIMIT_MS = 180_000;
const live = new Set<ChildProcess>();
// A failed assertion must not leave a server holding the port and the database.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * server/index.ts as one ES module file, built once per run. Through tsx every start spends
 * seconds resolving and transforming ~90 modules; a plain .mjs starts in a fraction of that,
 * which matters when a test starts the server 30+ times. tsx's CLI would also be the wrong
 * thing to SIGKILL: it runs the server in a child process that survives its parent.
 * `import.meta.url` is pinned to each source file, so paths (data/, drizzle/, the hash
 * worker) resolve exactly as they do in the real server; packages stay external.
 */
export async function bundleServer(outfile: string): Promise<string> {
  await build({
    entryPoints: [join(root, 'server/index.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        name: 'pin-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
            loader: 'ts',
            contents: (await readFile(path, 'utf8')).replaceAll(
              'import.meta.url',
              JSON.stringify(pathToFileURL(path).href),
            ),
          }));
        },
      },
    ],
  });
  return outfile;
}

export interface ServerProcess {
  /** http://127.0.0.1:<port>, read from the server's own "running at" line. */
  url: string;
  /** Everything the server wrote to stdout and stderr. */
  output(): string;
  /**
   * Resolves with the output once `pattern` matches it, or `pattern` says yes to it (a line other
   * processes write may come after the listen line).
   */
  outputMatching(pattern: RegExp | ((output: string) => boolean)): Promise<string>;
  /** SIGKILL (no shutdown handlers run) and wait until the process is gone; throws if it had died by itself. */
  kill(): Promise<void>;
  /** Clean-up after a test, passed or failed: kill it if it still runs, and wait until it is gone. Never throws. */
  stop(): Promise<void>;
}

/** Run the bundled server when it is expected not to start: its exit code and what it wrote to each stream. */
export function runServerToExit(
  bundle: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bundle], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Not a synchronisation sleep: only a bound on a server that starts after all.
  const hung = setTimeout(() => child.kill('SIGKILL'), START_LIMIT_MS);
  return new Promise((done) =>
    child.once('close', (code) => {
      clearTimeout(hung);
      live.delete(child);
      done({ code, stdout, stderr });
    }),
  );
}

/** Start the bundled server and resolve once it listens; rejects with its output if it dies first. */
export function startServer(bundle: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bundle], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => live.delete(child));
  let output = '';
  const waiting = new Set<() => void>();
  const more = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiting) check();
  };
  child.stderr!.on('data', more);
  let killed = false;
  const server = (url: string): ServerProcess => ({
    url,
    output: () => output,
    outputMatching(pattern) {
      return new Promise((found, fail) => {
        const matches = typeof pattern === 'function' ? pattern : (text: string) => pattern.test(text);
        const check = () => {
          if (!matches(output)) return;
          waiting.delete(check);
          found(output);
        };
        waiting.add(check);
        check();
        void exited.then(() => {
          waiting.delete(check);
          fail(new Error(`the server exited before writing ${pattern}:\n${output}`));
        });
      });
    },
    async kill() {
      if (killed) return exited;
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`the server exited by itself (${child.exitCode ?? child.signalCode}):\n${output}`);
      }
      killed = true;
      child.kill('SIGKILL');
      await exited;
    },
    stop() {
      killed = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
  });
  return new Promise((ready, fail) => {
    // Not a synchronisation sleep: only a bound on a start that hangs.
    const hung = setTimeout(() => child.kill('SIGKILL'), START_LIMIT_MS);
    const onData = (chunk: Buffer) => {
      more(chunk);
      const port = /running at http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(hung);
      child.stdout!.off('data', onData);
      child.stdout!.on('data', more);
      ready(server(`http://127.0.0.1:${port}`));
    };
    child.stdout!.on('data', onData);
    void exited.then(() => {
      clearTimeout(hung);
      fail(new Error(`the server exited before listening:\n${output}`));
    });
  });
}
