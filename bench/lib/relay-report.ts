import { RELAY_SCRIPT } from './fake-openai-protocol.js';
import { percentile, printTable, reportLoad } from '../report.js';
import { POSITIONS, type Tally } from './relay-tally.js';

export interface LevelRun {
  streams: number;
  rounds: number;
  loadAtStart: number;
  relayed: Tally;
  direct: Tally;
  appCpuMicrosPerToken: number;
  /** This process's (the socket clients') CPU in the relayed halves, per token. */
  clientCpuMicrosPerToken: number;
}

const p = (xs: number[], q: number) =>
  +percentile(
    xs.sort((a, b) => a - b),
    q,
  ).toFixed(3);
/** "Added" is a difference of percentiles (relay p − direct p): the samples are not pairs, so there is no per-token difference. */
const added = (relay: number[], direct: number[], q: number) => +(p(relay, q) - p(direct, q)).toFixed(3);

/** Print the tables and return what goes into bench/results/chat-relay.json. */
export function reportRelay(levels: LevelRun[], loadBefore: number[], label: string) {
  const tokens = levels.map((level) => {
    const {
      streams,
      rounds,
      relayed: r,
      direct: d,
      appCpuMicrosPerToken,
      clientCpuMicrosPerToken,
      loadAtStart,
    } = level;
    return {
      streams,
      rounds,
      'tokens (relay/direct)': `${r.tokenMs.length}/${d.tokenMs.length}`,
      'relay p50 ms': p(r.tokenMs, 50),
      'relay p99 ms': p(r.tokenMs, 99),
      'direct p50 ms': p(d.tokenMs, 50),
      'direct p99 ms': p(d.tokenMs, 99),
      'added p50 ms': added(r.tokenMs, d.tokenMs, 50),
      'added p99 ms': added(r.tokenMs, d.tokenMs, 99),
      'relay max ms': p(r.tokenMs, 100),
      'app CPU µs/token': Math.round(appCpuMicrosPerToken),
      'client CPU µs/token': Math.round(clientCpuMicrosPerToken),
      'mismatched/missing/errors': `${r.mismatches + d.mismatches}/${r.missing + d.missing}/${r.errors.length + d.errors.length}`,
      'load 1 min': loadAtStart,
    };
  });
  const positions = levels.flatMap(({ streams, relayed: r, direct: d }) =>
    POSITIONS.map((pos) => ({
      streams,
      tokens: pos,
      'samples (relay/direct)': `${r.byPosition[pos].length}/${d.byPosition[pos].length}`,
      'relay p50 ms': p(r.byPosition[pos], 50),
      'relay p99 ms': p(r.byPosition[pos], 99),
      'direct p99 ms': p(d.byPosition[pos], 99),
      'added p50 ms': added(r.byPosition[pos], d.byPosition[pos], 50),
      'added p99 ms': added(r.byPosition[pos], d.byPosition[pos], 99),
    })),
  );
  const ttft = levels.map(({ streams, relayed: r, direct: d }) => ({
    streams,
    'relayed TTFT p50 ms': p(r.ttftMs, 50),
    'relayed TTFT p99 ms': p(r.ttftMs, 99),
    'upstream TTFT p50 ms': p(d.ttftMs, 50),
    'upstream TTFT p99 ms': p(d.ttftMs, 99),
    'added p50 ms': added(r.ttftMs, d.ttftMs, 50),
    'added p99 ms': added(r.ttftMs, d.ttftMs, 99),
    'send → upstream request p50 ms': p(r.toUpstreamMs, 50),
    'send → upstream request p99 ms': p(r.toUpstreamMs, 99),
    'fake own TTFT p50 ms': p(r.upstreamTtftMs, 50),
  }));
  const script = `${RELAY_SCRIPT.tokens} tokens, one every ${RELAY_SCRIPT.delayMs} ms, the first at ${2 * RELAY_SCRIPT.delayMs} ms`;
  printTable(
    `chat-relay (${label}): per token, upstream write → client arrival (${script}); added = relay − direct, per percentile`,
    tokens,
  );
  printTable(`chat-relay (${label}): per token by position in the answer`, positions);
  printTable(
    `chat-relay (${label}): time to first token (relayed: chat:send → first chat:delta; upstream: fetch → first chunk)`,
    ttft,
  );
  const at50 = tokens.find((t) => t.streams === 50);
  const target = at50
    ? {
        'added p99 at 50 streams ms': at50['added p99 ms'],
        'target ms': 1,
        met: at50['added p99 ms'] <= 1 ? 'yes' : 'no',
      }
    : null;
  if (target) printTable(`chat-relay (${label}): against the target`, [target]);
  const load = reportLoad(loadBefore);
  const errors = levels.flatMap((l) => [...l.relayed.errors, ...l.direct.errors]).slice(0, 10);
  if (errors.length) console.log('first errors:', errors);
  return { script: RELAY_SCRIPT, tokens, positions, ttft, target, errors, load };
}
