import { batch, createMemo, createSignal } from 'solid-js';
import type { Cart } from '../../../../shared/cart.js';
import type { ChatMessage } from '../../../../shared/chat.js';
import type { Order } from '../../../../shared/orders.js';
import type { StaffConversationDetail, StaffNote, TypingChanged } from '../../../../shared/staff.js';
import { request, socket } from '../../lib/socket.js';
import {
  applyPush,
  applyTranscript,
  EMPTY_VIEW,
  endSync,
  startSync,
  upsertMessage,
  type ChatPush,
  type StreamStep,
  type StreamView,
} from '../chat/chat-stream.js';
import { TYPING_EXPIRES_MS } from '../chat/typing-signal.js';
import { rowOf, takeRow } from './staff.store.js';
import { mergeTimeline } from './staff-timeline.js';

/**
 * The conversation a staff member watches: its transcript streaming through the chat's own
 * reducer (chat-stream.ts, the same steps as the shopper's tab), the shopper's live cart and
 * orders, the assistant's tool actions and who is typing.
 */
type Beside = Omit<StaffConversationDetail, 'transcript'>;

const [watched, setWatched] = createSignal<number | null>(null);
const [view, setView] = createSignal<StreamView>(EMPTY_VIEW);
const [beside, setBeside] = createSignal<Beside | null>(null);
const [phase, setPhase] = createSignal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
const [typing, setTyping] = createSignal<{ role: TypingChanged['role']; name?: string | undefined } | null>(null);

export const watchedChatId = watched;
export const watchedMessages = createMemo(() => view().messages.filter((m) => m.role !== 'tool'));
/** The messages with the internal notes among them by time ([NOTE4]). */
export const watchedTimeline = createMemo(() => mergeTimeline(watchedMessages(), beside()?.notes ?? []));
export const watchPhase = phase;
export const watchedCart = () => beside()?.cart ?? null;
export const watchedOrders = () => beside()?.orders ?? [];
export const watchedToolActions = () => beside()?.toolActions ?? [];
export const shopperEmail = () => beside()?.shopperEmail ?? null;
export const watchedPast = () => beside()?.pastConversations ?? [];
export const typingNow = typing;
/** The watched conversation's row: as the overview has it now, else as the watch answered it. */
export const watchedRow = () => rowOf(watched()) ?? beside()?.conversation ?? null;

function take(step: StreamStep): void {
  setView(step.view);
  if (step.resync && watched() !== null) void sync(watched()!);
}

let syncToken = 0;
/** Watch (again): the detail's transcript replaces the view, with pushes held meanwhile replayed on top. */
async function sync(chatId: number): Promise<boolean> {
  const token = ++syncToken;
  setView(startSync(view().chatId === chatId ? view() : { ...EMPTY_VIEW, chatId }));
  const result = await request('staff:watch', { chatId });
  if (token !== syncToken || watched() !== chatId) return false;
  if (!result.ok) {
    take(endSync(view()));
    if (phase() !== 'ready') setPhase('failed');
    return false;
  }
  const { transcript, ...rest } = result.data;
  batch(() => {
    take(applyTranscript(view(), transcript));
    setBeside(rest);
    takeRow(rest.conversation);
    setPhase('ready');
  });
  return true;
}

/** Show a conversation (null: none); the one watched before is left. */
export function watchConversation(chatId: number | null): void {
  const before = watched();
  if (before === chatId) return;
  if (before !== null) void request('staff:unwatch', { chatId: before });
  clearTimeout(typingExpiry);
  batch(() => {
    setWatched(chatId);
    setBeside(null);
    setTyping(null);
    setView(EMPTY_VIEW);
    setPhase(chatId === null ? 'idle' : 'loading');
  });
  if (chatId !== null) void sync(chatId);
}

export const reloadWatched = () => watched() !== null && void sync(watched()!);

let typingExpiry: ReturnType<typeof setTimeout> | undefined;
function onTyping(change: TypingChanged): void {
  if (change.chatId !== watched()) return;
  clearTimeout(typingExpiry);
  if (!change.typing) return void setTyping(null);
  setTyping({ role: change.role, name: change.name });
  typingExpiry = setTimeout(() => setTyping(null), TYPING_EXPIRES_MS);
}

function onCart(chatId: number, cart: Cart): void {
  if (chatId !== watched()) return;
  setBeside((b) => (b && cart.version >= b.cart.version ? { ...b, cart } : b));
}

function onOrder(chatId: number, order: Order): void {
  if (chatId !== watched()) return;
  setBeside((b) => {
    if (!b) return b;
    const known = b.orders.find((o) => o.number === order.number);
    if (known && known.version > order.version) return b;
    const orders = known ? b.orders.map((o) => (o.number === order.number ? order : o)) : [order, ...b.orders];
    return { ...b, orders };
  });
}

/** A note of the watched conversation (the push, or the ack of one's own), once. */
function onNote(note: StaffNote): void {
  if (note.chatId !== watched()) return;
  setBeside((b) => (b && !b.notes.some((n) => n.id === note.id) ? { ...b, notes: [...b.notes, note] } : b));
}

const push = (p: ChatPush) => take(applyPush(view(), p));

function onMessage(kind: 'added' | 'done', chatId: number, message: ChatMessage): void {
  push({ kind, chatId, message });
  if (chatId !== watched()) return;
  if (message.role !== 'assistant') setTyping((now) => (now && now.role === message.role ? null : now));
  // Tool actions come only with the watch answer: read it again once an answer has ended.
  if (kind === 'done' && message.role === 'assistant') void sync(chatId);
}

let listening = false;
export function listenToWatched(): void {
  if (listening) return;
  listening = true;
  socket.on('chat:message-added', ({ chatId, message }) => onMessage('added', chatId, message));
  socket.on('chat:delta', (delta) => push({ kind: 'delta', delta }));
  socket.on('chat:done', ({ chatId, message }) => onMessage('done', chatId, message));
  socket.on('chat:error', ({ chatId, message, error }) =>
    push({ kind: 'error', chatId, message: { ...message, error: message.error ?? error } }),
  );
  socket.on('chat:message-updated', ({ chatId, message }) => push({ kind: 'updated', chatId, message }));
  socket.on('chat:typing-changed', onTyping);
  socket.on('staff:shopper-cart', ({ chatId, cart }) => onCart(chatId, cart));
  socket.on('staff:shopper-order', ({ chatId, order }) => onOrder(chatId, order));
  socket.on('staff:note-added', onNote);
  // A reconnect leaves every room: watch again.
  socket.on('connect', () => void reloadWatched());
}

/** A stored message the ack brought (a reply, a proposal): shown at once, the push then repeats it. */
export const showMessage = (message: ChatMessage) => setView((v) => upsertMessage(v, message));
export const showNote = onNote;
export const showOrder = (order: Order) => watched() !== null && onOrder(watched()!, order);
