import type { StaffConversation } from '../../shared/staff.js';
import { connectShopper, guestCookies, type ShopSocket } from './guests.js';

export interface LiveShopper {
  socket: ShopSocket;
  chatId: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `count` guests connected, each with an open conversation (asked, answered by the built-in
 * assistant), the first `waiting` of them asking for a person; each with one unit of
 * `variantId` in the cart, the line the storm changes.
 */
export async function liveShoppers(url: string, count: number, waiting: number, variantId: number) {
  const cookies = await guestCookies(url, count);
  return Promise.all(
    cookies.map(async (cookie, i): Promise<LiveShopper> => {
      const socket = await connectShopper(url, cookie);
      const done = new Promise((resolve) => socket.once('chat:done', resolve));
      const sent = await socket.emitWithAck('chat:send', {
        text: 'Hello, is the Vision X waterproof?',
        clientId: crypto.randomUUID(),
      });
      if (!sent.ok) throw new Error(`chat:send: ${sent.error.code}`);
      await done;
      const chatId = sent.data.chat.id;
      if (i < waiting) await must(socket.emitWithAck('chat:request-human', { chatId }), 'chat:request-human');
      await must(socket.emitWithAck('cart:add', { variantId, quantity: 1 }), 'cart:add');
      return { socket, chatId };
    }),
  );
}

async function must(ack: Promise<{ ok: boolean; error?: { code: string } }>, what: string) {
  const result = await ack;
  if (!result.ok) throw new Error(`${what}: ${result.error?.code}`);
}

export interface StormRun {
  start: number;
  /** Each change's acknowledgement (performance.now()) and the conversation whose row it changed. */
  changes: { at: number; chatId: number }[];
  /** Each `staff:conversations` frame the watching desk received: when, and how many rows. */
  frames: { at: number; rows: number }[];
  /** Distinct conversations among the rows received. */
  conversationsSeen: number;
  errors: number;
}

/**
 * `perSecond` cart changes a second for `seconds` (shopper k mod n toggles the quantity of its
 * line, 1 ↔ 2: each a real change, which refreshes the shopper's conversation's row), paced by
 * the wall clock and not waiting for acks, while `watcher` counts frames. After the last ack it
 * waits two windows, so the last window's frame is in.
 */
export async function driveStorm(
  shoppers: LiveShopper[],
  watcher: ShopSocket,
  variantId: number,
  plan: { perSecond: number; seconds: number; windowMs: number },
): Promise<StormRun> {
  const frames: StormRun['frames'] = [];
  const seen = new Set<number>();
  const onFrame = (rows: StaffConversation[]) => {
    frames.push({ at: performance.now(), rows: rows.length });
    for (const row of rows) seen.add(row.chat.id);
  };
  watcher.on('staff:conversations', onFrame);
  const changes: StormRun['changes'] = [];
  let errors = 0;
  const acks: Promise<void>[] = [];
  const total = plan.perSecond * plan.seconds;
  const start = performance.now();
  for (let k = 0; k < total; k++) {
    const wait = start + (k * 1000) / plan.perSecond - performance.now();
    if (wait > 1) await sleep(wait);
    const shopper = shoppers[k % shoppers.length]!;
    const quantity = Math.floor(k / shoppers.length) % 2 === 0 ? 2 : 1;
    acks.push(
      shopper.socket.emitWithAck('cart:set-quantity', { variantId, quantity }).then((ack) => {
        if (ack.ok) changes.push({ at: performance.now(), chatId: shopper.chatId });
        else errors++;
      }),
    );
  }
  await Promise.all(acks);
  await sleep(2 * plan.windowMs + 200);
  watcher.off('staff:conversations', onFrame);
  return { start, changes, frames, conversationsSeen: seen.size, errors };
}
