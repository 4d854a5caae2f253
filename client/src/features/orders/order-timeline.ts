import { canMove, FULFILMENT_PATH, type OrderStatus } from '../../../../shared/order-status.js';
import type { Order } from '../../../../shared/orders.js';

export type StepState = 'done' | 'current' | 'upcoming';

export interface TimelineStep {
  status: OrderStatus;
  state: StepState;
  /** When the order reached this step (ISO), or null for a step still to come. */
  at: string | null;
  /** A staff member moved it there: their first name ("Sam from VisionX"). */
  by?: string;
}

/** When the order last reached `status`, from its event history. */
function reachedAt(order: Pick<Order, 'events'>, status: OrderStatus): string | null {
  return order.events.findLast((e) => e.status === status)?.at ?? null;
}

/** Who of the staff moved the order to `status` (the event that reached it), if staff did. */
function movedBy(order: Pick<Order, 'events'>, status: OrderStatus): { by?: string } {
  const by = order.events.findLast((e) => e.status === status)?.by;
  return by ? { by } : {};
}

/**
 * The steps to show for an order: placed → paid → packed → shipped → delivered, the order's
 * status the current step, those before it done, those after it to come. A cancelled order
 * shows the steps it went through, then `cancelled` as its last, current step: what it never
 * reached will not happen, so it is not shown as to come.
 */
export function timelineSteps(order: Pick<Order, 'status' | 'events'>): TimelineStep[] {
  if (order.status === 'cancelled') {
    const passed = FULFILMENT_PATH.filter((s) => reachedAt(order, s) !== null);
    return [
      ...passed.map((status) => ({
        status,
        state: 'done' as const,
        at: reachedAt(order, status),
        ...movedBy(order, status),
      })),
      { status: 'cancelled', state: 'current', at: reachedAt(order, 'cancelled'), ...movedBy(order, 'cancelled') },
    ];
  }
  const current = FULFILMENT_PATH.indexOf(order.status);
  return FULFILMENT_PATH.map((status, i) => {
    const state: StepState = i < current ? 'done' : i === current ? 'current' : 'upcoming';
    if (state === 'upcoming') return { status, state, at: null };
    return { status, state, at: reachedAt(order, status), ...movedBy(order, status) };
  });
}

/** Shoppers may cancel while the order is placed or paid (docs/ARCHITECTURE.md §5). */
export const canCancel = (status: OrderStatus) => canMove(status, 'cancelled', 'shopper');
