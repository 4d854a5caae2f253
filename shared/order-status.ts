/** Order statuses and the moves between them (docs/ARCHITECTURE.md §5). Zod-free: the client imports it. */
export const ORDER_STATUSES = ['placed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTORS = ['system', 'staff', 'shopper'] as const;
export type OrderActor = (typeof ORDER_ACTORS)[number];

/** The happy path, in order; `cancelled` is reachable only from placed and paid. */
export const FULFILMENT_PATH = [
  'placed',
  'paid',
  'packed',
  'shipped',
  'delivered',
] as const satisfies readonly OrderStatus[];

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  placed: ['paid', 'cancelled'],
  paid: ['packed', 'cancelled'],
  packed: ['shipped'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

/** Who may make which move: shoppers may only cancel; the system and staff move orders along. */
export function canMove(from: OrderStatus, to: OrderStatus, actor: OrderActor): boolean {
  if (!NEXT[from].includes(to)) return false;
  return actor !== 'shopper' || to === 'cancelled';
}

export const nextStatuses = (from: OrderStatus): readonly OrderStatus[] => NEXT[from];
export const isFinal = (status: OrderStatus) => NEXT[status].length === 0;
