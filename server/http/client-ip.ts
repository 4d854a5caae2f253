import type { IncomingHttpHeaders } from 'node:http';

/**
 * The client's address as Express reads it with `trust proxy` set to a hop count (TRUST_PROXY):
 * the peer, then X-Forwarded-For from the right, trusting exactly `hops` proxies. Entries further
 * left were written by the client and are never used. For sockets, whose handshake Express
 * does not see.
 */
export function clientIp(peer: string | undefined, headers: IncomingHttpHeaders, hops: number): string {
  const forwarded = [headers['x-forwarded-for']]
    .flat()
    .join(',')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const chain = [peer ?? 'unknown', ...forwarded.reverse()];
  return chain[Math.min(hops, chain.length - 1)]!;
}
