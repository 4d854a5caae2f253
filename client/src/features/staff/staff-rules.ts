import { matchesDeskView } from '../../../../shared/desk-filter.js';
import type { StaffOverviewQuery } from '../../../../shared/desk-triage.js';
import type { StaffConversation, StaffMember } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';

/**
 * The overview's pure rules: their order (as the server sorts: overdue first, the most overdue
 * first, then waiting, the newest wait first, then the most recent activity), a pushed row
 * placed under the filters the server applied (shared/desk-filter.ts), and the waiting time as words.
 */
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

/** A pushed row joins (or stays in) the list while it matches the filters, and leaves it when it stops matching. */
export function placeRow(
  rows: readonly StaffConversation[],
  row: StaffConversation,
  query: StaffOverviewQuery,
  me: StaffMember | null,
  now?: number,
): StaffConversation[] {
  return matchesDeskView(row, query, me?.id ?? null)
    ? upsertRow(rows, row, now)
    : rows.filter((r) => r.chat.id !== row.chat.id);
}

/** Colleagues with the conversation open (not myself), typing ones first. */
export const otherViewers = (row: StaffConversation, me: StaffMember | null) =>
  row.viewers.filter((v) => v.id !== me?.id).sort((a, b) => Number(b.typing) - Number(a.typing));

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
