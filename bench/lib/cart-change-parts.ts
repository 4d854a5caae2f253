import { variants } from '../../server/db/schema.js';
import { loadLiveSession } from '../../server/features/auth/sessions.repo.js';
import { addToCart, readOwnCart, setCartQuantity } from '../../server/features/cart/cart.service.js';
import { startTestApp } from '../../server/test/harness.js';
import { CartSetQuantitySchema } from '../../shared/cart.js';
import { percentile } from '../report.js';

/**
 * Where the real app's time per cart change goes: each step of a `cart:set-quantity` called
 * directly in this process (no sockets), on a fresh SQLite file. The change is timed twice:
 * as configured (synchronous=FULL: the WAL is fsynced at every commit) and with this test
 * database switched to synchronous=NORMAL, which shows what the fsync costs.
 */
const RUNS = 300;

function time(step: string, run: (i: number) => unknown) {
  for (let i = 0; i < 30; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { step, 'p50 ms': +percentile(times, 50).toFixed(3), 'p99 ms': +percentile(times, 99).toFixed(3) };
}

export async function cartChangeParts() {
  const app = await startTestApp();
  try {
    const sid = (await app.ctx.cookie.read(await app.guestCookie()))!;
    const session = loadLiveSession(app.ctx.db, sid, app.clock.now)!;
    const variantId = app.ctx.db
      .select()
      .from(variants)
      .all()
      .find((v) => v.stock >= 2)!.id;
    addToCart(app.ctx, session, variantId, 1);
    const rows = [
      time('session check (loadLiveSession)', () => loadLiveSession(app.ctx.db, sid, app.clock.now)),
      time('zod (CartSetQuantitySchema)', (i) => CartSetQuantitySchema.safeParse({ variantId, quantity: 1 + (i % 2) })),
      time('read the cart (readCart)', () => readOwnCart(app.ctx, session)),
      time('the change, synchronous=FULL', (i) => setCartQuantity(app.ctx, session, variantId, 2 - (i % 2))),
    ];
    app.ctx.db.$client.pragma('synchronous = NORMAL');
    rows.push(time('the change, synchronous=NORMAL', (i) => setCartQuantity(app.ctx, session, variantId, 2 - (i % 2))));
    return rows;
  } finally {
    await app.stop();
  }
}
