import { and, eq, lte } from 'drizzle-orm';
import { chats } from '../../db/schema.js';
import { refreshRow, type StaffDesk } from './staff-desk.js';

/**
 * Snoozed conversations open again by themselves at their time ([DESKST2]): one UPDATE takes
 * every one due, then their rows are pushed. Started by start(app) (server/start.ts), never by
 * createApp, so a test builds the app without a timer and calls `wakeDue` with its own clock.
 */
export function wakeDue(desk: StaffDesk): number[] {
  const now = desk.ctx.now();
  const woken = desk.ctx.db
    .update(chats)
    .set({ deskStatus: 'open', snoozedUntil: null })
    .where(and(eq(chats.deskStatus, 'snoozed'), lte(chats.snoozedUntil, now)))
    .returning({ id: chats.id })
    .all()
    .map((c) => c.id);
  for (const id of woken) refreshRow(desk, id);
  return woken;
}

/** Every DESK_SNOOZE_CHECK_MS; returns the stop. */
export function startSnoozeWaker(desk: StaffDesk, everyMs = desk.ctx.config.DESK_SNOOZE_CHECK_MS): { stop(): void } {
  const timer = setInterval(() => {
    // A timer has no caller to throw to: a failed round is logged and the next one tries again.
    try {
      wakeDue(desk);
    } catch (err) {
      desk.ctx.log.error({ err }, 'waking snoozed conversations failed');
    }
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
