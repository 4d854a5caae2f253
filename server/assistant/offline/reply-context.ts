import type { EngineEvent, Turn } from '../engine.js';
import type { Knowledge } from '../knowledge/passages.js';
import type { ToolName } from '../tools/catalog-of-tools.js';
import type { ToolOutcome } from '../tools/toolbox.js';
import type { Understanding } from '../understanding/understand.js';
import type { Memory } from './memory.js';
import type { Slots } from '../../nlu/entities.js';

/** Everything an answer is composed from; tool calls append their record and cards to `events`. */
export interface ReplyContext {
  turn: Turn;
  knowledge: Knowledge;
  understanding: Understanding;
  slots: Slots;
  memory: Memory;
  events: EngineEvent[];
}

/** The facts product_details returns (see tools/catalog-tools.ts). */
export interface ProductFacts {
  slug: string;
  name: string;
  category: string;
  tagline: string;
  description?: string;
  specs: Array<{ group: string; name: string; value: string }>;
  variants: Array<{ variantId: number; colour: string; storageGb: number | null; priceCents: number; stock: number }>;
  rating: { average: number | null; count: number };
  /** For an accessory: the phones it works with. */
  fits?: Array<{ slug: string; name: string; note?: string }>;
  url: string;
}

const READ_ONLY: ReadonlySet<ToolName> = new Set([
  'view_cart',
  'product_details',
  'search_products',
  'list_orders',
  'order_status',
]);
/** This answer's look-ups so far, keyed by the answer's own event list (one per turn). */
const LOOKUPS = new WeakMap<object, Map<string, ToolOutcome>>();
function lookups(ctx: ReplyContext): Map<string, ToolOutcome> {
  let map = LOOKUPS.get(ctx.events);
  if (!map) {
    map = new Map();
    LOOKUPS.set(ctx.events, map);
  }
  return map;
}

export const canUse = (ctx: ReplyContext, name: ToolName) => ctx.turn.tools.definitions.some((d) => d.name === name);

/**
 * Run a tool through the turn's ToolBox (the only way to shop facts: scoped to the shopper and
 * the department) and record its call and cards. Undefined when the department lacks the tool.
 */
export async function useTool(
  ctx: ReplyContext,
  name: ToolName,
  args: Record<string, unknown>,
): Promise<ToolOutcome | undefined> {
  if (!canUse(ctx, name) || ctx.turn.signal.aborted) return undefined;
  // A look-up asked twice in one answer (the cart read for a fit warning and for the total) is one call.
  const key = READ_ONLY.has(name) ? `${name} ${JSON.stringify(args)}` : undefined;
  const seen = key === undefined ? undefined : lookups(ctx).get(key);
  if (seen) return seen;
  const outcome = await ctx.turn.tools.run(name, args);
  if (key !== undefined) lookups(ctx).set(key, outcome);
  ctx.events.push({ type: 'tool', call: outcome.record });
  for (const card of outcome.cards) {
    // A product found by search and then looked up in detail is shown once; so is an order listed and then looked up.
    const shown =
      (card.kind === 'product' &&
        ctx.events.some((e) => e.type === 'card' && e.card.kind === 'product' && e.card.slug === card.slug)) ||
      (card.kind === 'order' &&
        ctx.events.some((e) => e.type === 'card' && e.card.kind === 'order' && e.card.number === card.number));
    if (!shown) ctx.events.push({ type: 'card', card });
  }
  return outcome;
}

export async function productFacts(ctx: ReplyContext, slug: string): Promise<ProductFacts | undefined> {
  const out = await useTool(ctx, 'product_details', { slug });
  return out?.ok ? (out.result as ProductFacts) : undefined;
}

/**
 * The product cards of an answer that names some products: those, in the order named (the one
 * recommended first, so "does it…" next means it), and no others the search happened to return.
 */
export async function showProducts(ctx: ReplyContext, slugs: readonly string[]): Promise<void> {
  for (const slug of slugs)
    if (!ctx.events.some((e) => e.type === 'card' && e.card.kind === 'product' && e.card.slug === slug))
      await productFacts(ctx, slug);
  const cardOf = (slug: string) =>
    ctx.events.find((e) => e.type === 'card' && e.card.kind === 'product' && e.card.slug === slug);
  const named = slugs.flatMap((slug) => cardOf(slug) ?? []);
  const others = ctx.events.filter((e) => !(e.type === 'card' && e.card.kind === 'product'));
  ctx.events.splice(0, ctx.events.length, ...others, ...named);
}
