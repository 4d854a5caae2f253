import { sendMessage } from './chat.store.js';

/** A suggested question or quick reply: a pill at least 44 px high, a tap target on a phone. */
export const REPLY_BUTTON =
  'min-h-11 rounded-full border border-accent/40 bg-white px-3 py-1.5 text-left text-sm font-medium text-accent-strong hover:bg-accent-soft';

/**
 * Sends a suggested question or quick reply as the shopper's message. The button goes away with
 * it: pressed from the keyboard, focus moves on to the panel's message field instead of falling
 * back to the page's start; tapped, focus stays put, so a phone does not raise its keyboard.
 */
export function sendReply(event: MouseEvent & { currentTarget: HTMLElement }, text: string): void {
  const button = event.currentTarget;
  const fromKeyboard = event.detail === 0 || button.matches(':focus-visible');
  const field = button.closest('[data-chat-panel]')?.querySelector('textarea');
  sendMessage(text);
  if (fromKeyboard) field?.focus();
}
