import { batch, createMemo, createSignal } from 'solid-js';
import type { ChatList, ChatMessage, ChatSummary, ChatTranscript } from '../../../../shared/chat.js';
import type { ClientResult } from '../../../../shared/result.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { request, socket } from '../../lib/socket.js';
import {
  applyPush,
  applyTranscript,
  EMPTY_VIEW,
  endSync,
  startSync,
  streamingMessage,
  upsertMessage,
  type ChatPush,
  type StreamStep,
  type StreamView,
} from './chat-stream.js';
import { toPlainText } from './markdown.js';
import { takeCart } from '../cart/cart.store.js';
import { newUuid } from '../../lib/uuid.js';

/**
 * The one chat store: the conversation shown (the current one, or a past one read-only), its
 * messages and the answer streaming into it, fed by the socket's chat pushes. Every tab of the
 * shopper follows the same room, so they all show the same stream.
 */
const [view, setView] = createSignal<StreamView>(EMPTY_VIEW);
const [summary, setSummary] = createSignal<ChatSummary | null>(null);
/** Is the shown conversation this login session's current one (false: read-only)? */
const [isCurrent, setIsCurrent] = createSignal(true);
const [phase, setPhase] = createSignal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
const [list, setList] = createSignal<ChatList | null>(null);
const [problem, setProblem] = createSignal<string | null>(null);
const [announcement, setAnnouncement] = createSignal('');

export const chatView = view;
export const chatMessages = () => view().messages;
export const chatSummary = summary;
export const chatIsCurrent = isCurrent;
export const chatPhase = phase;
export const chatList = list;
export const chatProblem = problem;
export const dismissChatProblem = () => setProblem(null);
export const chatAnnouncement = announcement;
export const streaming = createMemo(() => streamingMessage(view()));

/** A past conversation with messages exists besides the one shown. */
export const hasPastConversation = () => {
  const known = list();
  const shown = view().chatId ?? known?.currentChatId ?? null;
  return Boolean(known?.chats.some((c) => c.id !== shown && c.messageCount > 0));
};

function announce(message: ChatMessage): void {
  const text = toPlainText(message.content);
  let line: string;
  if (message.status === 'error') line = t('chat.announce.failed');
  else if (message.role === 'staff')
    line = t('chat.announce.staff', { name: message.author ?? t('chat.role.staffAnonymous'), text });
  else if (message.role === 'system' && !text && message.cards.some((c) => c.kind === 'rating'))
    line = t('chat.rating.announce');
  else if (message.role === 'system') line = t('chat.announce.system', { text });
  else if (text) line = t('chat.announce.assistant', { text });
  else return;
  // Cleared first, so the same words said twice are announced twice.
  setAnnouncement('');
  queueMicrotask(() => setAnnouncement(line));
}

function take(result: StreamStep): void {
  setView(result.view);
  if (result.announce) announce(result.announce);
  if (result.resync && view().chatId !== null) void sync(view().chatId);
}

// Each transcript request gets a number; an answer overtaken by a newer request is dropped.
let syncToken = 0;

function showTranscript(transcript: ChatTranscript | null): void {
  batch(() => {
    take(applyTranscript(view(), transcript));
    setSummary(transcript?.chat ?? null);
    setIsCurrent(transcript?.current ?? true);
    setPhase('ready');
  });
}

/** Fetch a transcript (the current conversation when `chatId` is null), holding pushes meanwhile. */
async function sync(
  chatId: number | null,
  send: () => Promise<ClientResult<ChatTranscript | null>> = () =>
    chatId === null ? request('chat:current', {}) : request('chat:open', { chatId }),
): Promise<boolean> {
  const token = ++syncToken;
  setView(startSync(view()));
  if (phase() !== 'ready') setPhase('loading');
  const result = await send();
  if (token !== syncToken) return result.ok;
  if (result.ok) {
    showTranscript(result.data);
    if (result.data?.current) patchList({ currentChatId: result.data.chat.id });
    else if (result.data === null) patchList({ currentChatId: null });
    return true;
  }
  take(endSync(view()));
  if (phase() !== 'ready') setPhase('failed');
  else setProblem(errorMessage(result.error));
  return false;
}

function patchList(change: Partial<ChatList>): void {
  setList((known) => (known ? { ...known, ...change } : known));
}

/** What this tab shows again after a (re)connect: the read-only conversation, or the current one. */
const resyncShown = () => sync(!isCurrent() && view().chatId !== null ? view().chatId : null);

export async function loadChatList(): Promise<void> {
  const result = await request('chat:list', {});
  if (result.ok) setList(result.data);
}

const push = (p: ChatPush) => take(applyPush(view(), p));

function onSummary(chat: ChatSummary): void {
  if (chat.id === view().chatId) setSummary(chat);
  setList((known) => known && { ...known, chats: known.chats.map((c) => (c.id === chat.id ? chat : c)) });
}

let started = false;
/** Start following the chat: called when a chat panel first shows. Idempotent. */
export function startChat(): void {
  if (started) return;
  started = true;
  socket.on('chat:message-added', ({ chatId, message }) => push({ kind: 'added', chatId, message }));
  socket.on('chat:delta', (delta) => push({ kind: 'delta', delta }));
  socket.on('chat:done', ({ chatId, message }) => push({ kind: 'done', chatId, message }));
  socket.on('chat:error', ({ chatId, message, error }) =>
    push({ kind: 'error', chatId, message: { ...message, error: message.error ?? error } }),
  );
  socket.on('chat:message-updated', ({ chatId, message }) => push({ kind: 'updated', chatId, message }));
  socket.on('chat:updated', onSummary);
  socket.on('chat:current-changed', ({ chatId }) => {
    patchList({ currentChatId: chatId });
    // Another tab started, continued or left a conversation: follow it unless reading a past one.
    if (isCurrent() && chatId !== view().chatId) void sync(null);
    else if (!isCurrent() && chatId !== null && chatId === view().chatId) setIsCurrent(true);
    void loadChatList();
  });
  // Delivery is at most once: after every reconnect, fetch what is shown again.
  socket.on('connect', () => {
    void resyncShown();
    void loadChatList();
  });
  if (socket.connected) {
    void resyncShown();
    void loadChatList();
  }
}

/** Try loading again after a failure. */
export const reloadChat = () => resyncShown();

// ---- Actions ---------------------------------------------------------------------------------

const chatId = () => view().chatId;

/** Run a request about the shown conversation; a failure becomes the panel's problem line. */
async function act<T>(run: (id: number) => Promise<ClientResult<T>>, then: (data: T) => void): Promise<boolean> {
  const id = chatId();
  if (id === null) return false;
  setProblem(null);
  const result = await run(id);
  if (result.ok) then(result.data);
  else setProblem(errorMessage(result.error));
  return result.ok;
}

const upsert = (message: ChatMessage | null) => message && setView(upsertMessage(view(), message));

export const stopAnswer = () => act((id) => request('chat:stop', { chatId: id }), upsert);
export const retryAnswer = () => act((id) => request('chat:retry', { chatId: id }), upsert);
export const switchDepartment = (department: ChatSummary['department']) =>
  act((id) => request('chat:department', { chatId: id, department }), onSummary);
export const requestHuman = () => act((id) => request('chat:request-human', { chatId: id }), onSummary);

/** The shopper's answer to a proposed cart change. The cart store follows the server's `cart:updated` push. */
export const answerProposal = (messageId: number, proposalId: string, accept: boolean) =>
  act(
    (id) => request('chat:proposal-answer', { chatId: id, messageId, proposalId, accept }),
    (data) => {
      upsert(data.message);
      // The cart the change made, at once; the cart:updated push that follows is then not newer.
      if (data.cart) takeCart(data.cart);
    },
  );

/** The shopper's rating of a resolved conversation, on its rating card ([RATE1]). */
export const rateConversation = (messageId: number, score: number, comment: string) =>
  act((id) => request('chat:rate', { chatId: id, messageId, score, ...(comment.trim() && { comment }) }), upsert);

/** "Continue last conversation" (no id), or continue the past conversation shown. */
export async function continueConversation(id?: number): Promise<boolean> {
  setProblem(null);
  const ok = await sync(null, () => request('chat:continue', id === undefined ? {} : { chatId: id }));
  if (ok) void loadChatList();
  return ok;
}

/** Leave the current conversation: a new, empty one becomes current. */
export async function newConversation(): Promise<void> {
  setProblem(null);
  const result = await request('chat:new', {});
  if (!result.ok) return void setProblem(errorMessage(result.error));
  await sync(null);
  void loadChatList();
}

/** Show a past conversation read-only. */
export const openPastConversation = (id: number) => sync(id);

/** Close the read-only view and show the current conversation again. */
export async function backToCurrent(): Promise<void> {
  const id = chatId();
  if (id !== null && !isCurrent()) void request('chat:leave', { chatId: id });
  await sync(null);
}

// ---- Sending: messages wait here until their ack; a failed one can be sent again -----------------

export interface OutgoingMessage {
  /** Made once per message and reused on resend, so a lost ack never stores it twice. */
  clientId: string;
  text: string;
  state: 'sending' | 'failed';
  error?: string;
}
const [outbox, setOutbox] = createSignal<readonly OutgoingMessage[]>([]);
export const outgoingMessages = outbox;

const patchOutgoing = (clientId: string, change: Partial<OutgoingMessage> | null) =>
  setOutbox((all) =>
    change === null
      ? all.filter((m) => m.clientId !== clientId)
      : all.map((m) => (m.clientId === clientId ? { ...m, ...change } : m)),
  );

async function deliver(message: OutgoingMessage): Promise<void> {
  patchOutgoing(message.clientId, { state: 'sending', error: undefined });
  const target = chatId();
  const result = await request('chat:send', {
    ...(target !== null ? { chatId: target } : {}),
    text: message.text,
    clientId: message.clientId,
  });
  if (!result.ok) {
    patchOutgoing(message.clientId, { state: 'failed', error: errorMessage(result.error) });
    return;
  }
  const { chat, message: stored } = result.data;
  batch(() => {
    patchOutgoing(message.clientId, null);
    // The first message of a new conversation: the conversation now exists.
    if (chatId() === null || chatId() === chat.id) {
      setView(upsertMessage({ ...view(), chatId: chat.id }, stored));
      setSummary(chat);
      setIsCurrent(true);
    }
    patchList({ currentChatId: chat.id });
  });
}

/** Send a shopper message to the current conversation (a new one when there is none). */
export function sendMessage(text: string): void {
  const message: OutgoingMessage = { clientId: newUuid(), text, state: 'sending' };
  setOutbox((all) => [...all, message]);
  void deliver(message);
}

/** Send a failed message again, with the same client id. */
export function resendMessage(clientId: string): void {
  const message = outbox().find((m) => m.clientId === clientId);
  if (message && message.state === 'failed') void deliver(message);
}

export const discardMessage = (clientId: string) => patchOutgoing(clientId, null);
