import { test as base } from './fixtures.js';
import { type E2eServer, serverFor } from './servers.js';
import { startExtraServer } from './spawn-server.js';

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
      const stop = await startExtraServer(server, { ASSISTANT_PACE_MS: String(SLOW_PACE_MS) });
      await use(server);
      await stop();
    },
    { scope: 'worker' },
  ],
});

export { expect } from './fixtures.js';
