/**
 * The orders each staff socket found through `staff:search` (per process, like presence.ts):
 * with the orders of the shoppers it watches, the only orders it may move (staff-order-move.ts).
 * Bounded per socket, the oldest forgotten first, and dropped when the socket goes.
 */
export interface FoundOrders {
  remember(socketId: string, orderIds: readonly number[]): void;
  has(socketId: string, orderId: number): boolean;
  forget(socketId: string): void;
}

export const FOUND_ORDERS_PER_SOCKET = 200;

export function createFoundOrders(limit = FOUND_ORDERS_PER_SOCKET): FoundOrders {
  /** socket id → order ids, in the order they were last found (a Set keeps insertion order). */
  const found = new Map<string, Set<number>>();
  return {
    remember(socketId, orderIds) {
      if (!orderIds.length) return;
      const ids = found.get(socketId) ?? new Set<number>();
      found.set(socketId, ids);
      for (const id of orderIds) {
        ids.delete(id); // found again: now the newest
        ids.add(id);
      }
      for (const id of ids) {
        if (ids.size <= limit) break;
        ids.delete(id);
      }
    },
    has: (socketId, orderId) => found.get(socketId)?.has(orderId) ?? false,
    forget: (socketId) => void found.delete(socketId),
  };
}
