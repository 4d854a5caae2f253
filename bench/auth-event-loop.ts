import bcrypt from 'bcryptjs';
import { createPasswordHasher } from '../server/features/auth/password-hasher.js';
import { startTestApp } from '../server/test/harness.js';
import { percentile, printTable } from './report.js';

/**
 * What a burst of sign-ins does to everyone else: event-loop delay and `session:whoami`
 * round trips over real sockets while 8 cost-12 password checks run, with bcrypt in the
 * worker pool (ours) versus on the main thread (the baseline: what calling bcryptjs directly does).
 */
const COST = 12;
const CHECKS = 8;
const CLIENTS = 20;

async function measure(label: string, verify: (pw: string, hash: string) => Promise<boolean>) {
  const app = await startTestApp();
  const sockets = await Promise.all(Array.from({ length: CLIENTS }, async () => app.connect(await app.guestCookie())));
  const hash = bcrypt.hashSync('violet-harbour-42', COST);
  const gaps: number[] = [];
  let last = performance.now();
  const rtts: number[] = [];
  let running = true;
  const pinger = async (i: number) => {
    while (running) {
      const t = performance.now();
      await sockets[i]!.emitWithAck('session:whoami', {});
      rtts.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const ticker = setInterval(() => {
    const t = performance.now();
    gaps.push(t - last - 5);
    last = t;
  }, 5);
  const started = performance.now();
  const pings = sockets.map((_, i) => pinger(i));
  await Promise.all(Array.from({ length: CHECKS }, () => verify('violet-harbour-42', hash)));
  const wall = performance.now() - started;
  running = false;
  await Promise.all(pings);
  clearInterval(ticker);
  gaps.sort((a, b) => a - b);
  await app.stop();
  rtts.sort((a, b) => a - b);
  return {
    variant: label,
    'sign-ins': CHECKS,
    'wall ms': Math.round(wall),
    'loop delay p99 ms': Math.round(percentile(gaps, 99)),
    'loop delay max ms': Math.round(gaps.at(-1) ?? NaN),
    'whoami p50 ms': +percentile(rtts, 50).toFixed(1),
    'whoami p99 ms': +percentile(rtts, 99).toFixed(1),
    'whoami answered': rtts.length,
  };
}

export async function run() {
  const pool = createPasswordHasher(COST);
  const rows = [
    await measure('worker pool (ours)', (pw, h) => pool.verify(pw, h)),
    await measure('main thread (baseline)', async (pw, h) => bcrypt.compareSync(pw, h)),
  ];
  await pool.close();
  printTable('auth-event-loop: 8 cost-12 sign-ins while 20 sockets ping', rows);
  return rows;
}
