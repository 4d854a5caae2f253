import { SHIPPING_RATES, type Country, type ShippingMethod } from '../../../shared/shipping.js';
import { splitSentences } from '../knowledge/sentences.js';
import { bullets, capital, dateLabel, dollars } from './format.js';
import { useTool, type ReplyContext } from './reply-context.js';
import { plain } from '../../nlu/entities.js';

interface OrderFacts {
  number: string;
  status: string;
  placedAt: string;
  items: Array<{ name: string; quantity: number }>;
  totalCents: number;
  shippingMethod?: ShippingMethod;
  shipsTo?: Country;
}

/**
 * [ORD2] What happens next and when it arrives: an order still at the warehouse leaves on the
 * next dispatch; once it leaves, the country's delivery days for the method chosen apply.
 */
function nextStep(ctx: ReplyContext, o: OrderFacts): string | undefined {
  const rate = o.shipsTo && SHIPPING_RATES[o.shipsTo];
  const days =
    rate && o.shippingMethod
      ? `${o.shippingMethod === 'express' ? rate.expressDays : rate.standardDays} business days`
      : undefined;
  const delivery = days ? ` ${capital(o.shippingMethod!)} delivery then takes ${days}.` : '';
  // The dispatch rule in the guide's own words ("If you order before 2 p.m. Eastern Time…").
  const sentences =
    ctx.knowledge.passages
      .find((p) => p.id.startsWith('when-a-visionx-order-ships'))
      ?.text.split(/\n\s*\n/)
      .flatMap(splitSentences) ?? [];
  const dispatch = sentences.find((t) => /\bbefore\b.*\bsame day\b/.test(t));
  const tracking = sentences.find((t) => /\btracking link\b/.test(t));
  // "Has it shipped yet?": not yet, and the steps still to come, by the names the order page shows.
  if (o.status === 'placed' || o.status === 'paid')
    return `It hasn't shipped yet: next it is **Packed**, then **Shipped**. ${dispatch ?? 'Our warehouse packs it and hands it to the carrier.'}${delivery}${tracking ? ` ${tracking}` : ''}`;
  if (o.status === 'packed')
    return `It leaves with the carrier on the next dispatch, and you get a tracking email when they scan it.${delivery}`;
  if (o.status === 'shipped')
    return days
      ? `It's on its way: ${o.shippingMethod} delivery takes ${days} from when it left us, and the tracking email has the carrier's latest.`
      : undefined;
  return undefined;
}

/** What a status means, in the guide's own words (the "Order status" passage's numbered list). */
function statusMeaning(ctx: ReplyContext, status: string): string | undefined {
  if (status === 'cancelled') return 'The order was cancelled; a cancelled order is refunded in full to the card used.';
  const passage = ctx.knowledge.passages.find((p) => p.id === 'order-status-placed-paid-packed-shipped-delivered');
  const line = passage?.text.split('\n').find((l) => new RegExp(`^\\d+\\.\\s+${status}:`, 'i').test(l.trim()));
  const meaning = line?.replace(/^\s*\d+\.\s+\w+:\s*/, '');
  return meaning ? capital(meaning) : undefined;
}

const itemsOf = (o: OrderFacts) => o.items.map((i) => `${i.quantity} × ${i.name}`).join(', ');

/** "Order VX-… is **Paid**. Your card payment has gone through." */
const statusSentence = (ctx: ReplyContext, o: OrderFacts) =>
  `Order **${o.number}** is **${capital(o.status)}**. ${statusMeaning(ctx, o.status) ?? ''}`.trim();

function describeOrder(ctx: ReplyContext, o: OrderFacts): string {
  return [
    `${statusSentence(ctx, o)} ${nextStep(ctx, o) ?? ''}`.trim(),
    `It was placed on ${dateLabel(o.placedAt)}: ${itemsOf(o)}, total ${dollars(o.totalCents)}. Details are on the [order page](/orders/${o.number}).`,
  ].join('\n\n');
}

/** [OFF8] The real status, from the shopper's own orders only (another number reads "not found"). */
/** How the answer for a number that is not one of the shopper's orders begins. */
const NOT_FOUND = "I couldn't find order";
/** The answer says the order is not the shopper's (and so says nothing more about it). */
export const isNotFound = (answer: string | undefined): answer is string => !!answer?.startsWith(NOT_FOUND);

export async function orderStatusAnswer(ctx: ReplyContext): Promise<string> {
  const number = ctx.slots.orderNumber;
  if (!number) return latestOrderAnswer(ctx);
  const out = await useTool(ctx, 'order_status', { number });
  if (!out) return "I couldn't look that order up just now. Please try again in a moment.";
  if (!out.ok) {
    return `${NOT_FOUND} **${number}** among your orders. I can only see your own orders: those placed with your account or in this browser, so I can't tell you anything about another order. Please check the number in your confirmation email, or sign in with the account you ordered with.`;
  }
  return describeOrder(ctx, out.result as OrderFacts);
}

async function ownOrders(ctx: ReplyContext): Promise<{ total: number; orders: OrderFacts[] } | undefined> {
  const out = await useTool(ctx, 'list_orders', {});
  return out?.ok ? (out.result as { total: number; orders: OrderFacts[] }) : undefined;
}

const NO_ORDERS =
  "I don't see any orders in your account or this browser. If you ordered while signed in on another device, sign in here with the same account and ask again.";

/** "The one that shipped", "the one that hasn't shipped yet": an order picked by its status, not by number. */
const BY_STATUS: ReadonlyArray<readonly [RegExp, ReadonlyArray<string>]> = [
  [
    /\bthe (one|order) (that |which )?(has ?n ?t|has not|is ?n ?t|is not|was ?n ?t|was not|s not) (yet )?(been )?(shipped|sent|dispatched)\b|\bthe (unshipped|pending) (one|order)\b/,
    ['placed', 'paid', 'packed'],
  ],
  [
    /\bthe (one|order) (that |which )?(has |have |is |was |s )?(already )?(been )?(shipped|sent|dispatched|on (its|the) way)\b|\bthe (already )?(shipped|sent|dispatched) (one|order)\b/,
    ['shipped'],
  ],
];

/** "And the other one?", "¿y el otro pedido?": the shopper's order other than the one just talked about. */
const THE_OTHER = /\b(the|my) other (one|order|purchase)\b|\bthe other\b\W*$/;

/**
 * The context with "the other order" made a number: the shopper's one order that is not the one
 * the conversation was about (carried in the slots, or the one order card just shown), when there
 * is exactly one such order.
 */
export async function withTheOtherOrder(ctx: ReplyContext): Promise<ReplyContext> {
  const text = plain(ctx.turn.userText);
  if (!THE_OTHER.test(text) || /\bvx\s?-?\s?[2-9a-hj-np-z]{8}\b/.test(text)) return ctx;
  const shown = ctx.memory.lastCards.flatMap((c) => (c.kind === 'order' ? [c.number] : []));
  const before = ctx.slots.orderNumber ?? (shown.length === 1 ? shown[0] : undefined);
  if (!before) return ctx;
  const others = (await ownOrders(ctx))?.orders.filter((o) => o.number !== before) ?? [];
  return others.length === 1 ? { ...ctx, slots: { ...ctx.slots, orderNumber: others[0]!.number } } : ctx;
}

async function latestOrderAnswer(ctx: ReplyContext): Promise<string> {
  const list = await ownOrders(ctx);
  if (!list) return "I couldn't look your orders up just now. Please try again in a moment.";
  const picked = pickedByStatus(ctx, list.orders);
  if (picked) return describeOrder(ctx, picked);
  const [latest, ...older] = list.orders;
  if (!latest) return NO_ORDERS;
  const others = older.length
    ? `You have ${list.total - 1} other order${list.total === 2 ? '' : 's'}; give me a number to check a different one.`
    : undefined;
  return [`Your most recent order:`, describeOrder(ctx, latest), others].filter(Boolean).join('\n\n');
}

/** The order the message picks by its status ("the one that shipped"), if the shopper has one. */
function pickedByStatus(ctx: ReplyContext, orders: OrderFacts[]): OrderFacts | undefined {
  const text = plain(ctx.turn.userText);
  const statuses = BY_STATUS.find(([re]) => re.test(text))?.[1];
  return statuses && orders.find((o) => statuses.includes(o.status));
}

export async function listOrdersAnswer(ctx: ReplyContext): Promise<string> {
  const list = await ownOrders(ctx);
  if (!list) return "I couldn't look your orders up just now. Please try again in a moment.";
  const picked = pickedByStatus(ctx, list.orders);
  if (picked) return describeOrder(ctx, picked);
  if (!list.orders.length) return NO_ORDERS;
  const lines = list.orders.map(
    (o) =>
      `**${o.number}** (${dateLabel(o.placedAt)}): **${capital(o.status)}**, ${itemsOf(o)}, ${dollars(o.totalCents)}`,
  );
  return [
    `You have ${list.total} order${list.total === 1 ? '' : 's'}${list.total > list.orders.length ? `; the ${list.orders.length} most recent` : ''}:`,
    bullets(lines),
    'Ask me about any of them by number.',
  ].join('\n\n');
}

/** "So for {order} the money's already gone?": that order's status in one line, or nothing when it isn't the shopper's. */
export async function orderStatusLine(ctx: ReplyContext): Promise<string | undefined> {
  const number = ctx.slots.orderNumber;
  const out = number ? await useTool(ctx, 'order_status', { number }) : undefined;
  if (!out?.ok) return undefined;
  return statusSentence(ctx, out.result as OrderFacts);
}
