// Starts the server for the journeys on a fresh database and data dir under .test-tmp/.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dir = join(root, '.test-tmp', `e2e-server-${process.env.PORT ?? 'default'}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'server/index.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_FILE: join(dir, 'app.db'), DATA_DIR: dir },
});
const stop = () => child.kill('SIGTERM');
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
child.once('exit', (code) => process.exit(code ?? 0));
