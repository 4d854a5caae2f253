import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import type { ChatCard } from '../../../shared/chat.js';
import type { HistoryTurn, Turn } from '../engine.js';
import type { ToolDefinition } from '../tools/toolbox.js';

const CARDS_NOTE =
  'Tool results are also shown to the shopper as cards (products, orders, the cart, a proposed cart change): ' +
  'refer to them in a sentence instead of repeating every field. A proposed change applies only when the shopper confirms it.';
const FRUSTRATED_NOTE = 'The shopper seems frustrated: acknowledge it in one sentence before anything else.';
export const STAFF_PREFIX = '(VisionX staff) ';

/** Passages as compact Markdown: a heading line, then the text with blank lines squeezed. */
function passagesBlock(turn: Turn): string {
  if (!turn.passages.length) return '';
  const items = turn.passages.map((p) => `### ${p.title} (${p.section})\n${p.text.replace(/\n{2,}/g, '\n').trim()}`);
  return `Support guide passages for this question (use them; do not quote their headings):\n\n${items.join('\n\n')}`;
}

export function systemMessage(turn: Turn): string {
  const parts = [turn.systemPrompt, passagesBlock(turn), CARDS_NOTE];
  if (turn.sentiment.frustrated) parts.push(FRUSTRATED_NOTE);
  return parts.filter(Boolean).join('\n\n');
}

/**
 * What the cards of an earlier message showed, in one line: the model's memory of the product
 * or order just discussed ("and in transparent?" needs the product's id).
 */
export function cardsLine(cards: readonly ChatCard[]): string {
  return cards.length ? `[Shown: ${cards.map(cardLine).join('; ')}]` : '';
}

function cardLine(c: ChatCard): string {
  switch (c.kind) {
    case 'product':
      return `product "${c.name}" (id ${c.productId}, slug ${c.slug})`;
    case 'order':
      return `order ${c.number} (${c.status})`;
    case 'cart':
      return `cart (${c.itemCount} items)`;
    case 'cart-proposal':
      return `proposal ${c.action} ${c.quantity} × "${c.productName}" (variant ${c.variantId}, ${c.state})`;
    case 'rating': // the score only: the shopper's comment is for the team
      return c.score ? `rating ${c.score} of 5` : 'rating asked';
    case 'quick-replies':
      return `buttons ${c.options.map((o) => `"${o}"`).join(', ')}`;
  }
}

function historyMessage(h: HistoryTurn): ChatCompletionMessageParam {
  const cards = cardsLine(h.cards);
  const content = [h.role === 'staff' ? STAFF_PREFIX + h.content : h.content, cards].filter(Boolean).join('\n');
  return h.role === 'user' ? { role: 'user', content } : { role: 'assistant', content };
}

/** The first request's messages: system, the last turns, the shopper's message. */
export function initialMessages(turn: Turn): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: systemMessage(turn) },
    ...turn.history.map(historyMessage),
    { role: 'user', content: turn.userText },
  ];
}

export function toolsParam(definitions: readonly ToolDefinition[]): ChatCompletionTool[] {
  return definitions.map((d) => ({
    type: 'function',
    function: { name: d.name, description: d.description, parameters: d.parameters },
  }));
}
