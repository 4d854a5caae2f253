import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resultsDir, startBenchServer } from './lib/app-child.js';
import { fakeLogFile, startFakeOpenAiChild, type FakeOpenAiChild } from './lib/fake-openai-child.js';
import { connectShopper, guestCookies, type ShopSocket } from './lib/guests.js';
import { directStream, relayedStream, type ClientStream } from './lib/relay-streams.js';
import { RELAY_SCRIPT, type StampedRequest } from './servers/fake-openai-protocol.js';
import { percentile, printTable, reportLoad } from './report.js';

/**
 * Assistant relay overhead (issue 5 §8). A fake OpenAI-compatible server (own process) writes
 * paced, hrtime-stamped chunks; the real app (own process, ASSISTANT_ENGINE=openai) relays
 * them as `chat:delta`s to socket clients here. Per token: client arrival − upstream write.
 * Baseline: the same number of plain SSE consumers reading the fake directly, in rounds
 * interleaved with the relayed ones so both see the same machine. hrtime is CLOCK_MONOTONIC,
 * one clock for the three processes.
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

const ms = (ns: bigint) => Number(ns) / 1e6;
const sessionsFor = (l: { streams: number; rounds: number }) => l.streams * Math.ceil(l.rounds / SENDS_PER_SESSION);

/** Samples of one kind (relayed or direct) at one level, and what did not line up. */
interface Tally {
  tokenMs: number[];
  ttftMs: number[];
  /** Upstream's own first-token time for these requests: first write − request arrival. */
  upstreamTtftMs: number[];
  /** Client send → the request's arrival upstream. */
  toUpstreamMs: number[];
  mismatches: number;
  missing: number;
  errors: string[];
}
const tally = (): Tally => ({ tokenMs: [], ttftMs: [], upstreamTtftMs: [], toUpstreamMs: [], mismatches: 0, missing: 0, errors: [] });

/** The k-th chunk a client got is the k-th chunk written for its request; texts must agree. */
function match(into: Tally, streams: ClientStream[], stamps: Map<string, StampedRequest>): void {
  for (const s of streams) {
    const up = stamps.get(s.key);
    if (s.error || !up) {
      into.errors.push(s.error ?? `no upstream request for ${s.key}`);
      continue;
    }
    into.missing += Math.abs(up.sent.length - s.chunks.length);
    s.chunks.forEach((c, k) => {
      const sent = up.sent[k];
      if (!sent) return;
      if (sent.text !== c.text) into.mismatches++;
      else into.tokenMs.push(ms(c.ns - BigInt(sent.ns)));
    });
    if (s.chunks[0]) into.ttftMs.push(ms(s.chunks[0].ns - s.startNs));
    if (up.sent[0]) into.upstreamTtftMs.push(ms(BigInt(up.sent[0].ns) - BigInt(up.receivedNs)));
    into.toUpstreamMs.push(ms(BigInt(up.receivedNs) - s.startNs));
  }
}

async function round(fake: FakeOpenAiChild, sockets: ShopSocket[], tag: string, relayed: Tally, direct: Tally) {
  const directs = await Promise.all(sockets.map((_, i) => directStream(fake.baseURL, `direct ${tag}-${i}`)));
  const relays = await Promise.all(sockets.map((socket, i) => relayedStream(socket, `relay ${tag}-${i}`)));
  const stamps = await fake.stamps();
  match(direct, directs, stamps);
  match(relayed, relays, stamps);
}

const p = (xs: number[], q: number) => +percentile(xs.sort((a, b) => a - b), q).toFixed(3);

export async function run() {
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg();
  const fake = await startFakeOpenAiChild(fakeLogFile(resultsDir));
  const app = await startBenchServer('servers/app-server.ts', PORT, 'chat-relay-app', {
    ASSISTANT_ENGINE: 'openai', OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'x',
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
    for (let r = 0; r < WARMUP.rounds; r++) await round(fake, warm, `warm-${r}`, tally(), tally());

    const levels = [];
    for (const level of LEVELS) {
      const sockets = await connect(sessionsFor(level));
      const [relayed, direct] = [tally(), tally()];
      const loadAtStart = +loadavg()[0]!.toFixed(2);
      let appCpu = 0;
      for (let r = 0; r < level.rounds; r++) {
        const first = (r % Math.ceil(level.rounds / SENDS_PER_SESSION)) * level.streams;
        const cpuBefore = await app.cpuMicros();
        await round(fake, sockets.slice(first, first + level.streams), `${level.streams}-${r}`, relayed, direct);
        appCpu += (await app.cpuMicros()) - cpuBefore;
      }
      levels.push({ ...level, loadAtStart, relayed, direct, appCpuMicrosPerToken: appCpu / Math.max(1, relayed.tokenMs.length) });
    }
    return report(levels, loadBefore);
  } finally {
    for (const socket of open) socket.disconnect();
    await app.stop();
    await fake.stop();
  }
}

type LevelRun = { streams: number; rounds: number; loadAtStart: number; relayed: Tally; direct: Tally; appCpuMicrosPerToken: number };

function report(levels: LevelRun[], loadBefore: number[]) {
  const tokens = levels.map(({ streams, rounds, relayed: r, direct: d, appCpuMicrosPerToken, loadAtStart }) => ({
    streams,
    rounds,
    'tokens (relay/direct)': `${r.tokenMs.length}/${d.tokenMs.length}`,
    'relay p50 ms': p(r.tokenMs, 50),
    'relay p99 ms': p(r.tokenMs, 99),
    'direct p50 ms': p(d.tokenMs, 50),
    'direct p99 ms': p(d.tokenMs, 99),
    'added p50 ms': +(p(r.tokenMs, 50) - p(d.tokenMs, 50)).toFixed(3),
    'added p99 ms': +(p(r.tokenMs, 99) - p(d.tokenMs, 99)).toFixed(3),
    'relay max ms': p(r.tokenMs, 100),
    'app CPU µs/token': Math.round(appCpuMicrosPerToken),
    'mismatched/missing/errors': `${r.mismatches + d.mismatches}/${r.missing + d.missing}/${r.errors.length + d.errors.length}`,
    'load 1 min': loadAtStart,
  }));
  const ttft = levels.map(({ streams, relayed: r, direct: d }) => ({
    streams,
    'relayed TTFT p50 ms': p(r.ttftMs, 50),
    'relayed TTFT p99 ms': p(r.ttftMs, 99),
    'upstream TTFT p50 ms': p(d.ttftMs, 50),
    'upstream TTFT p99 ms': p(d.ttftMs, 99),
    'added p50 ms': +(p(r.ttftMs, 50) - p(d.ttftMs, 50)).toFixed(2),
    'added p99 ms': +(p(r.ttftMs, 99) - p(d.ttftMs, 99)).toFixed(2),
    'send → upstream request p50 ms': p(r.toUpstreamMs, 50),
    'send → upstream request p99 ms': p(r.toUpstreamMs, 99),
    'fake own TTFT p50 ms': p(r.upstreamTtftMs, 50),
  }));
  const script = `${RELAY_SCRIPT.tokens} tokens, one every ${RELAY_SCRIPT.delayMs} ms (first at ${2 * RELAY_SCRIPT.delayMs} ms)`;
  printTable(`chat-relay: per token, upstream write → client arrival (${script}); added = relay − direct, per percentile`, tokens);
  printTable('chat-relay: time to first token (relayed: chat:send → first chat:delta; upstream: fetch → first chunk)', ttft);
  const at50 = tokens.find((t) => t.streams === 50);
  const target = at50 ? { 'added p99 at 50 streams ms': at50['added p99 ms'], 'target ms': 1, met: at50['added p99 ms'] <= 1 ? 'yes' : 'no' } : null;
  if (target) printTable('chat-relay: against the target', [target]);
  const load = reportLoad(loadBefore);
  const errors = levels.flatMap((l) => [...l.relayed.errors, ...l.direct.errors]).slice(0, 10);
  if (errors.length) console.log('first errors:', errors);
  return { script: RELAY_SCRIPT, levels: LEVELS, tokens, ttft, target, errors, load };
}
