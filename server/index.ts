import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './log.js';
import { runOneProcess } from './serve/one-process.js';

/** A setting that cannot work ends the start with its one line and exit code 1; anything else keeps its stack. */
async function orExit(run: () => unknown): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

await orExit(async () => {
  const config = loadConfig(process.env);
  const log = createLogger(config.LOG_LEVEL);
  // WORKERS > 1: this file runs again in every worker the primary forks (docs/decisions/028-workers-cluster.md).
  // The cluster's modules (its adapter, sticky sessions) are loaded only where they run.
  if (config.WORKERS === 1) await runOneProcess(config, log);
  else if (cluster.isPrimary) await (await import('./serve/primary.js')).runPrimary(config, log);
  else await (await import('./serve/worker.js')).runWorker(config, log);
});
