import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerChild, type ServerChild } from './server-child.js';

const benchDir = resolve(fileURLToPath(import.meta.url), '../..');
export const resultsDir = join(benchDir, 'results');

/** `BENCH_WORKERS=1,2` (the default): the process counts (the app's WORKERS) the app benches measure. */
export const workerCounts = (): number[] => (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);

/**
 * A bench server child over a fresh SQLite file in a temp dir, configured as production runs
 * (info logs, Secure cookies); the demo's fulfilment simulator off, so nothing but the
 * measured traffic writes; `extraEnv` adds to that (e.g. the assistant engine). `stop` also removes the temp dir.
 */
export async function startBenchServer(
  script: string,
  port: number,
  logName: string,
  extraEnv: Record<string, string> = {},
): Promise<ServerChild & { dbFile: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'vx-bench-'));
  const dbFile = join(dir, 'app.db');
  const env = {
    NODE_ENV: 'production',
    DATABASE_FILE: dbFile,
    DATA_DIR: dir,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'info',
    FULFILMENT_STEP_MS: '0',
    ...extraEnv,
  };
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir); // also when the bench is interrupted (run.ts exits on SIGINT)
  let server: ServerChild;
  try {
    server = await startServerChild(join(benchDir, script), port, env, join(resultsDir, `${logName}.log`));
  } catch (err) {
    removeDir();
    throw err;
  }
  return {
    ...server,
    dbFile,
    async stop() {
      await server.stop();
      removeDir();
      process.off('exit', removeDir);
    },
  };
}
