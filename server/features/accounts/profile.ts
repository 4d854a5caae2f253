import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { users } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { ChangeEmailInput, UpdateProfileInput } from '../../../shared/account.js';
import type { Viewer } from '../../../shared/auth.js';
import { confirmPassword } from '../auth/auth.service.js';
import type { SignInClient } from '../auth/login-throttle.js';
import { peekLiveSession, type LiveSession } from '../auth/sessions.repo.js';
import { findUserByEmail, toViewer, type UserRow } from '../auth/users.repo.js';
import { queueVerification } from './account-mail.js';
import { retireTokens } from '../auth/account-tokens.js';

/** The account page's profile ([ACCT10], [ACCT11]): the caller pushes the result to every tab after the commit. */
export function updateName(ctx: AppContext, userId: number, input: UpdateProfileInput): Viewer {
  const user = ctx.db.update(users).set({ name: input.name }).where(eq(users.id, userId)).returning().get();
  if (!user) throw new AppError('unauthorized', 'sign_in_first');
  return toViewer(user);
}

/**
 * A new email, confirmed with the current password (throttled like sign-in): it is unverified
 * until the link sent to it is opened. Links sent to the old address stop proving anything.
 */
export async function changeEmail(
  ctx: AppContext,
  current: LiveSession,
  input: ChangeEmailInput,
  client: SignInClient,
): Promise<Viewer> {
  const user = await confirmPassword(ctx, current, input.currentPassword, 'currentPassword', client);
  if (input.email === user.email) return toViewer(user);
  if (findUserByEmail(ctx.db, input.email)) throw emailTaken();
  const now = ctx.now();
  const changed = ctx.db.transaction((tx) => {
    // The session may have ended while the password was checked.
    if (!peekLiveSession(tx, current.id, now)) throw new AppError('unauthorized', 'session_ended');
    let row: UserRow | undefined;
    try {
      row = tx
        .update(users)
        .set({ email: input.email, emailVerifiedAt: null })
        .where(eq(users.id, user.id))
        .returning()
        .get();
    } catch (err) {
      // Taken between the look-up and now: the unique index decides.
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
    if (!row) throw new AppError('unauthorized', 'sign_in_first');
    // Links sent to the old address stop working ([ACCT13]); the new address gets its own.
    retireTokens(tx, row.id, 'password_reset', now);
    retireTokens(tx, row.id, 'email_verification', now);
    queueVerification(ctx, tx, row, now);
    return row;
  });
  return toViewer(changed);
}

const emailTaken = () => new AppError('conflict', 'email_taken', { fields: { email: { code: 'email_taken' } } });

function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  }
  return false;
}
