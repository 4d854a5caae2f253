import { randomUUID } from 'node:crypto';
import { setImmediate as turn, setTimeout as pause } from 'node:timers/promises';
import * as assert from 'uvu/assert';
import type { Cart } from '../../../shared/cart.js';
import type { ChatSent, ChatTranscript } from '../../../shared/chat.js';
import type { ClientToServerEvents } from '../../../shared/events.js';
import type { Order } from '../../../shared/orders.js';
import type { ServerResult } from '../../../shared/result.js';
import { ok } from '../ack.js';
import type { TestSocket } from '../harness.js';
import { ChatView } from './chat-view.js';
import { assertSettled, type CartChange } from './lost-cart-change.js';
import { connect, newAttempt, pickLines, Unanswered, type Attempt, type Shopper } from './shopper.js';

/** A connection the shopper lost without closing it: when, and when it was connected again. */
export interface Drop {
  at: number;
  back?: number;
  /** Connection attempts that failed before the one that held. */
  failed: number;
}

export interface LiveOptions {
  /** The shop's one address (the primary's port: it hands each connection to a live worker). */
  url: string;
  random: () => number;
  initialStock: Map<number, number>;
  /** A lost connection not back within this long fails the run. */
  reconnectLimitMs: number;
  /** Every acknowledged request: the test's kills are scheduled by them. */
  onAcked(): void;
  /** Connected, before catching up (cart:get, chat:current); then, caught up, the cart and conversation shown. */
  beforeCatchUp(shopper: LiveShopper): void;
  onResync(shopper: LiveShopper, seen: { cart: Cart; chat: ChatTranscript | null }): void;
}

/** What requests answer; an answer lost with the connection rejects with Unanswered. */
const ANSWER_LIMIT_MS = 20_000;
/** A shopper's pause between two requests (pacing a simulated shopper under the socket's rate limit; never a synchronisation). */
const THINK_MS = [40, 200] as const;

/**
 * A shopper with one tab that stays open across kills (test/crash/shopper.ts is one visit per
 * server life): it shops (cart changes, checkouts with idempotency keys, now and then a reload of
 * the tab) and chats (a message, then its streamed answer) at once. A connection lost without the
 * shopper closing it is a Drop: the tab connects again through the same address at once, and
 * catches up (cart:get, chat:current) before going on. A cart change or checkout whose answer was
 * lost is settled after the reconnect: the change applied once or not at all, the checkout retried
 * with its key (it must answer the same order if it had committed).
 */
export class LiveShopper {
  readonly drops: Drop[] = [];
  readonly chat = new ChatView();
  /** The cart as this tab last showed it. */
  cart: Cart | null = null;
  #socket: TestSocket | null = null;
  #online: Promise<void> = Promise.resolve();
  #unsettled: { change: CartChange; before: Cart } | null = null;
  #unsentChat: { clientId: string; text: string } | null = null;
  #stopping = false;
  #closed = false;

  constructor(
    readonly shopper: Shopper,
    private readonly o: LiveOptions,
  ) {}

  /** Open the tab; then shop and chat until stop(); then finish what is in flight. */
  async run(): Promise<void> {
    this.#online = this.#connect(null);
    await this.#online;
    await Promise.all([this.#loop(() => this.#shopStep()), this.#loop(() => this.#chatStep())]);
    await this.#finish();
  }

  stop(): void {
    this.#stopping = true;
  }

  /** Resolves once the tab is connected and caught up (now, or after the reconnect under way). */
  online(): Promise<void> {
    return this.#online;
  }

  close(): void {
    this.#stopping = true;
    this.#closed = true;
    const socket = this.#socket;
    this.#socket = null;
    socket?.disconnect();
  }

  async #loop(step: () => Promise<void>): Promise<void> {
    while (!this.#stopping) {
      await this.#online;
      try {
        await step();
      } catch (err) {
        if (!(err instanceof Unanswered)) throw err;
      }
      await pause(THINK_MS[0] + this.o.random() * (THINK_MS[1] - THINK_MS[0]));
    }
  }

  /** Connect (again, after `drop`), take the pushes, catch up; a tab closed by the shopper is not a drop. */
  async #connect(drop: Drop | null): Promise<void> {
    const deadline = performance.now() + this.o.reconnectLimitMs;
    let socket: TestSocket | undefined;
    let last = '';
    while (!socket) {
      const left = deadline - performance.now();
      const limit = `not connected again within ${this.o.reconnectLimitMs} ms`;
      if (left <= 0) throw new Error(`${this.shopper.name}: ${limit} (${last})`);
      socket = await connect(this.o.url, this.shopper.cookie, left).catch(async (err: unknown) => {
        if (!(err instanceof Unanswered)) throw err;
        last = err.message;
        if (drop) drop.failed++;
        await turn();
        return undefined;
      });
    }
    if (drop) drop.back = performance.now();
    this.#socket = socket;
    socket.on('cart:updated', (cart) => {
      if (this.cart && cart.version > this.cart.version) this.cart = cart;
    });
    this.chat.listen(socket);
    socket.once('disconnect', () => {
      if (this.#socket !== socket) return; // closed by the shopper: a reload or the end
      this.#socket = null;
      const lost: Drop = { at: performance.now(), failed: 0 };
      this.drops.push(lost);
      this.#online = this.#connect(lost);
      this.#online.catch(() => undefined); // awaited by the loops and the test
    });
    let cart: Cart;
    let chat: ChatTranscript | null;
    this.o.beforeCatchUp(this);
    try {
      cart = ok(await this.#call<Cart>('cart:get', {}), `${this.shopper.name}: cart:get`);
      chat = ok(await this.#call<ChatTranscript | null>('chat:current', {}), `${this.shopper.name}: chat:current`);
    } catch (err) {
      // Lost again while catching up: the reconnect the drop started takes over.
      if (err instanceof Unanswered && this.#socket !== socket) return this.#online;
      throw err;
    }
    this.chat.snapshot(chat);
    if (this.#unsettled) {
      assertSettled(this.shopper.name, this.#unsettled.change, this.#unsettled.before, cart);
      this.#unsettled = null;
    }
    this.cart = cart;
    this.o.onResync(this, { cart, chat });
  }

  /** A request on the current socket; Unanswered when there is none or it is lost on the way. */
  async #call<T>(event: keyof ClientToServerEvents, payload: unknown): Promise<ServerResult<T>> {
    const socket = this.#socket;
    if (!socket?.connected) throw new Unanswered(event);
    const timed = socket.timeout(ANSWER_LIMIT_MS) as unknown as {
      emitWithAck(e: string, p: unknown): Promise<ServerResult<T>>;
    };
    const answer = await timed.emitWithAck(event, payload).catch((err: Error) => {
      throw new Unanswered(`${event}: ${err.message}`);
    });
    if (answer.ok) this.o.onAcked();
    return answer;
  }

  async #change(change: CartChange): Promise<void> {
    const before = this.cart!;
    const { event, ...payload } = change;
    this.#unsettled = { change, before };
    const cart = ok(await this.#call<Cart>(event, payload), `${this.shopper.name}: ${event}`);
    this.#unsettled = null;
    if (cart.version > this.cart!.version) this.cart = cart;
  }

  /** Retry the unanswered checkout; else fill an empty cart, or check out, change a line, or reload. */
  async #shopStep(): Promise<void> {
    const { shopper, o } = this;
    if (shopper.pending) return this.#place(shopper.pending);
    const cart = this.cart!;
    if (cart.lines.length === 0) {
      for (const line of pickLines(shopper, cart, o)) await this.#change({ event: 'cart:add', ...line });
      return;
    }
    const dice = o.random();
    if (dice < 0.5) return this.#checkout(cart);
    if (dice < 0.85) {
      const line = cart.lines[Math.floor(o.random() * cart.lines.length)]!;
      return this.#change(
        line.quantity > 1
          ? { event: 'cart:set-quantity', variantId: line.variantId, quantity: line.quantity - 1 }
          : { event: 'cart:remove', variantId: line.variantId },
      );
    }
    // A reload: the tab closes its connection and opens another (the primary may hand it to the other worker).
    const socket = this.#socket;
    this.#socket = null;
    socket?.disconnect();
    this.#online = this.#connect(null);
    await this.#online;
  }

  async #checkout(cart: Cart): Promise<void> {
    await this.#place(newAttempt(this.shopper, cart));
  }

  async #place(attempt: Attempt): Promise<void> {
    const { name } = this.shopper;
    const order = ok(await this.#call<Order>('checkout:place', attempt.form), `${name}: key ${attempt.key}`);
    if (attempt.order)
      assert.is(order.number, attempt.order.number, `${name}: key ${attempt.key} answered another order`);
    attempt.order ??= order;
    this.shopper.pending = null;
    this.cart = ok(await this.#call<Cart>('cart:get', {}), `${name}: cart:get`);
  }

  /**
   * Send a message (again with its client id, when its answer was lost) and follow its answer to
   * its end, or until the connection drops.
   */
  async #chatStep(): Promise<void> {
    await this.#noAnswerStreaming();
    const resend = this.#unsentChat !== null;
    this.#unsentChat ??= { clientId: randomUUID(), text: `Question ${randomUUID().slice(0, 8)}` };
    const sent = await this.#sendUnsent();
    // A message sent again was stored before the drop: its answer died with that process (marked later).
    if (!sent || resend) return;
    const { chat, message: stored } = sent;
    const answered = () =>
      [...(this.chat.chats.get(chat.id)?.values() ?? [])].some(
        (m) => m.role === 'assistant' && m.id > stored.id && m.status !== 'streaming',
      );
    await this.#untilOrDropped(answered);
  }

  /**
   * Send the unsent message: what the server stored (the message and its answer's row are acked
   * together), or null when refused for now. Refused for sending too fast, it waits what it says.
   * Refused as busy, the view is behind: an answer set up before the reconnect may have been
   * stored after the catch-up read the conversation, and its "added" push gone to the old
   * connection; the tab reads the conversation again and the next try waits for that answer's end.
   */
  async #sendUnsent(): Promise<ChatSent | null> {
    const sent = await this.#call<ChatSent>('chat:send', this.#unsentChat);
    if (!sent.ok && sent.error.code === 'rate_limited') {
      await pause(Number((sent.error.params as { retryAfterMs?: number } | undefined)?.retryAfterMs ?? 1000));
      return null;
    }
    if (!sent.ok && sent.error.reason === 'still_answering') {
      await this.#readConversation();
      return null;
    }
    this.#unsentChat = null;
    return ok(sent, `${this.shopper.name}: chat:send`);
  }

  async #readConversation(): Promise<void> {
    const transcript = await this.#call<ChatTranscript | null>('chat:current', {});
    this.chat.snapshot(ok(transcript, `${this.shopper.name}: chat:current`));
  }

  /**
   * As the chat does, a tab sends once no answer shows as streaming: one a killed worker left is
   * ended as interrupted by the worker still alive (told by the primary) and pushed, or shown so
   * in the catch-up after the reconnect.
   */
  async #noAnswerStreaming(): Promise<void> {
    await this.#online;
    await this.#untilOrDropped(() => this.chat.streaming().length === 0);
  }

  /** Waits for `done` on the current connection; a drop ends the wait (the loop waits to be online again). */
  async #untilOrDropped(done: () => boolean): Promise<void> {
    const socket = this.#socket;
    if (!socket) return;
    const dropped = new Promise((gone) => socket.once('disconnect', gone));
    await this.chat.until(done, dropped);
  }

  /** After stop(): the lost checkout retried and the lost message sent again (its answer followed), on a live connection; not once closed. */
  async #finish(): Promise<void> {
    while (!this.#closed) {
      await this.#online;
      try {
        if (this.shopper.pending) await this.#place(this.shopper.pending);
        if (this.#unsentChat) {
          await this.#noAnswerStreaming();
          if (!(await this.#sendUnsent())) continue;
          // Its answer, stored with it, is in the view: the test waits for its end.
          await this.#readConversation();
        }
        return;
      } catch (err) {
        if (!(err instanceof Unanswered)) throw err;
        await turn(); // the reconnect under way sets #online: never spin on a settled one
      }
    }
  }
}
