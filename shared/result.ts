import { DISCOUNT_REFUSALS } from './discounts.js';
import type { FieldErrors } from './field-errors.js';

/**
 * The one answer shape of every socket request (docs/ARCHITECTURE.md §3), and the error codes.
 * The server sends `ServerResult`; the client may also produce `timeout` and `disconnected`
 * locally when no answer arrives. Errors carry codes only: the words for each code, reason and
 * field code are in the client's i18n (client/src/i18n/en/errors.ts and field-errors.ts), nowhere else.
 */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const CLIENT_ERROR_CODES = [...ERROR_CODES, 'timeout', 'disconnected'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/**
 * What exactly went wrong, when the code alone says too little. Codes stay few and stable (the
 * client and tests branch on them); reasons may grow.
 */
export const ERROR_REASONS = [
  // Requests and sessions
  'cross_site',
  'not_json',
  'invalid_json',
  'too_large',
  'one_payload',
  'no_such_request',
  'no_such_api_call',
  'no_such_auth_call',
  'no_such_file',
  'too_many_requests',
  'network_busy',
  'sign_in_first',
  'session_ended',
  'no_live_session',
  'too_many_tabs',
  'too_many_connections',
  'staff_only',
  // Accounts and two-step sign-in
  'wrong_credentials',
  'wrong_password',
  'too_many_attempts',
  'password_changed_meanwhile',
  'email_taken',
  'sign_in_expired',
  'too_many_wrong_codes',
  'two_factor_already_on',
  'two_factor_already_off',
  'two_factor_setup_restart',
  'two_factor_staff_required',
  // Account links (password reset, email verification) and the profile
  'token_invalid',
  'token_expired',
  'token_used',
  'email_changed',
  'email_already_verified',
  // Catalog, cart and checkout
  'product_not_found',
  'watch_limit',
  'option_not_found',
  'not_in_cart',
  'quantity_limit',
  'out_of_stock',
  'stock_limit',
  'cart_empty',
  'cart_changed',
  'stock_short',
  'cart_changed_during_payment',
  'sold_out_during_payment',
  'attempt_reused',
  'attempt_ended',
  'card_declined',
  'insufficient_funds',
  'cards_refused_too_often',
  // Orders
  'order_not_found',
  'order_not_cancellable',
  'order_not_movable',
  'orders_in_transit',
  // Saved addresses
  'address_not_found',
  'address_book_full',
  // Reviews
  'review_sign_in',
  'review_not_purchased',
  'review_not_delivered',
  'review_already_written',
  'review_not_of_product',
  'review_not_found',
  // Contact
  'contact_quota',
  // Chat and the assistant
  'conversation_not_found',
  'no_earlier_conversation',
  'sending_too_fast',
  'assistant_busy',
  'assistant_day_limit',
  'still_answering',
  'staff_answering',
  'nothing_to_retry',
  'suggestion_not_found',
  'suggestion_accepted',
  'suggestion_declined',
  'suggestion_failed',
  // Staff
  'taken_by',
  'taken_by_someone',
  'taken_by_someone_else',
  'take_over_first',
  'conversation_closed',
  'conversation_already_closed',
  'proposal_refused',
  'saved_reply_title_taken',
  'saved_reply_not_found',
  'saved_replies_full',
  'order_not_in_view',
  // The desk's measures
  'rating_not_found',
  'already_rated',
  'assignment_changed',
  'assignment_changed_to_nobody',
  'staff_member_not_found',
  'hand_back_first',
  'colleague_offline',
  // Discount codes
  ...DISCOUNT_REFUSALS,
  'discount_code_taken',
  'discount_tries_too_often',
  // Email
  'transcript_quota',
  'transcript_empty',
  'transcript_goes_to_account',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** Values the words of a reason need: a count, a name, an order number. */
export type ErrorParams = Record<string, string | number>;

export interface AppErrorBody<C extends string = ErrorCode> {
  code: C;
  reason?: ErrorReason;
  params?: ErrorParams;
  /** Per-field codes, keyed by the dotted path of the field in the payload. */
  fields?: FieldErrors;
  /** For `rate_limited`: how long to wait before trying again. */
  retryAfterMs?: number;
}

export type Ok<T> = { ok: true; data: T };
export type Err<C extends string = ErrorCode> = { ok: false; error: AppErrorBody<C> };
export type ServerResult<T> = Ok<T> | Err<ErrorCode>;
export type ClientResult<T> = Ok<T> | Err<ClientErrorCode>;
