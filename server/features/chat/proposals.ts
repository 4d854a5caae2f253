import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { Cart } from '../../../shared/cart.js';
import type { CartProposalData, ChatMessage, ChatProposalAnswer } from '../../../shared/chat.js';
import { cartMutations, cartOwnerOf, cartRoom, changeCartWithin, type CartMutation } from '../cart/cart.service.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { ownChat } from './chat-conversations.js';
import type { ChatHub } from './chat-hub.js';
import { findMessage, toMessage, updateMessage } from './chat.repo.js';
import { NO_ANSWER, streamingAnswerOf } from './stream-owners.js';

type ProposalInput = { chatId: number; messageId: number; proposalId: string; accept: boolean };

/**
 * A proposal in an answer another process streams is answered by that process, which holds the
 * live cards and writes them at the end ([XSTREAM4]); when it does not answer in time its stream
 * is over, and the stored cards decide.
 */
export async function answerProposal(
  hub: ChatHub,
  session: LiveSession,
  input: ProposalInput,
): Promise<ChatProposalAnswer> {
  ownChat(hub, session, input.chatId);
  const row = hub.streams.get(input.chatId) ? undefined : streamingAnswerOf(hub.ctx.db, input.chatId);
  if (row && row.messageId === input.messageId && row.owner !== hub.ctx.instanceId) {
    const payload: ProposalAsk = { session: { id: session.id, userId: session.userId, role: session.role }, input };
    const answer = await hub.owners.ask(row, input.chatId, 'proposal', payload);
    if (answer !== NO_ANSWER) return answer as ChatProposalAnswer;
  }
  return answerProposalHere(hub, session, input);
}

interface ProposalAsk {
  session: LiveSession;
  input: ProposalInput;
}

/** The owner answers a proposal of its own stream for the process the shopper's tab is on. */
export function answerProposalsAsOwner(hub: ChatHub): void {
  hub.owners.handle('proposal', (_stream, payload) => {
    const { session, input } = payload as ProposalAsk;
    return answerProposalHere(hub, session, input);
  });
}

/**
 * The shopper's answer to a proposed cart change: the only way a proposal touches the cart.
 * The change is read from the stored proposal (never from the client), applied through the
 * cart's own rules (stock, limits), and the card records what happened. Runs without an
 * await between the state check and the write, so two tabs clicking at once apply it once.
 */
function answerProposalHere(hub: ChatHub, session: LiveSession, input: ProposalInput): ChatProposalAnswer {
  const { ctx } = hub;
  ownChat(hub, session, input.chatId);
  const row = findMessage(ctx.db, input.chatId, input.messageId);
  if (!row) throw new AppError('not_found', 'suggestion_not_found');
  const stream = hub.streams.get(input.chatId);
  const live = stream?.messageId === row.id ? stream : undefined;
  const cards = live ? live.cards : row.cards;
  const index = cards.findIndex((c) => c.kind === 'cart-proposal' && c.id === input.proposalId);
  const card = cards[index] as CartProposalData | undefined;
  if (!card) throw new AppError('not_found', 'suggestion_not_found');
  if (card.state !== 'pending') throw new AppError('conflict', `suggestion_${card.state}`);

  // The cart change and the card's new state commit together: a crash can never leave a cart
  // changed under a card that still offers the change (a second click would apply it twice).
  const owner = cartOwnerOf(session);
  const {
    cart,
    changed,
    cards: nextCards,
  } = ctx.db.transaction((tx) => {
    let answered: CartProposalData = { ...card, state: 'declined' };
    let result: { cart: Cart; changed: boolean } | null = null;
    if (input.accept) {
      try {
        result = tx.transaction((savepoint) =>
          changeCartWithin(savepoint, owner, mutationOf(card, ctx.now()), ctx.now()),
        );
        answered = { ...card, state: 'accepted' };
      } catch (err) {
        if (!(err instanceof AppError) || err.code === 'internal') throw err;
        const { code, reason, params } = err.toBody();
        answered = {
          ...card,
          state: 'failed',
          failure: { code, ...(reason && { reason }), ...(params && { params }) },
        };
      }
    }
    const cards = (live ? live.cards : row.cards).map((c, i) => (i === index ? answered : c));
    // A streaming answer's row holds its cards too (the final write writes them again).
    updateMessage(tx, row.id, { cards });
    return { cart: result?.cart ?? null, changed: result?.changed ?? false, cards };
  });
  if (changed && cart) ctx.publish(cartRoom(owner), 'cart:updated', cart);
  let message: ChatMessage;
  if (live) {
    live.cards = nextCards;
    message = { ...toMessage(row), content: live.text, cards: nextCards, seq: live.seq };
  } else {
    message = { ...toMessage(row), cards: nextCards };
  }
  ctx.publish(rooms.chat(input.chatId), 'chat:message-updated', { chatId: input.chatId, message });
  return { message, cart };
}

function mutationOf(card: CartProposalData, now: number): CartMutation {
  if (card.action === 'add') return cartMutations.add(card.variantId, card.quantity, now);
  if (card.action === 'set-quantity') return cartMutations.setQuantity(card.variantId, card.quantity, now);
  return cartMutations.remove(card.variantId);
}
