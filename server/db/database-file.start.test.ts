import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { bundleServer, runServerToExit, startServer } from '../test/crash/server-process.js';

/** The real server process, started on a DATABASE_FILE it cannot use: one line naming it, exit code 1. */
const test = suite<{ dir: string; bundle: string }>('DATABASE_FILE at start');

// Inside the repository: the bundle finds its packages in node_modules from there.
const root = resolve(fileURLToPath(import.meta.url), '../../..');

test.before(async (ctx) => {
  ctx.dir = join(root, '.test-tmp', `dbfile-${process.pid}`);
  mkdirSync(ctx.dir, { recursive: true });
  ctx.bundle = await bundleServer(join(ctx.dir, 'server.mjs'));
});
test.after(({ dir }) => rmSync(dir, { recursive: true, force: true }));

const envFor = (dir: string, file: string) => ({
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_FILE: file,
  DATA_DIR: dir,
  BCRYPT_COST: '4',
  LOG_LEVEL: 'info',
  SESSION_SECRET: 'a-test-secret-that-is-at-least-32-characters',
  FULFILMENT_STEP_MS: '0',
});

async function expectRefusal(ctx: { dir: string; bundle: string }, file: string, cause: RegExp) {
  const { code, stdout, stderr } = await runServerToExit(ctx.bundle, envFor(ctx.dir, file));
  assert.is(code, 1, `exit code; stderr:\n${stderr}`);
  const lines = stderr.trimEnd().split('\n');
  assert.is(lines.length, 1, `one line on stderr, got:\n${stderr}`);
  assert.match(lines[0]!, `Cannot use DATABASE_FILE "${file}": `);
  assert.match(lines[0]!, cause);
  assert.not.match(stderr, /\n\s+at /, 'no stack trace');
  assert.is(stdout, '', 'nothing else is printed');
}

test('a directory', async (ctx) => {
  const file = join(ctx.dir, 'a-folder.db');
  mkdirSync(file);
  await expectRefusal(ctx, file, /it is a directory, not a database file\.$/);
});

test('a corrupt file (random bytes)', async (ctx) => {
  const file = join(ctx.dir, 'random.db');
  writeFileSync(file, randomBytes(16 * 1024));
  await expectRefusal(ctx, file, /it is not a SQLite database/);
});

test('a file another connection holds with an exclusive lock (after the 5 s busy timeout)', async (ctx) => {
  const file = join(ctx.dir, 'locked.db');
  const holder = new Database(file);
  try {
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('CREATE TABLE held (x)');
    holder.exec('BEGIN EXCLUSIVE');
    await expectRefusal(ctx, file, /it is locked by another process/);
  } finally {
    holder.close();
  }
});

test('the same environment with a usable file starts (so the refusals above are about the file)', async (ctx) => {
  const server = await startServer(ctx.bundle, envFor(ctx.dir, join(ctx.dir, 'good.db')));
  try {
    assert.is((await fetch(`${server.url}/readyz`)).status, 200);
  } finally {
    await server.kill();
  }
});

test.run();
