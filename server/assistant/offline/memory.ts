import type { ChatCard } from '../../../shared/chat.js';
import type { HistoryTurn } from '../engine.js';
import { extractSlots, findProducts, plain, type Slots } from '../../nlu/entities.js';

/** What the conversation so far says a follow-up refers to (docs/SPEC.md [OFF10]). */
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

function onlyCartLine(cards: readonly ChatCard[]): string | undefined {
  const cart = cards.find((c) => c.kind === 'cart');
  return cart?.kind === 'cart' && cart.lines.length === 1 ? findProducts(cart.lines[0]!.name)[0] : undefined;
}

/** Words that pick one of several ("the long one", "the other", "the cheaper one"), not "last week". */
const PICKING = /\bthe (\w+ )?one\b|\bthe (other|first|second|third|last|cheaper|cheapest|pricier)\b/;

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
      userAskedToCompare =
        slots.products.length >= 2 || /\b(compare|versus|vs|difference|which is better)\b/.test(plain(turn.content));
      // "Add the long one in white": the one picked stays in focus for "black then".
      const picked =
        slots.products.length || !PICKING.test(plain(turn.content)) ? undefined : pickedFromGroup(turn.content, memory);
      if (slots.products.length === 1 || picked) memory.focus = slots.products[0] ?? picked;
      continue;
    }
    memory.lastCards = turn.cards;
    // Only what an answer showed as a card: the wording of a fixed reply ("for example **Vision X**") names nothing.
    const slugs = [...new Set(cardSlugs(turn.cards))];
    // A cart of one line shown alone: "does that phone do wireless charging?" next means that line.
    const cartLine = slugs.length ? undefined : onlyCartLine(turn.cards);
    if (cartLine) memory.focus = cartLine;
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
  return pickedFromGroup(text, memory) ?? memory.focus;
}

/** "The other one", "the first", "the cheaper one", "the long one": one of the last group, if the words pick one. */
function pickedFromGroup(text: string, memory: Memory): string | undefined {
  const p = plain(text);
  const { group, focus } = memory;
  if (group.length >= 2) {
    if (/\b(other|another) one\b|\bthe other\b/.test(p)) return group.find((s) => s !== focus) ?? group[1];
    const ordinal = /\b(first|second|third|last)( one)?\b/.exec(p)?.[1];
    if (ordinal) return ordinal === 'last' ? group.at(-1) : group[['first', 'second', 'third'].indexOf(ordinal)];
    const priced = memory.groupCards.flatMap((c) => (c.kind === 'product' ? [c] : []));
    if (/\b(cheaper|cheapest|less expensive)\b/.test(p) && priced.length >= 2)
      return [...priced].sort((a, b) => a.priceFromCents - b.priceFromCents)[0]!.slug;
    if (/\b(pricier|more expensive|dearer)\b/.test(p) && priced.length >= 2)
      return [...priced].sort((a, b) => b.priceFromCents - a.priceFromCents)[0]!.slug;
    return bySize(p, priced);
  }
  return undefined;
}

/** A size in a product's name: "Cable (2 m, 240 W)" is 2 m long, "Vision Watch 41 mm" is 41 mm. */
const sizeInName = (name: string) => Number(/(\d+(?:\.\d+)?) ?(?:m|mm)\b/.exec(name)?.[1] ?? NaN);

/** "The long one", "the smaller one": among products whose names give their size, the longest or the shortest. */
function bySize(p: string, cards: ReadonlyArray<{ slug: string; name: string }>): string | undefined {
  const wantsBig = /\b(long|longer|longest|big|bigger|biggest|large|larger|largest)( one)?\b/.test(p);
  const wantsSmall = /\b(short|shorter|shortest|small|smaller|smallest|little)( one)?\b/.test(p);
  if (wantsBig === wantsSmall || cards.length < 2 || cards.some((c) => Number.isNaN(sizeInName(c.name))))
    return undefined;
  const sorted = [...cards].sort((a, b) => sizeInName(a.name) - sizeInName(b.name));
  return (wantsBig ? sorted.at(-1) : sorted[0])!.slug;
}
