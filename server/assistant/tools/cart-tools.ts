import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PROPOSAL_ACTIONS, type CartProposalData } from '../../../shared/chat.js';
import { QUANTITY_MAX } from '../../../shared/catalog-constants.js';
import type { ProductRow, VariantRow } from '../assistant.js';
import type { ToolSpec } from './catalog-of-tools.js';
import { cartCard } from './cards.js';
import { colourKey } from './catalog-tools.js';

const ViewCartArgs = z.object({});

export const viewCartTool: ToolSpec<typeof ViewCartArgs> = {
  description: "The shopper's own cart now: lines, quantities, prices and totals in US cents.",
  schema: ViewCartArgs,
  run(_args, { shop }) {
    const cart = shop.cart();
    return {
      ok: true,
      result: {
        itemCount: cart.itemCount,
        lines: cart.lines.map((l) => ({
          slug: l.slug,
          name: l.name,
          colour: l.colourName,
          storageGb: l.storageGb,
          quantity: l.quantity,
          unitPriceCents: l.unitPriceCents,
          lineTotalCents: l.lineTotalCents,
          stock: l.stock,
        })),
        subtotalCents: cart.subtotalCents,
        shippingCents: cart.shippingCents,
        freeShippingFromCents: cart.freeShippingFromCents,
        totalCents: cart.totalCents,
      },
      cards: cart.lines.length ? [cartCard(cart)] : [],
      summary: cart.itemCount
        ? `Viewed the cart (${cart.itemCount} item${cart.itemCount === 1 ? '' : 's'})`
        : 'Viewed the cart (empty)',
    };
  },
};

const ProposeArgs = z.object({
  action: z.enum(PROPOSAL_ACTIONS).default('add'),
  slug: z.string().trim().min(1).max(80).describe('The product slug, e.g. "vision-go".'),
  colour: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe('Colour name, e.g. "Transparent". Omitted: the cheapest option in stock.'),
  storageGb: z.number().int().positive().max(4096).optional(),
  quantity: z
    .number()
    .int()
    .min(1)
    .max(QUANTITY_MAX)
    .default(1)
    .describe('For add: how many to add; for set-quantity: the new quantity.'),
});

const fail = (error: string, extra: Record<string, unknown> = {}) => ({
  ok: false,
  result: { error, ...extra },
  summary: error,
});

/**
 * Proposes, never changes: the card it returns carries "Add to cart" / "No thanks", and only
 * the shopper's click (`chat:proposal-answer`) touches the cart.
 */
export const proposeCartChangeTool: ToolSpec<typeof ProposeArgs> = {
  description:
    "Propose a change to the shopper's cart. Shows a card the shopper must confirm; it does not change the cart by itself. " +
    'Use after the shopper asked for it. When colour or storage is not given, the cheapest option in stock is proposed.',
  schema: ProposeArgs,
  run(args, { shop }) {
    const product = shop.productBySlug(args.slug);
    if (!product) return fail(`No product "${args.slug}". Use search_products to find the slug.`);
    const cart = shop.cart();
    const inCart = new Map(cart.lines.map((l) => [l.variantId, l.quantity]));
    const all = shop.variantsOf(product.id);
    let options = all.filter(
      (v) =>
        (!args.colour || v.colour === colourKey(args.colour)) && (!args.storageGb || v.storageGb === args.storageGb),
    );
    if (args.action !== 'add') options = options.filter((v) => inCart.has(v.id));
    if (!options.length) {
      const why =
        args.action === 'add'
          ? `${product.name} does not come in that option.`
          : `${product.name} in that option is not in the cart.`;
      return fail(why, {
        options: describeOptions(product, args.action === 'add' ? all : all.filter((v) => inCart.has(v.id))),
      });
    }
    const chosen = options.find((v) => v.stock > 0) ?? options[0]!;
    const had = inCart.get(chosen.id) ?? 0;
    const wanted = args.action === 'add' ? had + args.quantity : args.action === 'set-quantity' ? args.quantity : 0;
    if (wanted > QUANTITY_MAX) return fail(`At most ${QUANTITY_MAX} of each item fit in a cart; the cart has ${had}.`);
    if (wanted > had && wanted > chosen.stock) {
      return fail(
        chosen.stock === 0 ? `${product.name} in that option is out of stock.` : `Only ${chosen.stock} left in stock.`,
        { options: describeOptions(product, all) },
      );
    }
    const card = proposalCard(product, chosen, args.action, args.action === 'remove' ? had : args.quantity);
    const others =
      options.length > 1
        ? describeOptions(
            product,
            options.filter((v) => v.id !== chosen.id),
          )
        : [];
    return {
      ok: true,
      result: {
        proposed: { ...describeOptions(product, [chosen])[0], action: args.action, quantity: card.quantity },
        otherOptions: others,
        note: 'The shopper sees a card and must confirm it.',
      },
      cards: [card],
      summary: `Proposed: ${args.action} ${card.quantity} × ${product.name} (${card.colourName}${card.storageGb ? `, ${card.storageGb} GB` : ''})`,
    };
  },
};

function colourNameOf(product: ProductRow, key: string): string {
  return product.colours.find((c) => c.key === key)?.name ?? key;
}

function describeOptions(product: ProductRow, vs: VariantRow[]) {
  return vs.map((v) => ({
    colour: colourNameOf(product, v.colour),
    storageGb: v.storageGb,
    priceCents: v.priceCents,
    stock: v.stock,
  }));
}

function proposalCard(
  product: ProductRow,
  v: VariantRow,
  action: CartProposalData['action'],
  quantity: number,
): CartProposalData {
  return {
    kind: 'cart-proposal',
    id: randomBytes(6).toString('base64url'),
    action,
    variantId: v.id,
    productName: product.name,
    slug: product.slug,
    colourName: colourNameOf(product, v.colour),
    storageGb: v.storageGb,
    image: product.images[v.colour] ?? Object.values(product.images)[0] ?? '',
    quantity,
    unitPriceCents: v.priceCents,
    state: 'pending',
  };
}
