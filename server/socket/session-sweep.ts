import type { AppContext } from '../context.js';
import { peekLiveSession } from '../features/auth/sessions.repo.js';
import type { AppServer } from './types.js';

/** Staff sessions idle out after 30 minutes, so a minute's lag is the most a socket outlives its session. */
export const SWEEP_EVERY_MS = 60_000;

/**
 * Requests check the session, but a socket that only listens (an open order page, a staff
 * console) never makes one. This sweep ends the sockets of sessions that expired or idled out
 * meanwhile: `session:ended` then disconnect, as a request would. Looking is not activity, so
 * the sweep never keeps a session alive. Returns the ended session ids.
 */
export function sweepEndedSessions(io: AppServer, ctx: Pick<AppContext, 'db' | 'now' | 'endSessions'>): string[] {
  const connected = new Set<string>();
  for (const socket of io.of('/').sockets.values()) connected.add(socket.data.sessionId);
  const now = ctx.now();
  const ended = [...connected].filter((id) => peekLiveSession(ctx.db, id, now) === null);
  if (ended.length > 0) ctx.endSessions(ended, 'expired');
  return ended;
}

export function startSessionSweep(io: AppServer, ctx: AppContext): { stop(): void } {
  const timer = setInterval(() => {
    try {
      const ended = sweepEndedSessions(io, ctx);
      if (ended.length > 0) ctx.log.info({ sessions: ended.length }, 'ended the sockets of expired sessions');
    } catch (err) {
      ctx.log.error({ err }, 'session sweep failed');
    }
  }, SWEEP_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
