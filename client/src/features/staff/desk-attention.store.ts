import { createEffect, createSignal } from 'solid-js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { toPlainText } from '../chat/markdown.js';
import { markSeen, notifyState, unreadIds, type SeenCounts } from './desk-attention.js';
import { rows } from './staff.store.js';

/**
 * This desk tab's attention state: what it has shown of each conversation (for the unread
 * count in the title) and whether the staff member asked for desktop notifications.
 */
const [seen, setSeen] = createSignal<SeenCounts>(new Map());
// The shopper's messages only: the assistant answering is not news for the desk.
const counts = () => rows().map((r) => ({ id: r.chat.id, messageCount: r.shopperMessageCount }));

let openNow: () => number | null = () => null;

/** Keep the seen counts as rows and the open conversation change; called once by the shell. */
export function followAttention(open: () => number | null): void {
  openNow = open;
  createEffect(() => {
    const now = counts();
    const id = open();
    setSeen((before) => markSeen(before, now, id));
  });
}

export const unreadChatIds = () => unreadIds(seen(), counts(), openNow());
export const isUnread = (chatId: number) => unreadChatIds().includes(chatId);

const supported = typeof window !== 'undefined' && 'Notification' in window;
const WANTED_KEY = 'visionx.desk.notifications';
const [permission, setPermission] = createSignal<NotificationPermission>(
  supported ? Notification.permission : 'denied',
);
const [wanted, setWanted] = createSignal(supported && localStorage.getItem(WANTED_KEY) === 'on');
export const notifications = () => notifyState(supported, permission(), wanted());

function want(on: boolean): void {
  setWanted(on);
  localStorage.setItem(WANTED_KEY, on ? 'on' : 'off');
}

/** The button: asks the browser's permission on this click (never on load), or turns them off. */
export async function toggleNotifications(): Promise<void> {
  if (!supported) return;
  if (notifications() === 'on') return want(false);
  const answer =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  setPermission(answer);
  if (answer === 'granted') want(true);
}

/** A hand-off while this tab is hidden: a notification that brings the tab back on the conversation. */
export function notifyHandoff(row: StaffConversation, open: (chatId: number) => void): void {
  if (notifications() !== 'on' || !document.hidden) return;
  const note = new Notification(t('desk.notify.title', { name: row.shopperName ?? t('staff.guest') }), {
    body: toPlainText(row.chat.lastMessage),
    tag: `handoff-${row.chat.id}`,
  });
  note.onclick = () => {
    window.focus();
    open(row.chat.id);
    note.close();
  };
}
