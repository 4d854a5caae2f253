import { randomUUID } from 'node:crypto';
import type { App } from '../../server/app.js';
import { createSession, type LiveSession } from '../../server/features/auth/sessions.repo.js';
import { addToCart } from '../../server/features/cart/cart.service.js';
import { placeOrder } from '../../server/features/checkout/checkout.service.js';
import { sendMessage } from '../../server/features/chat/chat-send.js';
import type { AppSocket } from '../../server/socket/types.js';
import { checkoutForm } from '../../server/test/shop-helpers.js';
import { CheckoutSchema, type CheckoutRequest } from '../../shared/checkout.js';

/**
 * One shopper of the write-ceiling bench, writing through the app's own services with no socket
 * in between: `prepare` does the untimed part of the next write, `write` the timed part.
 */
export interface Writer {
  prepare(): void;
  write(): Promise<void>;
}

export type WriteKind = 'orders' | 'chat';

/**
 * An order: a one-line cart (`addToCart`, untimed) placed by `placeOrder`, the service behind
 * `checkout:place` — the form parsed by its schema, a new idempotency key, the built-in test
 * provider (its charge book is a table in the same file). `variantIds` must be stocked so that
 * nothing sells out.
 */
export function orderWriter(app: App, variantIds: number[], first: number): Writer {
  const { ctx } = app;
  const session = createSession(ctx.db, null, 'guest', ctx.now());
  let n = first;
  let input: CheckoutRequest | undefined;
  return {
    prepare() {
      const cart = addToCart(ctx, session, variantIds[n++ % variantIds.length]!, 1);
      input = CheckoutSchema.parse(checkoutForm(cart));
    },
    async write() {
      await placeOrder(ctx, session, input!);
    },
  };
}

/** Messages per conversation before the writer turns into a new guest (the send limit's burst is 5). */
const MESSAGES_PER_CHAT = 4;

/**
 * A chat write: a shopper's message through `sendMessage` (the service behind `chat:send`: one
 * group-committed transaction storing it and the answer's empty row), then the answer streamed by
 * the app's relay from a scripted engine and its finish written (a second group commit). Timed
 * from the send to the answer stored. Every few messages a new guest session (untimed) starts a
 * new conversation, so no conversation grows past a real one's length.
 */
export function chatWriter(app: App, address: string): Writer {
  const hub = app.chat;
  // sendMessage only reads the client address and joins the conversation's room.
  const socket = { data: { address }, join: () => undefined } as unknown as AppSocket;
  let session: LiveSession | undefined;
  let sent = 0;
  return {
    prepare() {
      if (sent++ % MESSAGES_PER_CHAT === 0) session = createSession(hub.ctx.db, null, 'guest', hub.ctx.now());
    },
    async write() {
      const { chat } = await sendMessage(hub, socket, session!, {
        text: 'Does the Aurora X come in blue, and how long does delivery to Lyon take?',
        clientId: randomUUID(),
      });
      // The answer this message started, registered before the send resolved: ended and written.
      const answer = await hub.streams.get(chat.id)?.finished;
      if (answer?.status !== 'complete') throw new Error(`the answer ended ${answer?.status ?? 'unstarted'}`);
    },
  };
}
