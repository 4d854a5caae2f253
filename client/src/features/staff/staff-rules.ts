import { matchesDeskView } from '../../../../shared/desk-filter.js';
import type { StaffOverviewQuery } from '../../../../shared/desk-triage.js';
import type { StaffConversation, StaffMember } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';

/**
 * The overview's pure rules: their order (as the server sorts: waiting first, the newest wait
 * first, then the most recent activity), a pushed row placed under the filters the server
 * applied (shared/desk-filter.ts), and the waiting time as words.
 */

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) || 0 : 0);

export function compareRows(a: StaffConversation, b: StaffConversation): number {
  const waiting = Number(b.chat.status === 'waiting') - Number(a.chat.status === 'waiting');
  if (waiting !== 0) return waiting;
  return (
    time(b.waitingSince) - time(a.waitingSince) ||
    time(b.chat.updatedAt) - time(a.chat.updatedAt) ||
    b.chat.id - a.chat.id
  );
}

/** A pushed row replaces the one with its id (or joins the list), in order. */
export function upsertRow(rows: readonly StaffConversation[], row: StaffConversation): StaffConversation[] {
  return [...rows.filter((r) => r.chat.id !== row.chat.id), row].sort(compareRows);
}

/** A pushed row joins (or stays in) the list while it matches the filters, and leaves it when it stops matching. */
export function placeRow(
  rows: readonly StaffConversation[],
  row: StaffConversation,
  query: StaffOverviewQuery,
  me: StaffMember | null,
): StaffConversation[] {
  return matchesDeskView(row, query, me?.id ?? null)
    ? upsertRow(rows, row)
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
