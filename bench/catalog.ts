import { listCatalog, suggestProducts } from '../server/features/catalog/catalog.service.js';
import { CatalogListSchema, type CatalogListInput } from '../shared/catalog.js';
import { startTestApp, type TestApp, type TestSocket } from '../server/test/harness.js';
import { percentile, printTable } from './report.js';

/**
 * Round trips of catalog:list and catalog:suggest over real sockets at 1, 50 and 200
 * concurrent clients, beside the same work called directly in this process (the baseline):
 * the ratio is what the socket layer (transport, wrapper, validation, session check) adds.
 */
const LEVELS = [1, 50, 200];
const REQUESTS_PER_CLIENT = 20;
const LIST: CatalogListInput = { q: 'phone', colour: ['black'], sort: 'price-asc', pageSize: 12 };
const SUGGEST = { q: 'transp' };

async function clients(app: TestApp, n: number): Promise<TestSocket[]> {
  const out: TestSocket[] = [];
  for (let i = 0; i < n; i += 25) {
    app.clock.advance(60_000); // all clients share one IP: refill /api/auth's per-IP bucket between batches
    out.push(...(await Promise.all(Array.from({ length: Math.min(25, n - i) }, async () => app.connect(await app.guestCookie())))));
  }
  return out;
}

async function overSockets(app: TestApp, sockets: TestSocket[], call: (s: TestSocket) => Promise<{ ok: boolean }>): Promise<number[]> {
  app.clock.advance(60_000); // a full rate-limit bucket per session: 20 requests fit its burst
  const times: number[] = [];
  await Promise.all(
    sockets.map(async (s) => {
      for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
        const t = performance.now();
        const res = await call(s);
        times.push(performance.now() - t);
        if (!res.ok) throw new Error(`a request failed, the figures would be wrong: ${JSON.stringify(res)}`);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

function direct(run: () => unknown, n: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

export async function run() {
  const rows: Record<string, string | number>[] = [];
  for (const clientsCount of LEVELS) {
    // A fresh app per level; each client is its own guest session.
    const app = await startTestApp();
    const sockets = await clients(app, clientsCount);
    const listQuery = CatalogListSchema.parse(LIST);
    for (const [name, viaSocket, viaDb] of [
      ['catalog:list', (s: TestSocket) => s.emitWithAck('catalog:list', LIST), () => listCatalog(app.ctx.db, listQuery)],
      ['catalog:suggest', (s: TestSocket) => s.emitWithAck('catalog:suggest', SUGGEST), () => suggestProducts(app.ctx.db, SUGGEST.q)],
    ] as const) {
      const socketTimes = await overSockets(app, sockets, viaSocket);
      const dbTimes = direct(viaDb, 200);
      const [s50, s99, d50, d99] = [percentile(socketTimes, 50), percentile(socketTimes, 99), percentile(dbTimes, 50), percentile(dbTimes, 99)];
      rows.push({
        request: name,
        clients: clientsCount,
        'socket p50 ms': +s50.toFixed(2),
        'socket p99 ms': +s99.toFixed(2),
        'direct p50 ms': +d50.toFixed(3),
        'direct p99 ms': +d99.toFixed(3),
        'p50 ratio': +(s50 / d50).toFixed(1),
        requests: socketTimes.length,
      });
    }
    await app.stop();
  }
  printTable(`catalog: ${REQUESTS_PER_CLIENT} requests per client, sequential per client`, rows);
  return rows;
}
