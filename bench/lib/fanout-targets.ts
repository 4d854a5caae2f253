import { variantsInStock } from './bench-db.js';
import { shopGroups, wsGroups, type FanoutGroup, type ShopGroup } from './fanout-groups.js';
import { guestCookies } from './guests.js';
import type { ServerChild } from './server-child.js';
import { ok } from '../../server/test/ack.js';

/** What the fan-out benches (cart-fanout, connections-held, cart-fanout-steps) run their clients against. */
export interface Prep {
  variantId: number;
  /** One guest session cookie per identity (the real app only). */
  cookies?: string[];
}

export interface Target {
  server: string;
  script: string;
  /** Added to the server's environment. */
  env?: Record<string, string>;
  /** Before any socket connects: what `identities` groups need. */
  prepare?(server: ServerChild, dbFile: string, identities: number): Promise<Prep>;
  connect(url: string, prep: Prep, count: number): Promise<FanoutGroup[]>;
  /** After the memory reading, before the first change. */
  setup?(groups: FanoutGroup[], prep: Prep): Promise<void>;
}

export const wsTarget: Target = {
  server: 'ws (baseline)',
  script: 'servers/ws-fanout-server.ts',
  connect: (url, p, n) => wsGroups(url, n, p.variantId),
};

export const bareTarget: Target = {
  server: 'socket.io bare',
  script: 'servers/io-fanout-server.ts',
  connect: (url, p, n) => shopGroups(url, n, p.variantId),
};

export const durableTarget: Target = {
  server: 'ws + durable write',
  script: 'servers/ws-durable-fanout-server.ts',
  connect: (url, p, n) => wsGroups(url, n, p.variantId),
};

/**
 * The real app as `npm start` runs it, with WORKERS=`workers` (> 1: a primary handing each
 * connection to a worker by sticky session, docs/decisions/028-workers-cluster.md).
 */
export function appTarget(workers: number): Target {
  return {
    server: `socket.io app (ours), WORKERS=${workers}`,
    script: 'servers/app-server.ts',
    env: { WORKERS: String(workers) },
    prepare: async (server, dbFile, identities) => ({
      cookies: await guestCookies(server.url, identities),
      variantId: variantsInStock(dbFile, 2)[0]!,
    }),
    connect: (url, p, n) => shopGroups(url, n, p.variantId, p.cookies),
    async setup(groups, p) {
      // The line every change toggles; this ack's version is where the group's changes count from.
      for (const group of groups as ShopGroup[]) {
        group.version = ok(
          await group.tabs[0]!.emitWithAck('cart:add', { variantId: p.variantId, quantity: 1 }),
        ).version;
      }
    },
  };
}
