import { createEffect, createRoot, createSignal, on } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { AddressAddInput, AddressBook, AddressUpdateInput } from '../../../../shared/addresses.js';
import type { ClientResult } from '../../../../shared/result.js';
import { request, socket } from '../../lib/socket.js';
import { bookFor, createGenerations } from './book-owner.js';

/**
 * The signed-in user's address book: from `addresses:list`, every ack and every
 * `addresses:changed` push (all carry the whole book). The server sends a change's push and
 * its ack on each socket in commit order, so the last one to arrive is the newest
 * (docs/ARCHITECTURE.md §5); every (re)connect reads it again. The book is held with the user it
 * was read for: when the tab changes hands it is dropped and read again, and an answer for the
 * previous account is never taken (book-owner.ts).
 */
const [state, setState] = createStore<{ owner: number | null | undefined; book: AddressBook }>({
  owner: undefined,
  book: [],
});
const generations = createGenerations();
// Whose tab this is, told by the app's root (main.tsx follows the viewer), so this feature
// imports nothing of the account feature, whose page shows the book.
const [viewerId, setViewerId] = createSignal<number | null>(null);
export const setAddressOwner = (id: number | null): void => void setViewerId(id);
// Reconciled by id: an address keeps its identity across pushes, so a list item (and an editor open in it) stays.
function setBook(book: AddressBook, generation = generations.now()): void {
  if (!generations.isCurrent(generation)) return;
  setState('owner', viewerId());
  setState('book', reconcile(book, { key: 'id' }));
}
const [loaded, setLoaded] = createSignal(false);

const ownBook = () => bookFor(state, viewerId());
export const addressBook = (): AddressBook => (ownBook() as AddressBook | null) ?? [];
/** True once the book of whoever this tab is now (a guest's is empty) has been read. */
export const addressBookReady = () => loaded() && ownBook() !== null;
export const defaultAddress = () => addressBook().find((a) => a.isDefault);

async function load(): Promise<void> {
  const generation = generations.now();
  const result = await request('addresses:list', {});
  if (!generations.isCurrent(generation)) return;
  // A guest is told to sign in: an empty book. A failed read also shows no saved addresses rather than wait forever.
  setBook(result.ok ? result.data : [], generation);
  setLoaded(true);
}

/** Another account (or a guest) now: drop the book and read it again once the socket is theirs. */
function viewerChanged(): void {
  generations.next();
  setState({ owner: undefined, book: [] });
  setLoaded(false);
  // A sign-in or out in this tab reconnects the socket right after (its connect reads the book);
  // a change learnt from the socket (another tab) comes while connected.
  queueMicrotask(() => {
    if (socket.connected) void load();
  });
}

let started = false;
/** Called by the pages that show the book; listens from then on and loads it now if connected. */
export function startAddresses(): void {
  if (started) return;
  started = true;
  socket.on('connect', () => void load());
  socket.on('addresses:changed', (book) => setBook(book));
  createRoot(() => createEffect(on(viewerId, viewerChanged, { defer: true })));
  if (socket.connected) void load();
}

async function take(answer: Promise<ClientResult<AddressBook>>): Promise<ClientResult<AddressBook>> {
  const generation = generations.now();
  const result = await answer;
  if (result.ok) setBook(result.data, generation);
  return result;
}

export const addAddress = (input: AddressAddInput) => take(request('addresses:add', input));
export const updateAddress = (input: AddressUpdateInput) => take(request('addresses:update', input));
export const deleteAddress = (id: number) => take(request('addresses:delete', { id }));
export const makeDefaultAddress = (id: number) => take(request('addresses:set-default', { id }));
