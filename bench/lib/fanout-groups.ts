import { WebSocket } from 'ws';
import { connectShopper, type ShopSocket } from './guests.js';

export const TABS = 3;

/** One identity's three tabs, as the fan-out driver sees them, whatever the server. */
export interface FanoutGroup {
  /** The cart version now; each change from tab 0 makes it one higher. */
  version: number;
  /** The one line's quantity now (1 or 2: each change toggles it). */
  quantity: number;
  /** Tab 0 sets the one line's quantity. */
  change(quantity: number): void;
  /** Set by the driver: a tab received `cart:updated` with this version. */
  onUpdate(tab: number, version: number): void;
  /** Changes the server answered with an error. */
  errors: number;
  close(): void;
}

export interface ShopGroup extends FanoutGroup {
  tabs: ShopSocket[];
}

/** `make(i)` for i in 0…count-1, `size` at a time, so thousands of handshakes don't land at once. */
export async function inBatches<T>(count: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, k) => make(i + k)))));
  }
  return out;
}

/** Groups of plain WebSocket clients on the `ws` baseline server (bench/servers/ws-fanout-server.ts). */
export function wsGroups(url: string, count: number, variantId: number): Promise<FanoutGroup[]> {
  const open = (group: number) =>
    new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/?group=${group}`);
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  return inBatches(count, 20, async (g) => {
    const tabs = await Promise.all(Array.from({ length: TABS }, () => open(g)));
    const group: FanoutGroup = {
      version: 0,
      quantity: 1,
      errors: 0,
      onUpdate: () => {},
      change: (quantity) => tabs[0]!.send(JSON.stringify({ variantId, quantity })),
      close: () => {
        for (const t of tabs) t.close();
      },
    };
    for (const [i, tab] of tabs.entries()) {
      tab.on('message', (data) =>
        group.onUpdate(i, (JSON.parse(String(data)) as { cart: { version: number } }).cart.version),
      );
    }
    return group;
  });
}

/**
 * Groups of Socket.IO clients: with `cookies`, each group is one guest identity of the real
 * app (its three tabs share the session cookie, so the app's cart room is the group);
 * without, the bare Socket.IO server puts them in a room by `?group=`.
 */
export function shopGroups(url: string, count: number, variantId: number, cookies?: string[]): Promise<ShopGroup[]> {
  return inBatches(count, 20, async (g) => {
    const query = cookies ? undefined : { group: String(g) };
    const tabs = await Promise.all(Array.from({ length: TABS }, () => connectShopper(url, cookies?.[g], query)));
    const group: ShopGroup = {
      tabs,
      version: 0,
      quantity: 1,
      errors: 0,
      onUpdate: () => {},
      change: (quantity) =>
        tabs[0]!.emit('cart:set-quantity', { variantId, quantity }, (res) => {
          if (!res.ok) group.errors += 1;
        }),
      close: () => {
        for (const t of tabs) t.disconnect();
      },
    };
    for (const [i, tab] of tabs.entries()) tab.on('cart:updated', (cart) => group.onUpdate(i, cart.version));
    return group;
  });
}
