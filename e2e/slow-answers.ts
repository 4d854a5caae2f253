import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from './fixtures.js';
import { type E2eServer, serverEnv, serverFor } from './servers.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** The built-in engine's delay between streamed pieces on this server: a 50-piece answer streams for 6 s. */
export const SLOW_PACE_MS = 120;

/**
 * `slowAnswers`: a second server for this worker (port 100 above its own, a database of its own)
 * whose assistant streams at SLOW_PACE_MS a piece, so a journey can press Stop while an answer
 * streams on any machine; the other journeys keep the default pace. Started the first time a
 * journey asks for it, stopped with the worker.
 */
export const test = base.extend<Record<never, never>, { slowAnswers: E2eServer }>({
  slowAnswers: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern; it needs none
    async ({}, use, workerInfo) => {
      const server = serverFor(workerInfo.parallelIndex + 100);
      const { SMTP_URL: _noMail, ...env } = serverEnv(server, { ASSISTANT_PACE_MS: String(SLOW_PACE_MS) });
      const child = spawn(process.execPath, ['e2e/serve.mjs'], {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await listening(child, server);
      await use(server);
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
    { scope: 'worker' },
  ],
});

/** Resolves when the server prints where it runs; rejects if it exits first. */
function listening(child: ChildProcess, server: E2eServer): Promise<void> {
  return new Promise((ready, fail) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('VisionX Live is running at')) ready();
    });
    child.once('exit', (code) =>
      fail(new Error(`the slow-answers server on ${server.url} exited with ${code}:\n${output}`)),
    );
  });
}

export { expect } from './fixtures.js';
