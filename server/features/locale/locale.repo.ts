import { eq } from 'drizzle-orm';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/locales.js';
import type { DbLike } from '../../db/client.js';
import { sessions, users } from '../../db/schema.js';

/** The languages chosen for a session: its own, and its account's (signed in). Null: none chosen. */
export interface ChosenLocales {
  session: Locale | null;
  account: Locale | null;
}

export function chosenLocales(db: DbLike, sessionId: string): ChosenLocales {
  const row = db
    .select({ session: sessions.locale, account: users.locale })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .get();
  return { session: known(row?.session), account: known(row?.account) };
}

/** The choice that counts: the account's, else the session's ([LANG1] after `?lang=`). */
export const storedChoice = (chosen: ChosenLocales): Locale | null => chosen.account ?? chosen.session;

/**
 * The language of a mail, chosen when it is queued, in the event's transaction ([LANG4]): the
 * account's choice, else the choice of the session that acted (a guest's order, a chat), else
 * `otherwise` (the asking page's language for a password reset), else English.
 */
export function mailLocale(
  db: DbLike,
  who: { userId?: number | null; sessionId?: string | null },
  otherwise: Locale = DEFAULT_LOCALE,
): Locale {
  if (who.userId != null) {
    const account = db.select({ locale: users.locale }).from(users).where(eq(users.id, who.userId)).get();
    if (isLocale(account?.locale)) return account.locale;
  }
  if (who.sessionId) {
    const session = db.select({ locale: sessions.locale }).from(sessions).where(eq(sessions.id, who.sessionId)).get();
    if (isLocale(session?.locale)) return session.locale;
  }
  return otherwise;
}

/** The language chosen on this browser, and on the account when signed in. */
export function saveLocale(db: DbLike, session: { id: string; userId: number | null }, locale: Locale): void {
  db.update(sessions).set({ locale }).where(eq(sessions.id, session.id)).run();
  if (session.userId !== null) db.update(users).set({ locale }).where(eq(users.id, session.userId)).run();
}

/**
 * A session that replaces another (sign-in, a new password) keeps the browser's choice; an
 * account that has none takes it at sign-in.
 */
export function carryLocale(db: DbLike, fromSessionId: string, toSessionId: string, userId: number | null): void {
  const { session } = chosenLocales(db, fromSessionId);
  if (!session) return;
  db.update(sessions).set({ locale: session }).where(eq(sessions.id, toSessionId)).run();
  if (userId === null) return;
  const account = db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).get();
  if (account && !isLocale(account.locale)) db.update(users).set({ locale: session }).where(eq(users.id, userId)).run();
}

const known = (value: string | null | undefined): Locale | null => (isLocale(value) ? value : null);
