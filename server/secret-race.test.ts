import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECRET_FILE_NAME } from './secret.js';

const SCRIPT = fileURLToPath(new URL('./test/secret-process.ts', import.meta.url));
const DIRS = 300;

function startResolver(): Promise<ChildProcess> {
  const child = fork(SCRIPT, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`resolver exited (${code}) before it was ready`)));
  });
}
const answer = (child: ChildProcess) => new Promise<string[]>((resolve) => child.once('message', resolve as never));

test('[SHAREDB4] two processes starting at once on fresh data dirs agree on one secret per dir, left whole in the file', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vx-secret-race-'));
  try {
    const dirs = Array.from({ length: DIRS }, (_, i) => join(root, String(i)));
    const [a, b] = await Promise.all([startResolver(), startResolver()]);
    const answers = Promise.all([answer(a), answer(b)]);
    a.send(dirs);
    b.send(dirs);
    const [fromA, fromB] = await answers;
    const failed = [...fromA, ...fromB].filter((secret) => secret.startsWith('error:'));
    assert.equal(failed, [], 'no start fails');
    const disagree = dirs.filter((_, i) => fromA[i] !== fromB[i]);
    assert.equal(disagree, [], 'both processes hold the same secret');
    for (const [i, dir] of dirs.entries()) {
      assert.is(readFileSync(join(dir, SECRET_FILE_NAME), 'utf8').trim(), fromA[i]);
      assert.equal(readdirSync(dir), [SECRET_FILE_NAME], 'no temporary file is left behind');
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test.run();
