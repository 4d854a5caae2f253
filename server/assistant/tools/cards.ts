import type { Cart } from '../../../shared/cart.js';
import type { CartCardData, OrderCardData, ProductCardData, ProductCardVariant } from '../../../shared/chat.js';
import type { Order } from '../../../shared/orders.js';
import type { AssistantShop, ShopRecord, VariantRow } from '../assistant.js';

/** The cards tools show: the same facts the shop's own pages show. */
export function productCard(shop: AssistantShop, record: ShopRecord): ProductCardData {
  const card = shop.card(record);
  const variant = cardVariant(record);
  return {
    kind: 'product',
    productId: card.id,
    slug: card.slug,
    name: card.name,
    category: card.category,
    tagline: card.tagline,
    image: card.image,
    priceFromCents: card.priceFromCents,
    priceToCents: card.priceToCents,
    inStock: record.variants.some((v) => v.stock > 0),
    rating: card.rating,
    ...(variant ? { variant } : {}),
  };
}

const cheapest = (vs: readonly VariantRow[]) =>
  vs.reduce<VariantRow | undefined>((best, v) => (best && best.priceCents <= v.priceCents ? best : v), undefined);

/**
 * The variant a card's "Add to cart" adds: the one the product page opens with when the URL names
 * none (client/src/features/product/variant-choice.ts): the cheapest in stock, else the cheapest [CHATUI4].
 */
export function cardVariant(record: ShopRecord): ProductCardVariant | undefined {
  const pick = cheapest(record.variants.filter((v) => v.stock > 0)) ?? cheapest(record.variants);
  if (!pick) return undefined;
  return {
    id: pick.id,
    colourName: record.product.colours.find((c) => c.key === pick.colour)?.name ?? pick.colour,
    storageGb: pick.storageGb,
    priceCents: pick.priceCents,
    inStock: pick.stock > 0,
  };
}

export function orderCard(order: Order): OrderCardData {
  return {
    kind: 'order',
    number: order.number,
    status: order.status,
    createdAt: order.createdAt,
    totalCents: order.totalCents,
    itemCount: order.lines.reduce((n, l) => n + l.quantity, 0),
    updatedAt: order.events.at(-1)?.at ?? order.createdAt,
  };
}

export function cartCard(cart: Cart): CartCardData {
  return {
    kind: 'cart',
    itemCount: cart.itemCount,
    subtotalCents: cart.subtotalCents,
    totalCents: cart.totalCents,
    lines: cart.lines.map((l) => ({
      name: l.name,
      colourName: l.colourName,
      storageGb: l.storageGb,
      quantity: l.quantity,
      lineTotalCents: l.lineTotalCents,
    })),
  };
}
