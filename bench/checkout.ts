import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resultsDir, startBenchServer } from './lib/app-child.js';
import { restockAll, variantsInStock } from './lib/bench-db.js';
import { inBatches } from './lib/fanout-groups.js';
import { connectShopper, guestCookies, type ShopSocket } from './lib/guests.js';
import { checkoutForm } from '../server/test/shop-helpers.js';
import { percentile, printTable, reportLoad } from './report.js';
import { ok } from '../server/test/ack.js';
import { envNumber } from './lib/bench-env.js';

/**
 * Checkout throughput (docs/PERFORMANCE.md, checkout): `checkout:place` over real sockets against the real app
 * in a child process (SQLite file, test payment provider), one order at a time and with 10
 * and 50 buyers placing at the same moment. Each order is one line of one unit; the buyer's
 * cart is filled just before, untimed. Stock is raised first so no order meets "sold out".
 */
const BUYERS = envNumber('BENCH_CHECKOUT_BUYERS', 50);
const ORDERS_PER_LEVEL = envNumber('BENCH_CHECKOUT_ORDERS', 200);
const LEVELS = [1, 10, 50].filter((n) => n <= BUYERS);
const PORT = envNumber('BENCH_PORT', 3150) + 5;

/** Order n goes to buyer n mod BUYERS: one session may place 10 a second (burst 20) by design. */
async function placeOrders(buyers: ShopSocket[], variantIds: number[], atOnce: number, first: number, count: number) {
  const times: number[] = [];
  let wallMs = 0;
  for (let n = first; n < first + count; n += atOnce) {
    const batch = Array.from({ length: Math.min(atOnce, first + count - n) }, (_, k) => n + k);
    const forms = await Promise.all(
      batch.map(async (i) => {
        const cart = ok(
          await buyers[i % buyers.length]!.emitWithAck('cart:add', {
            variantId: variantIds[i % variantIds.length]!,
            quantity: 1,
          }),
        );
        return checkoutForm(cart);
      }),
    );
    const started = performance.now();
    await Promise.all(
      batch.map(async (i, k) => {
        const t = performance.now();
        ok(await buyers[i % buyers.length]!.emitWithAck('checkout:place', forms[k]!));
        times.push(performance.now() - t);
      }),
    );
    wallMs += performance.now() - started;
  }
  return { times: times.sort((a, b) => a - b), wallMs };
}

export async function run() {
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg();
  const server = await startBenchServer('servers/app-server.ts', PORT, 'checkout-app-server');
  let buyers: ShopSocket[] = [];
  const rows = [];
  try {
    const cookies = await guestCookies(server.url, BUYERS);
    restockAll(server.dbFile, 1_000_000);
    const variantIds = variantsInStock(server.dbFile, 1);
    buyers = await inBatches(BUYERS, 25, (i) => connectShopper(server.url, cookies[i]));
    await placeOrders(buyers, variantIds, BUYERS, 0, BUYERS); // warm-up: one untimed order per buyer
    let placed = BUYERS;
    for (const atOnce of LEVELS) {
      const cpuBefore = await server.cpuMicros();
      const { times, wallMs } = await placeOrders(buyers, variantIds, atOnce, placed, ORDERS_PER_LEVEL);
      const cpuMicros = (await server.cpuMicros()) - cpuBefore;
      placed += ORDERS_PER_LEVEL;
      rows.push({
        'buyers at once': atOnce,
        orders: times.length,
        'orders/s': Math.round(times.length / (wallMs / 1000)),
        'p50 ms': +percentile(times, 50).toFixed(2),
        'p99 ms': +percentile(times, 99).toFixed(2),
        'max ms': +(times.at(-1) ?? NaN).toFixed(1),
        'server CPU ms/order (with its cart:add)': +(cpuMicros / times.length / 1000).toFixed(2),
      });
    }
  } finally {
    for (const buyer of buyers) buyer.disconnect();
    await server.stop();
  }
  printTable(
    `checkout: checkout:place over sockets, ${BUYERS} guest buyers, test payment provider, one unit per order`,
    rows,
  );
  const load = reportLoad(loadBefore);
  return { buyers: BUYERS, ordersPerLevel: ORDERS_PER_LEVEL, rows, load };
}
