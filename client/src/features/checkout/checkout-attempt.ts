import type { z } from 'zod';
import type { Order } from '../../../../shared/orders.js';
import type { AppErrorBody, ClientErrorCode, ClientResult } from '../../../../shared/result.js';
import type { CheckoutDetailsSchema } from './checkout-fields.js';
import { newUuid } from '../../lib/uuid.js';

/**
 * One press of "Place order" and its retries. The server answers a key it has seen with the
 * same order, and refuses the key with a different payload (docs/ARCHITECTURE.md §5), so a key lives
 * exactly as long as the question "did that order go through?" is open.
 */
export interface CheckoutAttempt {
  key: string;
  /** The cart version sent first; a retry must send the same payload, this included. */
  cartVersion: number;
  /** What the server compares on a retry, without the card's secrets (see `fingerprintOf`). */
  fingerprint: string;
}

type ParsedDetails = z.output<typeof CheckoutDetailsSchema>;

/**
 * The payload's identity as the server's checkoutFingerprint sees it: the card counts by its
 * last four digits, expiry and name only, so neither its number nor its code is held here.
 */
export function fingerprintOf(details: ParsedDetails): string {
  const { card, ...rest } = details;
  return JSON.stringify({ ...rest, card: { last4: card.number.slice(-4), expiry: card.expiry, name: card.name } });
}

/** A new idempotency key per attempt. */
export const newAttemptKey = newUuid;

/**
 * The attempt to send now. An unanswered attempt (`open`) is sent again, key and cart version
 * unchanged, while the shopper's details are the same; changed details are a new checkout and
 * get a new key (reusing the key for them would be refused by design).
 */
export function attemptToSend(
  open: CheckoutAttempt | null,
  fingerprint: string,
  cartVersion: number,
  makeKey: () => string = newAttemptKey,
): CheckoutAttempt {
  if (open && open.fingerprint === fingerprint) return open;
  return { key: makeKey(), cartVersion, fingerprint };
}

/** No answer about the order itself: it may or may not have been placed, so the key is kept. */
const UNANSWERED: readonly ClientErrorCode[] = ['timeout', 'disconnected', 'rate_limited'];

export type CheckoutOutcome =
  | { kind: 'placed'; order: Order }
  /** No definitive answer: keep the attempt and send it again as it is. */
  | { kind: 'unanswered'; error: AppErrorBody<ClientErrorCode> }
  /** Fields the server (or its payment provider) refused, e.g. a card number failing its checksum. */
  | { kind: 'invalid'; error: AppErrorBody<ClientErrorCode> }
  /** Declined or insufficient funds: nothing charged, the cart kept. */
  | { kind: 'payment-refused'; error: AppErrorBody<ClientErrorCode> }
  /** The cart or the stock changed since the page showed it. */
  | { kind: 'cart-changed'; error: AppErrorBody<ClientErrorCode> }
  | { kind: 'failed'; error: AppErrorBody<ClientErrorCode> };

/** What an answer to `checkout:place` means for the page. Every kind but `unanswered` ends the attempt. */
export function outcomeOf(result: ClientResult<Order>): CheckoutOutcome {
  if (result.ok) return { kind: 'placed', order: result.data };
  const { error } = result;
  if (UNANSWERED.includes(error.code)) return { kind: 'unanswered', error };
  if (error.code === 'bad_request') return { kind: 'invalid', error };
  if (error.code === 'conflict') {
    // The server names the card field when the payment was refused; a cart conflict names none.
    const aboutCard = Object.keys(error.fields ?? {}).some((f) => f.startsWith('card.'));
    return { kind: aboutCard ? 'payment-refused' : 'cart-changed', error };
  }
  return { kind: 'failed', error };
}

/** The attempt still open after an outcome: only an unanswered one may be sent again. */
export const openAfter = (attempt: CheckoutAttempt, outcome: CheckoutOutcome): CheckoutAttempt | null =>
  outcome.kind === 'unanswered' ? attempt : null;
