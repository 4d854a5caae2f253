import type { StaffConversation, StaffFilter, StaffMember } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';

/**
 * The overview's pure rules: which rows a filter shows, their order (as the server sorts:
 * overdue first, the most overdue first, then waiting, the newest wait first, then the most
 * recent activity), a pushed row merged in, and the waiting time as words.
 */
export function matchesFilter(row: StaffConversation, filter: StaffFilter, me: StaffMember | null): boolean {
  switch (filter) {
    case 'needs-human':
      return row.chat.status === 'waiting';
    case 'frustrated':
      return row.chat.flagged === true && row.chat.status !== 'closed';
    case 'mine':
      return me !== null && row.chat.status === 'staff' && row.assignee?.id === me.id;
    case 'all':
      return true;
  }
}

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) || 0 : 0);

/**
 * Past its reply's due time ([DUE3]). With `now` (the console's ticking clock) a row turns overdue
 * while on screen; without, as the server last said.
 */
export function isOverdue(row: StaffConversation, now?: number): boolean {
  if (now === undefined || row.replyDueAt === null) return row.overdue;
  return now > time(row.replyDueAt);
}

/** Overdue first, the most overdue (earliest due) first; then as before. */
export function compareRows(a: StaffConversation, b: StaffConversation, now?: number): number {
  const [lateA, lateB] = [isOverdue(a, now), isOverdue(b, now)];
  if (lateA !== lateB) return lateA ? -1 : 1;
  if (lateA && lateB && a.replyDueAt !== b.replyDueAt) return time(a.replyDueAt) - time(b.replyDueAt);
  const waiting = Number(b.chat.status === 'waiting') - Number(a.chat.status === 'waiting');
  if (waiting !== 0) return waiting;
  return (
    time(b.waitingSince) - time(a.waitingSince) ||
    time(b.chat.updatedAt) - time(a.chat.updatedAt) ||
    b.chat.id - a.chat.id
  );
}

/** A pushed row replaces the one with its id (or joins the list), in order. */
export function upsertRow(
  rows: readonly StaffConversation[],
  row: StaffConversation,
  now?: number,
): StaffConversation[] {
  return [...rows.filter((r) => r.chat.id !== row.chat.id), row].sort((a, b) => compareRows(a, b, now));
}

/** The rows in order at `now`: a row whose reply falls due moves up as the clock ticks. */
export const rowsAt = (rows: readonly StaffConversation[], now: number) =>
  [...rows].sort((a, b) => compareRows(a, b, now));

export const visibleRows = (rows: readonly StaffConversation[], filter: StaffFilter, me: StaffMember | null) =>
  rows.filter((row) => matchesFilter(row, filter, me));

/** "42 s", "3 min 05 s", "1 h 12 min": short enough for a list row, precise enough to tick. */
export function waitingText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return t('staff.duration.seconds', { s: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('staff.duration.minutes', { m: minutes, s: String(seconds % 60).padStart(2, '0') });
  return t('staff.duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

export type StatusWord = { key: 'ai' | 'waiting' | 'closed' } | { key: 'staff'; name: string };

export function statusOf(row: StaffConversation): StatusWord {
  if (row.chat.status === 'staff') return { key: 'staff', name: row.assignee?.name ?? row.chat.assigneeName ?? '' };
  return { key: row.chat.status };
}
