import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { orderLines } from '../../db/schema.js';
import type { OrderStatus } from '../../../shared/order-status.js';
import { orderReceipt } from '../mail/templates/order-receipt.js';
import { orderDelivered, orderShipped } from '../mail/templates/order-status.js';
import { mailLocale } from '../locale/locale.repo.js';
import type { OrderRow } from './orders.repo.js';

type MailCtx = Pick<AppContext, 'outbox' | 'config'>;

/**
 * The receipt, queued in the transaction that writes the order ([MAIL3]): the order and its
 * receipt commit together or not at all; `order-receipt:<number>` is one message per order, ever.
 * In the buyer's language: the account's, else the ordering session's ([LANG4]).
 */
export function queueOrderReceipt(ctx: MailCtx, tx: DbLike, row: OrderRow, now: number): void {
  const lines = tx.select().from(orderLines).where(eq(orderLines.orderId, row.id)).orderBy(asc(orderLines.id)).all();
  const mail = orderReceipt({ ...row, lines, publicUrl: ctx.config.PUBLIC_URL }, mailLocale(tx, row));
  ctx.outbox.queue(tx, { eventId: `order-receipt:${row.number}`, kind: 'order_receipt', to: row.email, ...mail }, now);
}

const NOTICES = { shipped: ['order_shipped', orderShipped], delivered: ['order_delivered', orderDelivered] } as const;

/** Shipped and delivered notices, queued in the transaction that moves the order ([MAIL4]); other moves tell by socket only. */
export function queueOrderStatusMail(ctx: MailCtx, tx: DbLike, row: OrderRow, to: OrderStatus, now: number): void {
  if (to !== 'shipped' && to !== 'delivered') return;
  const [kind, template] = NOTICES[to];
  const mail = template(
    {
      number: row.number,
      shippingMethod: row.shippingMethod,
      country: row.address.country,
      publicUrl: ctx.config.PUBLIC_URL,
    },
    mailLocale(tx, row),
  );
  ctx.outbox.queue(tx, { eventId: `order-${to}:${row.number}`, kind, to: row.email, ...mail }, now);
}
