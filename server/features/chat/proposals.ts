import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { Cart } from '../../../shared/cart.js';
import type { CartProposalData, ChatMessage, ChatProposalAnswer } from '../../../shared/chat.js';
import { addToCart, removeFromCart, setCartQuantity } from '../cart/cart.service.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { ownChat } from './chat-conversations.js';
import type { ChatHub } from './chat-hub.js';
import { findMessage, toMessage, updateMessage } from './chat.repo.js';

/**
 * The shopper's answer to a proposed cart change: the only way a proposal touches the cart.
 * The change is read from the stored proposal (never from the client), applied through the
 * cart's own rules (stock, limits), and the card records what happened. Runs without an
 * await between the state check and the write, so two tabs clicking at once apply it once.
 */
export function answerProposal(hub: ChatHub, session: LiveSession, input: { chatId: number; messageId: number; proposalId: string; accept: boolean }): ChatProposalAnswer {
  const { ctx } = hub;
  ownChat(hub, session, input.chatId);
  const row = findMessage(ctx.db, input.chatId, input.messageId);
  if (!row) throw new AppError('not_found', 'We could not find that suggestion.');
  const stream = hub.streams.get(input.chatId);
  const live = stream?.messageId === row.id ? stream : undefined;
  const cards = live ? live.cards : row.cards;
  const index = cards.findIndex((c) => c.kind === 'cart-proposal' && c.id === input.proposalId);
  const card = cards[index] as CartProposalData | undefined;
  if (!card) throw new AppError('not_found', 'We could not find that suggestion.');
  if (card.state !== 'pending') throw new AppError('conflict', `This suggestion was already ${card.state}.`);

  let cart: Cart | null = null;
  let answered: CartProposalData = { ...card, state: 'declined' };
  if (input.accept) {
    try {
      cart = applyProposal(hub, session, card);
      answered = { ...card, state: 'accepted' };
    } catch (err) {
      if (!(err instanceof AppError) || err.code === 'internal') throw err;
      answered = { ...card, state: 'failed', note: err.message };
    }
  }
  const nextCards = cards.map((c, i) => (i === index ? answered : c));
  let message: ChatMessage;
  if (live) {
    live.cards = nextCards; // written with the answer when its stream ends
    message = { ...toMessage(row), content: live.text, cards: nextCards, seq: live.seq };
  } else {
    message = toMessage(updateMessage(ctx.db, row.id, { cards: nextCards }));
  }
  ctx.publish(rooms.chat(input.chatId), 'chat:message-updated', { chatId: input.chatId, message });
  return { message, cart };
}

function applyProposal(hub: ChatHub, session: LiveSession, card: CartProposalData): Cart {
  if (card.action === 'add') return addToCart(hub.ctx, session, card.variantId, card.quantity);
  if (card.action === 'set-quantity') return setCartQuantity(hub.ctx, session, card.variantId, card.quantity);
  return removeFromCart(hub.ctx, session, card.variantId);
}
