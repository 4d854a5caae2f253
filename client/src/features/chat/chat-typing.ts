import { createSignal } from 'solid-js';
import type { TypingChanged } from '../../../../shared/staff.js';
import { request, socket } from '../../lib/socket.js';
import { chatIsCurrent, chatSummary, chatView } from './chat.store.js';
import { createTypingSignal, TYPING_EXPIRES_MS } from './typing-signal.js';

/**
 * Typing indicators on the shopper's side, only while a person has the conversation: the staff
 * member's "is typing" shown here, and the shopper's own sent (throttled) for the staff to see.
 */
const [staffTyping, setStaffTyping] = createSignal<string | null>(null);
/** The name of the staff member typing in the shown conversation, or null. */
export const staffTypingName = () => (chatSummary()?.status === 'staff' ? staffTyping() : null);

let expiry: ReturnType<typeof setTimeout> | undefined;
function onTyping(change: TypingChanged): void {
  if (change.role !== 'staff' || change.chatId !== chatView().chatId) return;
  clearTimeout(expiry);
  if (!change.typing) return void setStaffTyping(null);
  setStaffTyping(change.name ?? '');
  // A lost `false` must not leave the indicator on for good.
  expiry = setTimeout(() => setStaffTyping(null), TYPING_EXPIRES_MS);
}

// The conversation the `true` went to, so the `false` goes there too even if the view changed.
let typingIn: number | null = null;
const signal = createTypingSignal((typing) => {
  const chatId = typing ? chatView().chatId : typingIn;
  typingIn = typing ? chatId : null;
  if (chatId !== null) void request('chat:typing', { chatId, typing });
});

/** The shopper typed: tell the staff member (no traffic unless a person has the conversation). */
export function noteShopperTyping(): void {
  if (chatIsCurrent() && chatSummary()?.status === 'staff') signal.input();
}
export const shopperStoppedTyping = () => signal.stop();

let started = false;
export function startChatTyping(): void {
  if (started) return;
  started = true;
  socket.on('chat:typing-changed', onTyping);
  // A staff message ends their typing; so does a reconnect (their `false` may have been missed).
  socket.on('chat:message-added', ({ message }) => message.role === 'staff' && setStaffTyping(null));
  socket.on('disconnect', () => setStaffTyping(null));
}
