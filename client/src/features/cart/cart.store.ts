import { createMemo, createSignal } from 'solid-js';
import type { Cart, CartLine } from '../../../../shared/cart.js';
import type { ClientResult } from '../../../../shared/result.js';
import { errorMessage } from '../../lib/errors.js';
import { request, socket } from '../../lib/socket.js';
import { applyPending, EMPTY_CART, isNewer, type CartChange } from './cart-changes.js';

/**
 * The one cart of the app: the server's cart (from `cart:get`, acks and `cart:updated` pushes)
 * with the changes still waiting for their ack applied on top. A failed change simply leaves
 * the pending list, which rolls the screen back to the server's cart.
 */
const [serverCart, setServerCart] = createSignal<Cart | null>(null);
const [pending, setPending] = createSignal<readonly { id: number; change: CartChange }[]>([]);
const [problem, setProblem] = createSignal<string | null>(null);
const [drawerOpen, setDrawerOpen] = createSignal(false);
const [addedNote, setAddedNote] = createSignal<string | null>(null);

let nextChangeId = 0;

export const cartLoaded = () => serverCart() !== null;
export const cart = createMemo(() =>
  applyPending(
    serverCart() ?? EMPTY_CART,
    pending().map((p) => p.change),
  ),
);
export const cartError = problem;
export const dismissCartError = () => setProblem(null);
export const isCartDrawerOpen = drawerOpen;
/** "Added … to your cart.", shown in the drawer that opens after an add. */
export const cartAddedNote = addedNote;

export function openCartDrawer(note: string | null = null): void {
  setAddedNote(note);
  setDrawerOpen(true);
}
export function closeCartDrawer(): void {
  setAddedNote(null);
  setDrawerOpen(false);
}

/** Take a confirmed cart unless a newer one is already shown (a push can overtake an ack). */
export function takeCart(incoming: Cart): void {
  if (isNewer(serverCart(), incoming)) setServerCart(incoming);
}

async function load(): Promise<void> {
  const result = await request('cart:get', {});
  if (result.ok) takeCart(result.data);
}

let started = false;
/** Listen before the socket first connects: every (re)connect loads the cart again. */
export function startCart(): void {
  if (started) return;
  started = true;
  socket.on('connect', () => {
    // After a reconnect the cart may belong to someone else (a sign-in merged it into the
    // account's cart, whose version counts separately), so the next answer is taken as it is.
    setServerCart((held) => (held ? { ...held, version: -1 } : held));
    void load();
  });
  socket.on('cart:updated', takeCart);
}

async function change(requested: CartChange, send: () => Promise<ClientResult<Cart>>): Promise<ClientResult<Cart>> {
  const id = ++nextChangeId;
  setProblem(null);
  setPending((list) => [...list, { id, change: requested }]);
  const result = await send();
  setPending((list) => list.filter((p) => p.id !== id));
  if (result.ok) {
    takeCart(result.data);
  } else {
    setProblem(errorMessage(result.error));
    // Stock may have changed under us ("Only 3 left"): show the cart as it is now.
    if (result.error.code !== 'timeout' && result.error.code !== 'disconnected') void load();
  }
  return result;
}

/** `draft` lets a line the cart does not hold yet appear before the server answers. */
export const addToCart = (variantId: number, quantity: number, draft?: CartLine) =>
  change({ kind: 'add', variantId, quantity, draft }, () => request('cart:add', { variantId, quantity }));

export const setLineQuantity = (variantId: number, quantity: number) =>
  change({ kind: 'set-quantity', variantId, quantity }, () => request('cart:set-quantity', { variantId, quantity }));

export const removeLine = (variantId: number) =>
  change({ kind: 'remove', variantId }, () => request('cart:remove', { variantId }));

/** Ask the server for the cart again, e.g. after checkout found that it changed. */
export const refreshCart = (): Promise<void> => load();
