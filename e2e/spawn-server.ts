import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type E2eServer, serverEnv } from './servers.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * Starts one more server for a worker (e2e/serve.mjs: its own port and database), with the
 * journeys' environment plus `extra` and no mail; resolves once it listens, with a function that
 * stops it. For the worker-scoped servers of e2e/slow-answers.ts and e2e/voiceflow-runtime.ts.
 */
export async function startExtraServer(server: E2eServer, extra: Record<string, string>): Promise<() => Promise<void>> {
  const { SMTP_URL: _noMail, ...env } = serverEnv(server, extra);
  const child = spawn(process.execPath, ['e2e/serve.mjs'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await listening(child, server);
  return async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  };
}

/** Resolves when the server prints where it runs; rejects if it exits first. */
function listening(child: ChildProcess, server: E2eServer): Promise<void> {
  return new Promise((ready, fail) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('VisionX Live is running at')) ready();
    });
    child.once('exit', (code) => fail(new Error(`the server on ${server.url} exited with ${code}:\n${output}`)));
  });
}
