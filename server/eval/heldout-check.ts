import type { ChatCard } from '../../shared/chat.js';
import type { Expect } from './heldout-set.js';

/** What one turn of the engine produced, as the runner saw it. */
export interface TurnOutput {
  text: string;
  cards: ChatCard[];
  /** A person was asked for during this turn. */
  handoff: boolean;
}

export type Placeholders = Record<string, string>;

/** `{paid}` and friends stand for the world's real order numbers. */
export const fillPlaceholders = (text: string, values: Placeholders) =>
  text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

function matches(alternative: string, text: string, values: Placeholders): boolean {
  const filled = fillPlaceholders(alternative, values);
  if (filled.startsWith('re:')) return new RegExp(filled.slice(3), 'i').test(text);
  return text.toLowerCase().includes(filled.toLowerCase());
}

const slugOf = (card: ChatCard) => (card.kind === 'product' || card.kind === 'cart-proposal' ? card.slug : undefined);

/**
 * Facts, not wording: every required fact present (any of its alternatives), no forbidden one,
 * the cards and hand-off asked for, and no cart proposal where none belongs. A clarifying
 * question passes where the case allows one, as long as it says nothing forbidden.
 */
export function checkTurn(expect: Expect, got: TurnOutput, values: Placeholders): string[] {
  const failures: string[] = [];
  const forbidden = (expect.none ?? []).filter((alt) => matches(alt, got.text, values));
  for (const alt of forbidden) failures.push(`said ${alt}`);
  const strict: string[] = [];
  for (const fact of expect.all ?? [])
    if (!fact.some((alt) => matches(alt, got.text, values))) strict.push(`missing ${fact.join(' | ')}`);
  for (const kind of expect.cards ?? []) if (!got.cards.some((c) => c.kind === kind)) strict.push(`no ${kind} card`);
  if (expect.cardSlugs && !got.cards.some((c) => expect.cardSlugs!.includes(slugOf(c) ?? '')))
    strict.push(`no card for ${expect.cardSlugs.join(' | ')}`);
  const proposed = got.cards.some((c) => c.kind === 'cart-proposal');
  if (expect.proposal === true && !proposed) strict.push('no cart proposal');
  if (expect.proposal === false && proposed) failures.push('proposed a cart change');
  if (expect.handoff === true && !got.handoff) strict.push('did not ask for a person');
  const clarified = expect.clarifyOk === true && asksBack(got.text);
  return clarified ? failures : [...failures, ...strict];
}

/** Closing offers ("Anything else?") are questions, but they clarify nothing. */
const STOCK_QUESTION =
  /anything else|help you with|did (that|this) (fix|help)|would you like (me to )?(bring|talk|a person)|rather talk/i;

/** The answer asks the shopper something about their request (a clarifying question). */
export function asksBack(text: string): boolean {
  const questions = text.match(/[^.!?\n]*\?/g) ?? [];
  return questions.some((q) => !STOCK_QUESTION.test(q));
}
