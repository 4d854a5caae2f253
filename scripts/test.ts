import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../e2e/chromium.js';
import { ensureClientBuilt } from './client-build.js';
import { runUvuPool } from './uvu-pool.js';

/**
 * `npm test`: Biome (format and lint), typecheck, uvu (unit, socket integration and the import-circle
 * check in scripts/import-circles.test.ts), then Playwright journeys.
 * Ends with one line `N passed, N failed[, N skipped]` summing every suite.
 */
const root = resolve(fileURLToPath(import.meta.url), '../..');
const tmp = join(root, '.test-tmp');
const CHROMIUM = chromiumPath();

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const add = (name: string, t: Tally) => {
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
  console.log(`\n[${name}] ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}\n`);
};

/** Runs a node script; its output goes through to ours as it comes, unless `buffered` (printed by the caller). */
function run(
  cmd: string[],
  env: Record<string, string> = {},
  buffered = false,
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, cmd, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const tee = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (!buffered) stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const bin = (pkg: string, file: string) => join(root, 'node_modules', pkg, file);

const once = (ok: boolean): Tally => (ok ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 });

/** `biome ci`: the formatter's check and the linter over the whole tree, writing nothing. */
async function lint(): Promise<Tally> {
  console.log('» Biome: format and lint');
  const { code } = await run([bin('@biomejs/biome', 'bin/biome'), 'ci', '.', '--reporter=summary']);
  return once(code === 0);
}

async function typecheck(): Promise<Tally> {
  console.log('» typecheck');
  const { code } = await run([bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
  return once(code === 0);
}

/** uvu over a pool of UNIT_PROCESSES worker processes (default: one per core, at most 2): scripts/uvu-pool.ts. */
async function unit(): Promise<Tally> {
  const processes = Math.max(1, Number(process.env.UNIT_PROCESSES ?? Math.min(2, availableParallelism())));
  console.log(`» uvu: unit and socket integration (${processes} processes)`);
  const started = Date.now();
  const tally = await runUvuPool(
    root,
    '^(server|shared|client|scripts)/.*\\.test\\.ts$',
    processes,
    join(tmp, 'uvu-timings.json'),
  );
  console.log(`\n  uvu took ${Math.round((Date.now() - started) / 1000)} s`);
  return tally;
}

async function e2e(): Promise<Tally> {
  console.log('» Playwright journeys');
  if (!existsSync(CHROMIUM)) {
    console.error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium-headless-shell`,
    );
    return { passed: 0, failed: 1, skipped: 0 };
  }
  try {
    ensureClientBuilt(root);
  } catch (err) {
    console.error(String(err));
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const report = join(tmp, 'playwright.json');
  rmSync(report, { force: true });
  const { code } = await run([bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(report, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  const failed = stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
  return { passed: stats.expected + stats.flaky, failed, skipped: stats.skipped };
}

mkdirSync(tmp, { recursive: true });
add('biome', await lint());
add('typecheck', await typecheck());
add('uvu', await unit());
add('playwright', await e2e());
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 ? 0 : 1);
