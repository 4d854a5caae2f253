import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { sessions } from '../../db/schema.js';
import type { LiveSession } from './sessions.repo.js';
import { findUserById } from './users.repo.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Everything we hold about the signed-in user (GDPR Art. 15/20), without secrets: no hashes, no session ids. */
export function exportUserData(ctx: AppContext, session: LiveSession): Record<string, unknown> {
  const user = findUserById(ctx.db, session.userId!);
  if (!user) return {};
  const userSessions = ctx.db.select().from(sessions).where(eq(sessions.userId, user.id)).all();
  const data: Record<string, unknown> = {
    exportedAt: iso(ctx.now()),
    account: {
      email: user.email,
      name: user.name,
      role: user.role,
      createdAt: iso(user.createdAt),
      passwordChangedAt: iso(user.passwordChangedAt),
    },
    sessions: userSessions.map((s) => ({
      current: s.id === session.id,
      createdAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      expiresAt: iso(s.expiresAt),
      revokedAt: iso(s.revokedAt),
      revokedReason: s.revokedReason,
    })),
  };
  for (const { section, collect } of ctx.hooks.exportUser) data[section] = collect(ctx.db, user.id);
  return data;
}
