import type { ChatCard, Department } from '../../../shared/chat.js';

/**
 * One shopper message of the evaluation set (docs/SPEC.md [EVAL1]–[EVAL4]) and what its answer must hold.
 * `{paid}`, `{shipped}` and `{other}` stand for order numbers the test creates: the shopper's
 * paid order, the shopper's shipped order, and another shopper's order.
 */
export interface EvalTurn {
  say: string;
  /** Facts the answer's text must contain (case-insensitive for strings). */
  must?: Array<string | RegExp>;
  mustNot?: Array<string | RegExp>;
  /** Card kinds that must be shown (a product card, an order card, a proposal…). */
  cards?: Array<ChatCard['kind']>;
  /** The product slug a product or proposal card must be about. */
  cardSlug?: string;
  /** Tools that must have been called. */
  tools?: string[];
  /** No tool may be called (refusals, greetings, policies). */
  noTools?: boolean;
}

export interface EvalCase {
  id: string;
  /** What the case exercises (the regression set's own labels, from before the trained classifier). */
  intent: string;
  turns: EvalTurn[];
  /** Default: routeDepartment over the conversation's first message, as the chat does. */
  department?: Department;
  /** An injection or other-identity attempt: nothing of another shopper may appear. */
  injection?: boolean;
}
