import { z } from 'zod';
import { ORDER_NUMBER_PATTERN, type Order } from '../../../shared/orders.js';
import type { ToolSpec } from './catalog-of-tools.js';
import { orderCard } from './cards.js';

const facts = (o: Order) => ({
  number: o.number,
  status: o.status,
  placedAt: o.createdAt,
  items: o.lines.map((l) => ({ name: l.name, colour: l.colourName, storageGb: l.storageGb, quantity: l.quantity })),
  totalCents: o.totalCents,
  shippingMethod: o.shippingMethod,
  shipsTo: o.address.country,
  history: o.events.map((e) => ({ status: e.status, at: e.at, note: e.note })),
});

const StatusArgs = z.object({
  // The refusal is read by the model, not a shopper: its words stay here, in English.
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(ORDER_NUMBER_PATTERN, 'That is not a VisionX order number.')
    .describe('The order number, e.g. "VX-7K2M9QRT".'),
});

/** Only the shopper's own orders: another number is "not found", exactly like one that does not exist. */
export const orderStatusTool: ToolSpec<typeof StatusArgs> = {
  description: "The real status and history of one of the shopper's own orders, by its number.",
  schema: StatusArgs,
  run({ number }, { shop }) {
    const order = shop.order(number);
    if (!order) {
      const error = `No order ${number} in this shopper's account or session.`;
      return { ok: false, result: { error }, summary: error };
    }
    return {
      ok: true,
      result: facts(order),
      cards: [orderCard(order)],
      summary: `Looked up order ${order.number} (${order.status})`,
    };
  },
};

const ListArgs = z.object({});
const LISTED = 5;
const CARDS = 3;

export const listOrdersTool: ToolSpec<typeof ListArgs> = {
  description: "The shopper's own most recent orders (up to 5), newest first, with their statuses.",
  schema: ListArgs,
  run(_args, { shop }) {
    const all = shop.orders();
    const shown = all.slice(0, LISTED);
    return {
      ok: true,
      result: { total: all.length, orders: shown.map(facts) },
      cards: shown.slice(0, CARDS).map(orderCard),
      summary: all.length ? `Listed ${all.length} order${all.length === 1 ? '' : 's'}` : 'No orders yet',
    };
  },
};
