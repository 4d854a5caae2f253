import type { Order } from '../../../../shared/orders.js';

/** An order the store holds, and when (a store-wide counter) the server last told us about it. */
export interface HeldOrder {
  order: Order;
  seen: number;
}
export type OrderBook = ReadonlyMap<string, HeldOrder>;

export const EMPTY_BOOK: OrderBook = new Map();

/**
 * Take an order the server sent (an ack, an `orders:get` answer, an `order:updated` push)
 * unless the book already holds the same or a newer version: versions only grow, and a push can
 * overtake an answer. A stale order leaves the book itself unchanged.
 */
export function takeOrder(book: OrderBook, order: Order, seen: number): OrderBook {
  const held = book.get(order.number);
  if (held && held.order.version >= order.version) return book;
  return new Map(book).set(order.number, { order, seen });
}

/**
 * The book after an `orders:list` answer that was asked for when the counter stood at `askedAt`.
 * The answer is the whole truth for this identity, so orders it leaves out are dropped (after a
 * sign-out they are someone else's), except those the server told us about since the question
 * (an order placed meanwhile) and those in `keep` (an open order page re-checks its own).
 * Where the book holds a newer version than the answer, the newer one stays.
 */
export function syncList(
  book: OrderBook,
  fresh: readonly Order[],
  { askedAt, keep, seen }: { askedAt: number; keep: ReadonlySet<string>; seen: number },
): OrderBook {
  const next = new Map<string, HeldOrder>();
  for (const [number, held] of book) if (held.seen > askedAt || keep.has(number)) next.set(number, held);
  for (const order of fresh) {
    const held = next.get(order.number) ?? book.get(order.number);
    next.set(order.number, held && held.order.version > order.version ? held : { order, seen });
  }
  return next;
}

/** The book without one order (the server says it is not ours, or not there). */
export function forgetOrder(book: OrderBook, number: string): OrderBook {
  if (!book.has(number)) return book;
  const next = new Map(book);
  next.delete(number);
  return next;
}

/** Newest first, as the history lists them; the number breaks ties so the order is stable. */
export function newestFirst(book: OrderBook): Order[] {
  return [...book.values()]
    .map((h) => h.order)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.number.localeCompare(a.number));
}
