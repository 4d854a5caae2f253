import { eq } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { Role, Viewer } from '../../../shared/auth.js';

export type UserRow = typeof users.$inferSelect;

export function findUserByEmail(db: DbLike, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function findUserById(db: DbLike, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** Returns null when the email is taken (the unique index decides, so two racing sign-ups can't both win). */
export function insertUser(
  db: DbLike,
  user: { email: string; name: string; passwordHash: string; role?: Role },
  now: number,
): UserRow | null {
  return (
    db
      .insert(users)
      .values({ ...user, role: user.role ?? 'shopper', createdAt: now, passwordChangedAt: now })
      .onConflictDoNothing({ target: users.email })
      .returning()
      .get() ?? null
  );
}

export function setPasswordHash(db: DbLike, id: number, passwordHash: string, now: number): void {
  db.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, id)).run();
}

export function deleteUser(db: DbLike, id: number): void {
  db.delete(users).where(eq(users.id, id)).run();
}

export function toViewer(user: UserRow | undefined | null): Viewer {
  if (!user) return { user: null };
  const { id, email, name, role, createdAt, emailVerifiedAt } = user;
  return {
    user: {
      id,
      email,
      name,
      role,
      createdAt: new Date(createdAt).toISOString(),
      emailVerified: emailVerifiedAt !== null,
    },
  };
}
