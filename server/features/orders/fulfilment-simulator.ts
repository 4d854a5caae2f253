import { and, inArray, lte } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { orders } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { FULFILMENT_PATH, type OrderStatus } from '../../../shared/order-status.js';
import { moveOrder } from './orders.service.js';

/**
 * The demo's warehouse: every `stepMs`, an order that has sat in paid, packed or shipped for
 * at least that long moves one step (actor `system`), through the same state machine staff
 * use. Off when stepMs is 0 (tests). Per-process timer; with several processes only one
 * should run it (a later job queue's concern).
 */
const MOVING: OrderStatus[] = ['paid', 'packed', 'shipped'];
const next = (s: OrderStatus) => FULFILMENT_PATH[FULFILMENT_PATH.indexOf(s as (typeof FULFILMENT_PATH)[number]) + 1]!;

export async function advanceDueOrders(ctx: AppContext, stepMs: number): Promise<number> {
  const due = ctx.db
    .select({ id: orders.id, status: orders.status })
    .from(orders)
    .where(and(inArray(orders.status, MOVING), lte(orders.updatedAt, ctx.now() - stepMs)))
    .limit(100)
    .all();
  let moved = 0;
  for (const o of due) {
    try {
      await moveOrder(ctx, o.id, next(o.status), 'system', 'Fulfilment update');
      moved++;
    } catch (err) {
      // Cancelled (or moved by staff) since it was read: skip it, the others still move.
      if (!(err instanceof AppError && err.code === 'conflict')) throw err;
    }
  }
  return moved;
}

export function startFulfilmentSimulator(ctx: AppContext, stepMs: number): { stop(): void } {
  if (stepMs <= 0) return { stop() {} };
  let running = false;
  const timer = setInterval(
    () => {
      if (running) return;
      running = true;
      advanceDueOrders(ctx, stepMs)
        .catch((err) => ctx.log.error({ err }, 'fulfilment simulator failed'))
        .finally(() => (running = false));
    },
    Math.max(1000, Math.floor(stepMs / 4)),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
