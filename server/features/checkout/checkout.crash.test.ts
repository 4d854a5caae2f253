import { randomInt } from 'node:crypto';
import { mkdirSync, rmSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkDatabase, paymentIntentOutcomes } from '../../test/crash/database-checks.js';
import { bundleServer, startServer, type ServerProcess } from '../../test/crash/server-process.js';
import { lookBack, seededRandom, visit, type Shopper } from '../../test/crash/shopper.js';
import { readStock, signUpShoppers } from '../../test/crash/shoppers-setup.js';
import { stopwatch } from '../../test/crash/stopwatch.js';
import { TEST_CARDS } from '../payments/test-provider.js';

/**
 * Crash safety of checkout (ADR 005, ADR 018): the real server in a child process, SIGKILLed at random points while
 * shoppers check out, restarted on the same database; every unanswered attempt (and a sample of
 * answered ones) is retried with the same key. The database is checked after every kill
 * (test/crash/database-checks.ts, [CRASH1]–[CRASH6]). CRASH_SEED replays a run's choices (the
 * timing still varies); CRASH_KILLS raises the number of kills; CRASH_TEST_PORT pins the port.
 */
const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const KILLS = Math.max(30, Number(process.env.CRASH_KILLS ?? 30));
const GUESTS = 4;
const MEMBERS = 2;
const VARIANTS_EACH = 4;
const SECRET = 'crash-test-secret-that-is-at-least-32-characters';
const CROWD = {
  secret: SECRET,
  guests: GUESTS,
  members: MEMBERS,
  variantsEach: VARIANTS_EACH,
  emailPrefix: 'crash-member',
};

const test = suite('checkout under SIGKILL: no duplicate or lost order, stock adds up, the database intact');

test(`${KILLS} kills at random points during checkouts, unanswered attempts retried with the same keys`, async () => {
  const seed = Number(process.env.CRASH_SEED ?? randomInt(2 ** 31));
  console.log(`\n  checkout crash test: seed ${seed} (CRASH_SEED=${seed} replays its choices)`);
  const random = seededRandom(seed);
  const dir = join(root, '.test-tmp', `crash-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dbFile = join(dir, 'app.db');
  const env = {
    NODE_ENV: 'test',
    PORT: process.env.CRASH_TEST_PORT ?? '0',
    HOST: '127.0.0.1',
    DATABASE_FILE: dbFile,
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    FULFILMENT_STEP_MS: '0',
    BCRYPT_COST: '4',
    SESSION_SECRET: SECRET,
    // The assistant is not under test here: the OpenAI-compatible engine (never called) spares
    // each of the 31 starts the built-in engine's classifier training, a second of CPU.
    ASSISTANT_ENGINE: 'openai',
    OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
  };
  const clock = stopwatch();
  const bundle = await clock.time('bundle', () => bundleServer(join(dir, 'server.mjs')));
  const start = () => clock.time('start', () => startServer(bundle, env));
  const tally = { duringCheckouts: 0, committedUnanswered: 0, notCommitted: 0 };
  const latencies: number[] = [];
  const outputs: string[] = [];
  let server: ServerProcess | undefined;
  try {
    server = await start();
    const initialStock = readStock(dbFile);
    const shoppers = await signUpShoppers(server.url, initialStock, CROWD);
    for (let kill = 1; kill <= KILLS; kill++) {
      const live = server;
      const inFlight = await clock.time('round', () =>
        killDuringCheckouts({ server: live, shoppers, initialStock, dbFile, random, latencies }),
      );
      outputs.push(server.output());
      if (inFlight > 0) tally.duringCheckouts++;
      const facts = clock.timeSync('check', () =>
        checkDatabase(dbFile, shoppers, initialStock, `after kill ${kill} (seed ${seed}, ${dir})`),
      );
      for (const p of shoppers.flatMap((s) => (s.pending ? [s.pending] : []))) {
        if (facts.committedKeys.has(p.key)) tally.committedUnanswered++;
        else tally.notCommitted++;
      }
      server = await start();
    }

    await finishAndLookBack(server.url, shoppers, initialStock, seed);
    await server.kill();
    outputs.push(server.output());
    const facts = checkDatabase(dbFile, shoppers, initialStock, `at the end (seed ${seed}, ${dir})`);
    // Every attempt was retried to its end, so no charge is left for the reconciler to find.
    assert.equal(
      paymentIntentOutcomes(dbFile),
      { ordered: facts.orders },
      `at the end (seed ${seed}): payment intents`,
    );
    assert.ok(facts.orders >= KILLS / 2, `only ${facts.orders} orders: the run hardly exercised checkout`);
    assert.ok(
      tally.duringCheckouts >= KILLS / 2,
      `only ${tally.duringCheckouts} of ${KILLS} kills landed during a checkout`,
    );
    const log = outputs.join('');
    assert.not.ok(log.includes(TEST_CARDS.success), 'a card number reached the server output');
    assert.not.match(log, /"level":(50|60)/, `the server logged errors:\n${log}`);
    const replays = shoppers.reduce((n, s) => n + s.replays, 0);
    console.log(
      `  ${KILLS} kills, ${tally.duringCheckouts} with a checkout in flight; unanswered attempts: ${tally.committedUnanswered} ` +
        `had committed, ${tally.notCommitted} had not (all retried); ${replays} answered keys replayed; ${facts.orders} orders, ` +
        `median checkout ${Math.round(median(latencies))} ms\n  ${clock.report()}`,
    );
  } finally {
    await server?.stop(); // a server that died by itself has already failed the test above
  }
  rmSync(dir, { recursive: true, force: true });
});

interface Round {
  server: ServerProcess;
  shoppers: Shopper[];
  initialStock: Map<number, number>;
  dbFile: string;
  random: () => number;
  /** Checkout round trips seen so far, to aim the kill delays. */
  latencies: number[];
}

/**
 * Shoppers visit concurrently. Once a randomly chosen checkout:place has left, the kill comes
 * either a random moment later (up to about one and a half checkout round trips) or, half the
 * time, the instant the database's write-ahead log is written for the 1st–3rd time after it, so
 * that kills also land inside and just after commits. Returns how many checkouts were in flight.
 */
async function killDuringCheckouts({
  server,
  shoppers,
  initialStock,
  dbFile,
  random,
  latencies,
}: Round): Promise<number> {
  const killAfter = 1 + Math.floor(random() * shoppers.length);
  const onWrite = random() < 0.5;
  const spread = latencies.length > 0 ? Math.min(200, 1.5 * median(latencies)) : 20;
  const delayMs = random() < 0.2 ? 0 : random() * spread;
  let writesToSkip = Math.floor(random() * 3);
  let sent = 0;
  let inFlight = 0;
  let inFlightAtKill = 0;
  /** The kill under way; resolves to the kill's error (the server had died by itself), rethrown where it is awaited. */
  let killing: Promise<unknown> | undefined;
  let watcher: FSWatcher | undefined;
  const kill = () => {
    if (killing !== undefined) return killing;
    inFlightAtKill = inFlight;
    killing = server.kill().then(
      () => undefined,
      (err: unknown) => err,
    );
    return killing;
  };
  const armKill = () => {
    if (!onWrite) return void setTimeout(kill, delayMs);
    watcher = watch(dirname(dbFile), (_event, file) => {
      if (file === `${basename(dbFile)}-wal` && writesToSkip-- === 0) void kill();
    });
  };
  const onCheckout = (phase: 'sent' | 'settled', ms?: number) => {
    inFlight += phase === 'sent' ? 1 : -1;
    if (ms !== undefined) latencies.push(ms);
    if (phase === 'sent' && ++sent === killAfter) armKill();
  };
  try {
    await Promise.all(
      shoppers.map((s) =>
        visit(s, {
          url: server.url,
          random: seededRandom(Math.floor(random() * 2 ** 31)),
          initialStock,
          shopping: true,
          onCheckout,
        }),
      ),
    );
    // Every visit may have ended before the chosen moment: then the kill lands on an idle server.
    const failed = await (killing ?? kill());
    if (failed) throw failed;
  } finally {
    watcher?.close();
  }
  return inFlightAtKill;
}

/** No more kills: finish every unanswered attempt and filled cart, then look as the shoppers do. */
async function finishAndLookBack(
  url: string,
  shoppers: Shopper[],
  initialStock: Map<number, number>,
  seed: number,
): Promise<void> {
  await Promise.all(
    shoppers.map((s, i) =>
      visit(s, { url, random: seededRandom(seed + i), initialStock, shopping: false, onCheckout() {} }),
    ),
  );
  for (const shopper of shoppers) {
    assert.is(
      shopper.pending?.key,
      undefined,
      `${shopper.name}: an attempt still unanswered with no kill (seed ${seed})`,
    );
    const seen = await lookBack(shopper, url);
    assert.is(seen.cartLines, 0, `${shopper.name}: cart not empty after its order (seed ${seed})`);
    assert.equal(
      seen.orderNumbers,
      shopper.attempts.map((a) => a.order!.number).sort(),
      `${shopper.name}: orders:list (seed ${seed})`,
    );
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

test.run();
