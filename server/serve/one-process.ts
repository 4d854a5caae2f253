import type { Config } from '../config.js';
import { formatDemoCredentials } from '../features/staff/demo-accounts.js';
import type { Logger } from '../log.js';
import { start } from '../start.js';
import { buildShopApp, openShopSharedState, prepareShop } from './shop.js';

/** WORKERS=1: one process does the start-up work, serves the port and runs every job. */
export async function runOneProcess(config: Config, log: Logger): Promise<void> {
  const { db, demoAccounts, sessionSecret } = await prepareShop(config, log);
  const shared = await openShopSharedState(config, log);
  const app = buildShopApp(config, db, log, sessionSecret, { shared });
  // Before listening: answers a killed process left streaming are marked interrupted, then the timers start.
  start(app);
  const { httpServer, close } = app;
  httpServer.listen(config.PORT, config.HOST, () => {
    const address = httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info({ port }, 'listening');
    console.log(`VisionX Live is running at http://localhost:${port}`);
    // stdout only, never the logger: the passwords must not end up in collected logs.
    if (demoAccounts) console.log(formatDemoCredentials(demoAccounts, `http://localhost:${port}`));
  });
  onStopSignal(log, async () => {
    await close();
    await shared?.close();
    db.$client.close();
  });
}

/** SIGINT or SIGTERM: `stop`, then exit 0 (whatever `stop` threw: the process ends either way). */
export function onStopSignal(log: Logger, stop: () => Promise<unknown>): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    // Ctrl-C signals every process of the group: a worker may get SIGINT and then its primary's SIGTERM.
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    void stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
