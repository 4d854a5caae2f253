import type { DeskStatus, Priority } from '../../../../shared/desk.js';
import { request } from '../../lib/socket.js';
import { run } from './staff-actions.js';
import { takeRow } from './staff.store.js';

/** The desk's triage requests; each answers null or the sentence to show (see staff-actions.ts). */
export const assign = (chatId: number, toId: number | null, expectedAssigneeId: number | null, note = '') =>
  run(
    request('staff:assign', { chatId, toId, expectedAssigneeId, ...(note.trim() ? { note: note.trim() } : {}) }),
    takeRow,
  );

export const setDeskStatus = (chatId: number, status: Exclude<DeskStatus, 'resolved'>, snoozedUntil?: string) =>
  run(request('staff:set-status', { chatId, status, ...(snoozedUntil ? { snoozedUntil } : {}) }), takeRow);

export const setTags = (chatId: number, tags: string[]) => run(request('staff:set-tags', { chatId, tags }), takeRow);

export const setPriority = (chatId: number, priority: Priority) =>
  run(request('staff:set-priority', { chatId, priority }), takeRow);

/** I am drafting here (a reply or a note): colleagues see it. Fire and forget, like typing. */
export const sendComposing = (chatId: number, typing: boolean) => void request('staff:composing', { chatId, typing });

/** Snooze presets, in local time: an hour from now, or tomorrow at 09:00. */
export function snoozePreset(preset: 'hour' | 'tomorrow', now = new Date()): string {
  if (preset === 'hour') return new Date(now.getTime() + 3_600_000).toISOString();
  const at = new Date(now);
  at.setDate(at.getDate() + 1);
  at.setHours(9, 0, 0, 0);
  return at.toISOString();
}
