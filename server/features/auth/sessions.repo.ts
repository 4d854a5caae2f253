import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { preparedPer } from '../../db/prepared.js';
import { sessions, users } from '../../db/schema.js';
import type { Role } from '../../../shared/auth.js';
import type { Locale } from '../../../shared/locales.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** docs/ARCHITECTURE.md §2: shoppers (and guests) 7 days idle / 30 days absolute; staff 30 min / 12 h. */
export const SESSION_LIMITS = {
  shopper: { idleMs: 7 * DAY, absoluteMs: 30 * DAY },
  staff: { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE },
} as const satisfies Record<Role, { idleMs: number; absoluteMs: number }>;

/** lastSeenAt is written at most this often, so a busy session is not a write per request. */
const TOUCH_EVERY_MS = MINUTE;

export type SessionRole = Role | 'guest';
export interface LiveSession {
  id: string;
  userId: number | null;
  role: SessionRole;
}

/** 256 random bits, URL-safe. */
export const newSessionId = () => randomBytes(32).toString('base64url');

const limitsFor = (role: SessionRole) => SESSION_LIMITS[role === 'staff' ? 'staff' : 'shopper'];

/** `locale`: the language the session starts with, when the browser reads another than English ([LANG4]). */
export function createSession(
  db: DbLike,
  userId: number | null,
  role: SessionRole,
  now: number,
  locale?: Locale,
): LiveSession {
  const id = newSessionId();
  db.insert(sessions)
    .values({ id, userId, createdAt: now, lastSeenAt: now, expiresAt: now + limitsFor(role).absoluteMs, locale })
    .run();
  return { id, userId, role };
}

/** The check and touch of every request, prepared once per database ([HOT1]). */
const liveSessionQueries = preparedPer((db) => ({
  row: db
    .select({ s: sessions, role: users.role })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare(),
  touch: db
    .update(sessions)
    .set({ lastSeenAt: sql`${sql.placeholder('now')}` })
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare(),
}));

/** The live session behind an id, or null if unknown, revoked, idle too long or past its end. */
export function loadLiveSession(db: DbLike, id: string, now: number): LiveSession | null {
  const live = peekLiveSession(db, id, now);
  if (!live) return null;
  if (now - live.lastSeenAt >= TOUCH_EVERY_MS) liveSessionQueries(db).touch.run({ id, now });
  return live.session;
}

/** Like loadLiveSession, but a look only: it does not count as activity (for sweeps of idle sockets). */
export function peekLiveSession(
  db: DbLike,
  id: string,
  now: number,
): { session: LiveSession; lastSeenAt: number } | null {
  const row = liveSessionQueries(db).row.get({ id });
  if (!row || row.s.revokedAt !== null) return null;
  // A session of a deleted user has no user row any more; it was revoked with the deletion.
  if (row.s.userId !== null && row.role === null) return null;
  const role: SessionRole = row.role ?? 'guest';
  if (now >= row.s.expiresAt || now - row.s.lastSeenAt >= limitsFor(role).idleMs) return null;
  return { session: { id, userId: row.s.userId, role }, lastSeenAt: row.s.lastSeenAt };
}

export function revokeSession(db: DbLike, id: string, reason: string, now: number): void {
  db.update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .run();
}

/** Revoke every live session of a user (but `keep`); returns the ids that were live. */
export function revokeUserSessions(db: DbLike, userId: number, reason: string, now: number, keep?: string): string[] {
  const where = and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? ne(sessions.id, keep) : undefined);
  const ids = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(where)
    .all()
    .map((r) => r.id);
  db.update(sessions).set({ revokedAt: now, revokedReason: reason }).where(where).run();
  return ids;
}

/** Delete rows that can never be live again: past their absolute end, idle past their limit, or revoked over a day ago. */
export function purgeDeadSessions(db: DbLike, now: number): number {
  const staffIds = db.select({ id: users.id }).from(users).where(eq(users.role, 'staff'));
  return db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, now),
        lt(sessions.revokedAt, now - DAY),
        lte(sessions.lastSeenAt, now - SESSION_LIMITS.shopper.idleMs),
        and(inArray(sessions.userId, staffIds), lte(sessions.lastSeenAt, now - SESSION_LIMITS.staff.idleMs)),
      ),
    )
    .run().changes;
}
