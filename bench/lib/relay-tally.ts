import type { StampedRequest } from './fake-openai-protocol.js';
import type { ClientStream } from './relay-streams.js';

/**
 * Where in its answer a token is. Every stream of a round starts and ends together, so the
 * first and last tokens share the event loop with the other streams' start (store the
 * question, insert the answer, call upstream) and end (write the answer) — the middle ones
 * only with relaying. `steady` (overlapping the others) is the tokens written while every
 * stream of the round was relaying and none was starting or ending: after the last stream's
 * first token reached its client, before the first stream's last token was written.
 */
export const POSITIONS = ['first 5', 'middle', 'last 5', 'steady'] as const;
export type Position = (typeof POSITIONS)[number];
const positionOf = (k: number, count: number): Position => (k < 5 ? 'first 5' : k >= count - 5 ? 'last 5' : 'middle');

/** Samples of one kind (relayed or direct) at one level, and what did not line up. */
export interface Tally {
  /** Per token: client arrival − upstream write, ms. */
  tokenMs: number[];
  byPosition: Record<Position, number[]>;
  /** Client start (chat:send or fetch) → first text chunk. */
  ttftMs: number[];
  /** Upstream's own first-token time for these requests: first write − request arrival. */
  upstreamTtftMs: number[];
  /** Client start → the request's arrival upstream. */
  toUpstreamMs: number[];
  mismatches: number;
  missing: number;
  errors: string[];
}

export const tally = (): Tally => ({
  tokenMs: [],
  byPosition: { 'first 5': [], middle: [], 'last 5': [], steady: [] },
  ttftMs: [],
  upstreamTtftMs: [],
  toUpstreamMs: [],
  mismatches: 0,
  missing: 0,
  errors: [],
});

const ms = (ns: bigint) => Number(ns) / 1e6;

/** The k-th chunk a client got is the k-th chunk written for its request; texts must agree. */
export function match(into: Tally, streams: ClientStream[], stamps: Map<string, StampedRequest>): void {
  const { from, to } = steadyWindow(streams, stamps);
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
      if (sent.text !== c.text) {
        into.mismatches++;
        return;
      }
      const latency = ms(c.ns - BigInt(sent.ns));
      into.tokenMs.push(latency);
      into.byPosition[positionOf(k, up.sent.length)].push(latency);
      if (BigInt(sent.ns) > from && BigInt(sent.ns) < to) into.byPosition.steady.push(latency);
    });
    if (s.chunks[0]) into.ttftMs.push(ms(s.chunks[0].ns - s.startNs));
    if (up.sent[0]) into.upstreamTtftMs.push(ms(BigInt(up.sent[0].ns) - BigInt(up.receivedNs)));
    into.toUpstreamMs.push(ms(BigInt(up.receivedNs) - s.startNs));
  }
}

/** See POSITIONS; empty (from ≥ to) when the last stream started after the first had ended. */
function steadyWindow(streams: ClientStream[], stamps: Map<string, StampedRequest>): { from: bigint; to: bigint } {
  let from = 0n;
  let to = BigInt(Number.MAX_SAFE_INTEGER) * 1000n;
  for (const s of streams) {
    const last = stamps.get(s.key)?.sent.at(-1);
    if (!s.chunks[0] || !last) continue;
    if (s.chunks[0].ns > from) from = s.chunks[0].ns;
    if (BigInt(last.ns) < to) to = BigInt(last.ns);
  }
  return { from, to };
}
