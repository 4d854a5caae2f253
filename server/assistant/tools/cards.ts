import type { Cart } from '../../../shared/cart.js';
import type { CartCardData, OrderCardData, ProductCardData } from '../../../shared/chat.js';
import type { Order } from '../../../shared/orders.js';
import type { AssistantShop, ShopRecord } from '../assistant.js';

/** The cards tools show: the same facts the shop's own pages show. */
export function productCard(shop: AssistantShop, record: ShopRecord): ProductCardData {
  const card = shop.card(record);
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
