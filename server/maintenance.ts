import type { AppContext } from './context.js';
import { purgeOldFailures } from './features/auth/login-throttle.js';
import { purgeDeadSessions } from './features/auth/sessions.repo.js';
import { purgeOrphanGuestChats } from './features/chat/chat-identity.js';
import { purgeOldContactMessages } from './features/contact/contact.repo.js';

const EVERY_MS = 60 * 60_000;

/** One clean-up of rows that can never matter again or are past their retention; a failure is logged. */
export function runMaintenance(ctx: AppContext): void {
  try {
    const now = ctx.now();
    const sessions = purgeDeadSessions(ctx.db, now);
    purgeOldFailures(ctx.db, now);
    const chats = purgeOrphanGuestChats(ctx.db);
    if (sessions || chats) ctx.log.info({ sessions, chats }, 'purged dead sessions and their guest conversations');
    const contactMessages = purgeOldContactMessages(ctx.db, now);
    if (contactMessages) ctx.log.info({ contactMessages }, 'purged contact messages past their retention');
  } catch (err) {
    ctx.log.error({ err }, 'maintenance failed');
  }
}

/** The clean-up now, then hourly (start(app), server/start.ts). Per-process timer; unref'd. */
export function startMaintenance(ctx: AppContext): { stop(): void } {
  const run = () => runMaintenance(ctx);
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
