import { t } from '../../i18n/index.js';

/**
 * What needs the staff member's attention, as pure rules ([SHELL4]): which conversations have
 * messages this desk tab has not shown, and the tab title that counts them.
 *
 * `seen` maps a conversation to the message count this tab last showed (or first met) it with.
 */
export type SeenCounts = ReadonlyMap<number, number>;

export interface RowCount {
  id: number;
  messageCount: number;
}

/**
 * The counts after the rows changed: a row met for the first time is taken as seen (what came
 * before this tab opened is not news), the open conversation is always seen, and any other row
 * keeps the count it was last seen with, so a count that grew marks it unread.
 */
export function markSeen(seen: SeenCounts, rows: readonly RowCount[], open: number | null): Map<number, number> {
  const next = new Map(seen);
  for (const row of rows) {
    if (row.id === open || !next.has(row.id)) next.set(row.id, row.messageCount);
  }
  return next;
}

/** The conversations with messages since this tab last showed them. */
export function unreadIds(seen: SeenCounts, rows: readonly RowCount[], open: number | null): number[] {
  return rows.filter((r) => r.id !== open && r.messageCount > (seen.get(r.id) ?? r.messageCount)).map((r) => r.id);
}

/** "(2) 1 waiting · VisionX Desk": the unread count first (it shows in a narrow tab), then who waits. */
export function deskTitle(unread: number, waiting: number): string {
  const parts = [waiting > 0 ? t('desk.title.waiting', { count: waiting }) : '', t('desk.title.app')];
  const text = parts.filter(Boolean).join(' · ');
  return unread > 0 ? `(${unread}) ${text}` : text;
}

export type NotifyState = 'on' | 'off' | 'blocked' | 'unsupported';

/** The "Desktop notifications" button's state: on only once asked for and allowed by the browser. */
export function notifyState(supported: boolean, permission: NotificationPermission, wanted: boolean): NotifyState {
  if (!supported) return 'unsupported';
  if (permission === 'denied') return 'blocked';
  return wanted && permission === 'granted' ? 'on' : 'off';
}
