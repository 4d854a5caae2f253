import { createCatalogCache } from '../server/features/catalog/catalog-cache.js';
import { listCatalog, suggestProducts, type CatalogSources } from '../server/features/catalog/catalog.service.js';
import { CatalogListSchema, type CatalogListInput } from '../shared/catalog.js';
import { startTestApp, type TestApp, type TestSocket } from '../server/test/harness.js';
import { percentile, printTable } from './report.js';

/**
 * Round trips of catalog:list and catalog:suggest over real sockets at 1, 50 and 200
 * concurrent clients, beside the same work called directly in this process (the baseline):
 * the ratio is what the socket layer (transport, wrapper, validation, session check) adds.
 * Both read the catalog cache; "uncached" is the direct call with the catalog read from the
 * database on every call, as before the cache ([CACHE1]), to say what the cache saves.
 */
const LEVELS = (process.env.BENCH_CATALOG_LEVELS ?? '1,50,200').split(',').map(Number);
/** At least 400 timed requests per level, at least 20 per client. */
const perClient = (clients: number) => Math.max(20, Math.ceil(400 / clients));
const LIST: CatalogListInput = { q: 'phone', colour: ['black'], sort: 'price-asc', pageSize: 12 };
const SUGGEST = { q: 'transp' };

async function clients(app: TestApp, n: number): Promise<TestSocket[]> {
  const out: TestSocket[] = [];
  for (let i = 0; i < n; i += 25) {
    app.clock.advance(60_000); // all clients share one IP: refill /api/auth's per-IP bucket between batches
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(25, n - i) }, async () => app.connect(await app.guestCookie())),
      )),
    );
  }
  return out;
}

async function overSockets(
  app: TestApp,
  sockets: TestSocket[],
  call: (s: TestSocket) => Promise<{ ok: boolean }>,
): Promise<number[] & { perSecond: number }> {
  // Each request first moves the test clock by one token of the per-session rate limit (10/s).
  const paced = (s: TestSocket) => {
    app.clock.advance(100);
    return call(s);
  };
  // Untimed warm-up, so JIT compilation is not measured (the direct baseline warms up too).
  await Promise.all(
    sockets.map(async (s) => {
      for (let i = 0; i < perClient(sockets.length) / 4; i++) await paced(s);
    }),
  );
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    sockets.map(async (s) => {
      for (let i = 0; i < perClient(sockets.length); i++) {
        const t = performance.now();
        const res = await paced(s);
        times.push(performance.now() - t);
        if (!res.ok) throw new Error(`a request failed, the figures would be wrong: ${JSON.stringify(res)}`);
      }
    }),
  );
  const perSecond = times.length / ((performance.now() - started) / 1000);
  return Object.assign(
    times.sort((a, b) => a - b),
    { perSecond },
  );
}

function direct(run: () => unknown, n: number): number[] {
  for (let i = 0; i < 50; i++) run();
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
    const emptied: CatalogSources = { db: app.ctx.db, catalog: createCatalogCache(app.ctx.db, () => 0) };
    const uncached = (): CatalogSources => {
      emptied.catalog.invalidate();
      return emptied;
    };
    for (const [name, viaSocket, viaDb] of [
      [
        'catalog:list',
        (s: TestSocket) => s.emitWithAck('catalog:list', LIST),
        (sources: CatalogSources) => listCatalog(sources, listQuery),
      ],
      [
        'catalog:suggest',
        (s: TestSocket) => s.emitWithAck('catalog:suggest', SUGGEST),
        (sources: CatalogSources) => suggestProducts(sources, SUGGEST.q),
      ],
    ] as const) {
      const socketTimes = await overSockets(app, sockets, viaSocket);
      const dbTimes = direct(() => viaDb(app.ctx), 200);
      const uncachedTimes = direct(() => viaDb(uncached()), 200);
      const u50 = percentile(uncachedTimes, 50);
      const [s50, s99, d50, d99] = [
        percentile(socketTimes, 50),
        percentile(socketTimes, 99),
        percentile(dbTimes, 50),
        percentile(dbTimes, 99),
      ];
      rows.push({
        request: name,
        clients: clientsCount,
        'socket p50 ms': +s50.toFixed(2),
        'socket p99 ms': +s99.toFixed(2),
        'direct p50 ms': +d50.toFixed(3),
        'direct p99 ms': +d99.toFixed(3),
        'p50 ratio': +(s50 / d50).toFixed(1),
        'socket req/s': Math.round(socketTimes.perSecond),
        'direct req/s': Math.round(1000 / d50),
        'uncached p50 ms': +u50.toFixed(3),
        'uncached req/s': Math.round(1000 / u50),
        'socket/uncached rate': +(socketTimes.perSecond / (1000 / u50)).toFixed(2),
        requests: socketTimes.length,
      });
    }
    await app.stop();
  }
  printTable('catalog: requests sequential per client; clients and server share one process', rows);
  return rows;
}
