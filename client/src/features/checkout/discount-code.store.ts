import { batch, createEffect, createRoot, createSignal, on } from 'solid-js';
import { DISCOUNT_REFUSALS, type DiscountQuote } from '../../../../shared/discounts.js';
import type { AppErrorBody, ClientErrorCode } from '../../../../shared/result.js';
import { formatPrice, t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { request } from '../../lib/socket.js';
import { currentUser } from '../account/viewer.js';
import { createGenerations, ownerId } from '../addresses/book-owner.js';

/**
 * The code the shopper applied at checkout, as the server last quoted it for their cart. Display
 * only: checkout:place sends the code and the server prices the order itself (SPEC [DISC7]).
 */
/** The code field's id: Remove in the summary gives it the focus. */
export const DISCOUNT_INPUT_ID = 'checkout-discount-code';

const [applied, setApplied] = createSignal<DiscountQuote | null>(null);
/** Why the last code tried (or the applied one, checked again) does not apply; null when none. */
const [refusal, setRefusal] = createSignal<string | null>(null);
const [checking, setChecking] = createSignal(false);
export { applied as appliedDiscount, refusal as discountRefusal, checking as discountChecking };

/**
 * A code applied by one account is not the next one's: when the tab changes hands it is taken
 * off, and an answer asked for before is dropped.
 */
const generations = createGenerations();
createRoot(() =>
  createEffect(
    on(
      () => ownerId(currentUser()),
      () => {
        generations.next();
        batch(() => {
          setApplied(null);
          setRefusal(null);
          setChecking(false);
        });
      },
      { defer: true },
    ),
  ),
);

const REFUSALS: readonly string[] = [...DISCOUNT_REFUSALS, 'cart_empty'];
const isRefusal = (error: AppErrorBody<ClientErrorCode>) =>
  error.reason !== undefined && REFUSALS.includes(error.reason);

/** The words for a refusal; the minimum is said as a price where the field can say it. */
function refusalWords(error: AppErrorBody<ClientErrorCode>): string {
  const { code, minimum } = error.params ?? {};
  if (error.reason === 'discount_below_minimum' && typeof minimum === 'number')
    return t('discounts.field.belowMinimum', { code: String(code), minimum: formatPrice(minimum) });
  return errorMessage(error);
}

/** Ask the server what `code` gives the cart now; true when it applies. */
export async function applyDiscount(code: string): Promise<boolean> {
  const generation = generations.now();
  setChecking(true);
  const result = await request('checkout:discount-check', { code });
  if (!generations.isCurrent(generation)) return false;
  setChecking(false);
  if (result.ok) {
    setApplied(result.data);
    setRefusal(null);
    return true;
  }
  setRefusal(refusalWords(result.error));
  return false;
}

export function removeDiscount(): void {
  setApplied(null);
  setRefusal(null);
}

/**
 * The cart changed (here or in another tab): the applied code is checked again. A code that no
 * longer applies (below its minimum now, used up meanwhile) is removed and the field says why;
 * no answer (offline) keeps it, and checkout checks it again anyway.
 */
export async function recheckDiscount(cartVersion: number): Promise<void> {
  const quote = applied();
  if (!quote || quote.cartVersion === cartVersion) return;
  const generation = generations.now();
  const result = await request('checkout:discount-check', { code: quote.code });
  if (applied()?.code !== quote.code || !generations.isCurrent(generation)) return; // removed or replaced meanwhile
  if (result.ok) setApplied(result.data);
  else if (isRefusal(result.error)) {
    setApplied(null);
    setRefusal(refusalWords(result.error));
  }
}

/** A checkout refused because of the code: the field says why and the code is taken off. */
export function discountRefusedAtCheckout(error: AppErrorBody<ClientErrorCode>): void {
  if (!isRefusal(error) || error.reason === 'cart_empty') return;
  setApplied(null);
  setRefusal(refusalWords(error));
}
