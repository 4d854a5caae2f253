import type { EngineEvent, Turn } from '../engine.js';

/** The Voiceflow variables each turn sets (the agent's designer declares them under these names) [VF4]. */
export interface ShopVariables {
  shopper_first_name: string;
  cart_summary: string;
  last_order_status: string;
  [name: string]: string;
}

const usd = (cents: number) => `$${(cents / 100).toFixed(2)}`;

interface CartFacts {
  itemCount?: number;
  totalCents?: number;
  lines?: { name?: string; colour?: string; storageGb?: number | null; quantity?: number }[];
}
interface OrderFacts {
  orders?: { number?: string; status?: string }[];
}

/** "2 items: 1 × Vision Go (Transparent, 128 GB); 1 × … Total $698.00", or "empty". */
export function cartSummary(cart: CartFacts | null): string {
  if (!cart?.itemCount || !cart.lines?.length) return 'empty';
  const lines = cart.lines.map((l) => {
    const options = [l.colour, l.storageGb ? `${l.storageGb} GB` : ''].filter(Boolean).join(', ');
    return `${l.quantity ?? 1} × ${l.name ?? 'item'}${options ? ` (${options})` : ''}`;
  });
  const items = `${cart.itemCount} item${cart.itemCount === 1 ? '' : 's'}`;
  return `${items}: ${lines.join('; ')}. Total ${usd(cart.totalCents ?? 0)}`;
}

/** "VX-7K2M9QRT: shipped", or "none". */
export function lastOrderStatus(orders: OrderFacts | null): string {
  const last = orders?.orders?.[0];
  return last?.number ? `${last.number}: ${last.status ?? 'unknown'}` : 'none';
}

/**
 * The shop's facts for the agent, read through the turn's own tools (the shopper's cart and
 * orders, nobody else's): the records of those reads are yielded like any tool call, and
 * their cards are not shown (the agent decides what to say). The first name comes with the turn.
 */
export async function* shopVariables(turn: Turn): AsyncGenerator<EngineEvent, ShopVariables> {
  const cart = await turn.tools.run('view_cart', {});
  yield { type: 'tool', call: cart.record };
  const orders = await turn.tools.run('list_orders', {});
  yield { type: 'tool', call: orders.record };
  return {
    shopper_first_name: turn.conversation?.shopperFirstName ?? '',
    cart_summary: cartSummary(cart.ok ? (cart.result as CartFacts) : null),
    last_order_status: lastOrderStatus(orders.ok ? (orders.result as OrderFacts) : null),
  };
}
