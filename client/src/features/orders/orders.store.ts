import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { Order } from '../../../../shared/orders.js';
import type { AppErrorBody, ClientErrorCode, ClientResult } from '../../../../shared/result.js';
import { request, socket } from '../../lib/socket.js';
import { EMPTY_BOOK, forgetOrder, newestFirst, syncList, takeOrder, type OrderBook } from './order-book.js';

type Problem = 'missing' | AppErrorBody<ClientErrorCode>;
export type ListStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The one place orders live on the client: answers to `orders:list`, `orders:get` and
 * `orders:cancel` and every `order:updated` push go into one book, where a version only ever
 * replaces an older one. Pages say what they show (the list, or an order by number); after
 * every (re)connect exactly that is asked for again, because pushes missed while offline are
 * not replayed and the identity may have changed (a sign-in claims a guest's orders).
 */
const [book, setBook] = createSignal<OrderBook>(EMPTY_BOOK);
const [problems, setProblems] = createSignal<ReadonlyMap<string, Problem>>(new Map());
const [listStatus, setListStatus] = createSignal<ListStatus>('idle');
const [listError, setListError] = createSignal<AppErrorBody<ClientErrorCode> | null>(null);

let counter = 0;
const watched = new Map<string, number>();
let listWatchers = 0;

/** Order numbers are upper case; an address typed in lower case still finds its order. */
export const normaliseNumber = (raw: string) => raw.trim().toUpperCase();

function take(order: Order): void {
  setBook((held) => takeOrder(held, order, ++counter));
}

function setProblem(number: string, problem: Problem | null): void {
  setProblems((held) => {
    if (!problem && !held.has(number)) return held;
    const next = new Map(held);
    if (problem) next.set(number, problem);
    else next.delete(number);
    return next;
  });
}

async function loadOne(number: string): Promise<void> {
  setProblem(number, null);
  const result = await request('orders:get', { number });
  if (result.ok) return take(result.data);
  // Someone else's order, no order, or no order number at all: to the shopper, all "not found".
  const missing = result.error.code === 'not_found' || result.error.code === 'bad_request';
  if (missing) setBook((held) => forgetOrder(held, number));
  setProblem(number, missing ? 'missing' : result.error);
}

async function loadList(): Promise<void> {
  const askedAt = counter;
  setListStatus('loading');
  setListError(null);
  const result = await request('orders:list', {});
  if (!result.ok) {
    setListError(result.error);
    return void setListStatus('failed');
  }
  setBook((held) => syncList(held, result.data, { askedAt, keep: new Set(watched.keys()), seen: ++counter }));
  setListStatus('ready');
}

function onConnect(): void {
  if (listWatchers > 0) void loadList();
  else {
    // Nothing shows the list: forget what no page shows rather than keep what may be stale.
    setListStatus('idle');
    setBook((held) => syncList(held, [], { askedAt: counter, keep: new Set(watched.keys()), seen: counter }));
  }
  for (const number of watched.keys()) void loadOne(number);
}

let started = false;
function start(): void {
  if (started) return;
  started = true;
  socket.on('connect', onConnect);
  socket.on('order:updated', take);
}

/** An order the checkout just placed: the confirmation page can show it before asking. */
export function rememberOrder(order: Order): void {
  start();
  take(order);
}

/** One order by number, kept live while the calling component lives. */
export function useOrder(rawNumber: Accessor<string>) {
  start();
  const number = createMemo(() => normaliseNumber(rawNumber()));
  createEffect(
    on(number, (n) => {
      watched.set(n, (watched.get(n) ?? 0) + 1);
      // Not connected yet: the 'connect' listener asks once the socket is up.
      if (socket.connected) void loadOne(n);
      onCleanup(() => {
        const left = (watched.get(n) ?? 1) - 1;
        if (left > 0) watched.set(n, left);
        else watched.delete(n);
      });
    }),
  );
  const problem = () => problems().get(number());
  return {
    number,
    order: () => book().get(number())?.order,
    missing: () => problem() === 'missing',
    error: () => {
      const p = problem();
      return p && p !== 'missing' ? p : null;
    },
    retry: () => void loadOne(number()),
  };
}

/** The shopper's orders, newest first, kept live while the calling component lives. */
export function useOrderList() {
  start();
  listWatchers += 1;
  if (socket.connected) void loadList();
  onCleanup(() => {
    listWatchers -= 1;
  });
  return {
    orders: createMemo(() => newestFirst(book())),
    status: listStatus,
    error: listError,
    retry: () => void loadList(),
  };
}

/** Cancel an order of the shopper's; the answer (and the push to other tabs) updates the book. */
export async function cancelOrder(number: string): Promise<ClientResult<Order>> {
  const result = await request('orders:cancel', { number });
  if (result.ok) take(result.data);
  return result;
}
