import * as assert from 'uvu/assert';
import type { Cart } from '../../../shared/cart.js';

/** A cart request of the live shopper (test/crash/live-shopper.ts). */
export type CartChange = {
  event: 'cart:add' | 'cart:set-quantity' | 'cart:remove';
  variantId: number;
  quantity?: number;
};

/**
 * A cart change whose answer was lost with the connection applied exactly once, or not at all:
 * `after` (the cart read on reconnecting) is `before` with the change, one version on, or `before`.
 */
export function assertSettled(who: string, change: CartChange, before: Cart, after: Cart): void {
  const lines = (cart: Cart) => new Map(cart.lines.map((l) => [l.variantId, l.quantity]));
  const expected = lines(before);
  const had = expected.get(change.variantId) ?? 0;
  if (change.event === 'cart:remove') expected.delete(change.variantId);
  else expected.set(change.variantId, change.event === 'cart:add' ? had + change.quantity! : change.quantity!);
  const applied = after.version === before.version + 1;
  assert.ok(
    applied || after.version === before.version,
    `${who}: a lost ${change.event} moved the cart from version ${before.version} to ${after.version}`,
  );
  assert.equal(lines(after), applied ? expected : lines(before), `${who}: a lost ${change.event}`);
}
