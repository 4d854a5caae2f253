import { mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { resultsDir, startBenchServer, workerCounts } from './lib/app-child.js';
import { fakeLogFile, startFakeOpenAiChild, type FakeOpenAiChild } from './lib/fake-openai-child.js';
import { connectShopper, guestCookies, type ShopSocket } from './lib/guests.js';
import { directStream, relayedStream } from './lib/relay-streams.js';
import { reportRelay, type LevelRun } from './lib/relay-report.js';
import { match, tally, type Tally } from './lib/relay-tally.js';
import type { ServerChild } from './lib/server-child.js';

/**
 * Assistant relay overhead (docs/PERFORMANCE.md, chat-relay). A fake OpenAI-compatible server (own process) writes
 * paced, hrtime-stamped chunks; the real app (own process, ASSISTANT_ENGINE=openai) relays
 * them as `chat:delta`s to socket clients here. Per token: client arrival − upstream write.
 * Baseline: the same number of plain SSE consumers reading the fake directly, in rounds
 * interleaved with the relayed ones so both see the same machine. hrtime is CLOCK_MONOTONIC,
 * one clock for the three processes.
 *
 * The app runs at each of BENCH_WORKERS (default 1 and 2 processes on one port, WORKERS=N); its
 * CPU is every process's (primary and workers, from /proc). The clients run in this process,
 * on the same cores: their CPU over the relayed halves is reported too.
 *
 * The app's SQLite file goes in os.tmpdir(): `TMPDIR=/dev/shm` puts it on tmpfs, where fsync
 * costs nothing — the same run without the commits' disk waits, to see what they cost the relay.
 */
const PORT = Number(process.env.BENCH_PORT ?? 3160);
/** streams × rounds per level (`BENCH_RELAY_LEVELS=1x50,50x4,200x2`): ≥ 2000 tokens at 1 stream. */
const LEVELS = (process.env.BENCH_RELAY_LEVELS ?? '1x50,50x4,200x2').split(',').map((l) => {
  const [streams, rounds] = l.split('x').map(Number) as [number, number];
  return { streams, rounds };
});
const WARMUP = { streams: 10, rounds: 2 };
/** A guest session may send 5 chat messages in a burst (CHAT_SEND_LIMIT): no session is used more often. */
const SENDS_PER_SESSION = 5;

const sessionsFor = (l: { streams: number; rounds: number }) => l.streams * Math.ceil(l.rounds / SENDS_PER_SESSION);

/** One round: N direct streams at once, then N relayed at once. Returns the app's and the clients' CPU time (µs) in the relayed half. */
async function round(
  fake: FakeOpenAiChild,
  app: ServerChild,
  sockets: ShopSocket[],
  tag: string,
  relayed: Tally,
  direct: Tally,
) {
  const directs = await Promise.all(sockets.map((_, i) => directStream(fake.baseURL, `direct ${tag}-${i}`)));
  const cpuBefore = app.treeCpuMicros();
  const clientBefore = process.cpuUsage();
  const relays = await Promise.all(sockets.map((socket, i) => relayedStream(socket, `relay ${tag}-${i}`)));
  const cpu = app.treeCpuMicros() - cpuBefore;
  const { user, system } = process.cpuUsage(clientBefore);
  const stamps = await fake.stamps();
  match(direct, directs, stamps);
  match(relayed, relays, stamps);
  return { app: cpu, clients: user + system };
}

export async function run() {
  mkdirSync(resultsDir, { recursive: true });
  const byWorkers = [];
  for (const [i, workers] of workerCounts().entries()) byWorkers.push({ workers, ...(await runAt(workers, PORT + i)) });
  return { levels: LEVELS, dbDir: tmpdir(), byWorkers };
}

async function runAt(workers: number, port: number) {
  const loadBefore = loadavg();
  const fake = await startFakeOpenAiChild(fakeLogFile(resultsDir));
  const app = await startBenchServer('servers/app-server.ts', port, `chat-relay-app-${workers}`, {
    WORKERS: String(workers),
    ASSISTANT_ENGINE: 'openai',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_API_KEY: 'x',
    // Every bench client shares one address: the per-address limits would measure themselves.
    ASSISTANT_ANSWERS_PER_MINUTE_PER_IP: '100000',
    ASSISTANT_ANSWERS_AT_ONCE_PER_IP: '10000',
    ASSISTANT_ANSWERS_AT_ONCE: '100000',
  });
  const open: ShopSocket[] = [];
  try {
    const cookies = await guestCookies(app.url, sessionsFor(WARMUP) + LEVELS.reduce((n, l) => n + sessionsFor(l), 0));
    const connect = async (n: number) => {
      const sockets = await Promise.all(cookies.splice(0, n).map((c) => connectShopper(app.url, c)));
      open.push(...sockets);
      return sockets;
    };
    const warm = await connect(WARMUP.streams);
    for (let r = 0; r < WARMUP.rounds; r++) await round(fake, app, warm, `warm-${r}`, tally(), tally());

    const levels: LevelRun[] = [];
    for (const level of LEVELS) {
      const sockets = await connect(sessionsFor(level));
      const [relayed, direct] = [tally(), tally()];
      const loadAtStart = +loadavg()[0]!.toFixed(2);
      const cpu = { app: 0, clients: 0 };
      for (let r = 0; r < level.rounds; r++) {
        const first = (r % Math.ceil(level.rounds / SENDS_PER_SESSION)) * level.streams;
        const spent = await round(
          fake,
          app,
          sockets.slice(first, first + level.streams),
          `${level.streams}-${r}`,
          relayed,
          direct,
        );
        cpu.app += spent.app;
        cpu.clients += spent.clients;
      }
      levels.push({
        ...level,
        loadAtStart,
        relayed,
        direct,
        appCpuMicrosPerToken: cpu.app / Math.max(1, relayed.tokenMs.length),
        clientCpuMicrosPerToken: cpu.clients / Math.max(1, relayed.tokenMs.length),
      });
    }
    return reportRelay(levels, loadBefore, `WORKERS=${workers}`);
  } finally {
    for (const socket of open) socket.disconnect();
    await app.stop();
    await fake.stop();
  }
}
