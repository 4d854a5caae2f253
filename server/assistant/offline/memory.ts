import type { ChatCard } from '../../../shared/chat.js';
import type { HistoryTurn } from '../engine.js';
import { extractSlots, plain, type Slots } from '../../nlu/entities.js';

/** What the conversation so far says a follow-up refers to (issue 5 §3 multi-turn memory). */
export interface Memory {
  /** The product just discussed ("it", "that one"). */
  focus?: string;
  /** The products of the last answer that showed several (a comparison or a recommendation), in order. */
  group: string[];
  /** Whether that group came from a comparison (then "it" is ambiguous until one is picked). */
  compared: boolean;
  /** The shopper's last three messages, oldest first ("if it's dead after all that, is it covered?" looks back at the damage). */
  recentUserText: string;
  /** The shopper's message before the previous one (the previous one is read in its light). */
  userBeforeLast?: { text: string; slots: Slots };
  /** The shopper's previous message and what it named (for "and in blue?"). */
  lastUser?: { text: string; slots: Slots };
  /** The assistant's last answer's cards. */
  lastCards: ChatCard[];
  /** The cards of the last answer that showed several products ("the cheaper one" picks among them). */
  groupCards: ChatCard[];
}

const cardSlugs = (cards: readonly ChatCard[]) =>
  cards.flatMap((c) => (c.kind === 'product' || c.kind === 'cart-proposal' ? [c.slug] : []));

/** Walk the history oldest first, keeping the latest product(s) in view. */
export function recall(history: readonly HistoryTurn[]): Memory {
  const memory: Memory = { group: [], compared: false, lastCards: [], groupCards: [], recentUserText: '' };
  const recent: string[] = [];
  let userAskedToCompare = false;
  for (const turn of history) {
    if (turn.role === 'user') {
      const slots = extractSlots(turn.content);
      memory.userBeforeLast = memory.lastUser;
      memory.lastUser = { text: turn.content, slots };
      recent.push(turn.content);
      memory.recentUserText = recent.slice(-3).join(' ');
      userAskedToCompare = slots.products.length >= 2 || /\b(compare|versus|vs|difference|which is better)\b/.test(plain(turn.content));
      if (slots.products.length === 1) memory.focus = slots.products[0];
      continue;
    }
    memory.lastCards = turn.cards;
    // Only what an answer showed as a card: the wording of a fixed reply ("for example **Vision X**") names nothing.
    const slugs = [...new Set(cardSlugs(turn.cards))];
    if (slugs.length === 1) {
      memory.focus = slugs[0];
    } else if (slugs.length > 1) {
      memory.group = slugs;
      memory.groupCards = turn.cards;
      memory.compared = userAskedToCompare;
      // After a recommendation the first card is the one recommended; after a comparison no one is picked yet.
      memory.focus = userAskedToCompare ? undefined : slugs[0];
    }
  }
  return memory;
}

/**
 * The product a follow-up means: one it names, else "the other one" / "the first one" /
 * "the cheaper one" within the last group, else the product in focus.
 */
export function referent(text: string, named: readonly string[], memory: Memory): string | undefined {
  if (named.length) return named[0];
  const p = plain(text);
  const { group, focus } = memory;
  if (group.length >= 2) {
    if (/\b(other|another) one\b|\bthe other\b/.test(p)) return group.find((s) => s !== focus) ?? group[1];
    const ordinal = /\b(first|second|third|last)( one)?\b/.exec(p)?.[1];
    if (ordinal) return ordinal === 'last' ? group.at(-1) : group[['first', 'second', 'third'].indexOf(ordinal)];
    const priced = memory.groupCards.flatMap((c) => (c.kind === 'product' ? [c] : []));
    if (/\b(cheaper|cheapest|less expensive)\b/.test(p) && priced.length >= 2) return [...priced].sort((a, b) => a.priceFromCents - b.priceFromCents)[0]!.slug;
    if (/\b(pricier|more expensive|dearer)\b/.test(p) && priced.length >= 2) return [...priced].sort((a, b) => b.priceFromCents - a.priceFromCents)[0]!.slug;
  }
  return focus;
}
