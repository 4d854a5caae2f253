import { createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { AddressAddInput, AddressBook, AddressUpdateInput } from '../../../../shared/addresses.js';
import type { ClientResult } from '../../../../shared/result.js';
import { request, socket } from '../../lib/socket.js';

/**
 * The signed-in user's address book: from `addresses:list`, every ack and every
 * `addresses:changed` push (all carry the whole book). The server sends a change's push and
 * its ack on each socket in commit order, so the last one to arrive is the newest
 * (docs/ARCHITECTURE.md §5); every (re)connect reads it again.
 */
const [state, setState] = createStore<{ book: AddressBook }>({ book: [] });
// Reconciled by id: an address keeps its identity across pushes, so a list item (and an editor open in it) stays.
const setBook = (book: AddressBook) => setState('book', reconcile(book, { key: 'id' }));
const [loaded, setLoaded] = createSignal(false);

export const addressBook = () => state.book;
/** True once the book of whoever the socket is (a guest's is empty) has been read. */
export const addressBookReady = loaded;
export const defaultAddress = () => state.book.find((a) => a.isDefault);

async function load(): Promise<void> {
  const result = await request('addresses:list', {});
  // A guest is told to sign in: an empty book. A failed read also shows no saved addresses rather than wait forever.
  setBook(result.ok ? result.data : []);
  setLoaded(true);
}

let started = false;
/** Called by the pages that show the book; listens from then on and loads it now if connected. */
export function startAddresses(): void {
  if (started) return;
  started = true;
  socket.on('connect', () => void load());
  socket.on('addresses:changed', setBook);
  if (socket.connected) void load();
}

function take(result: ClientResult<AddressBook>): ClientResult<AddressBook> {
  if (result.ok) setBook(result.data);
  return result;
}

export const addAddress = async (input: AddressAddInput) => take(await request('addresses:add', input));
export const updateAddress = async (input: AddressUpdateInput) => take(await request('addresses:update', input));
export const deleteAddress = async (id: number) => take(await request('addresses:delete', { id }));
export const makeDefaultAddress = async (id: number) => take(await request('addresses:set-default', { id }));
