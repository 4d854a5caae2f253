import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { users } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { EmailVerified, VerificationSent } from '../../../shared/account.js';
import { rooms } from '../../socket/rooms.js';
import { findUserById, toViewer } from '../auth/users.repo.js';
import { queueVerification } from './account-mail.js';
import { findToken, spendToken } from '../auth/account-tokens.js';

/**
 * Opening a verification link ([ACCT8], [ACCT9]): the token is spent, and the account's email
 * counts as verified only if it is still the address the link was sent to.
 */
export function verifyEmail(ctx: AppContext, token: string): EmailVerified {
  const now = ctx.now();
  const { userId, email } = ctx.db.transaction((tx) => {
    // A link to an address the account has left was retired by the change ([ACCT13]): say why.
    const stored = findToken(tx, token, 'email_verification');
    if (stored && findUserById(tx, stored.userId)?.email !== stored.email) {
      throw new AppError('conflict', 'email_changed');
    }
    const row = spendToken(tx, token, 'email_verification', now);
    const proven = tx
      .update(users)
      .set({ emailVerifiedAt: now })
      .where(and(eq(users.id, row.userId), eq(users.email, row.email)))
      .run();
    if (proven.changes !== 1) throw new AppError('conflict', 'email_changed');
    return row;
  });
  pushProfile(ctx, userId);
  return { email };
}

/** "Resend verification email": a new link for the current, unverified address. */
export function resendVerification(ctx: AppContext, userId: number): VerificationSent {
  const now = ctx.now();
  return ctx.db.transaction((tx) => {
    const user = findUserById(tx, userId);
    if (!user) throw new AppError('unauthorized', 'sign_in_first');
    if (user.emailVerifiedAt !== null) throw new AppError('conflict', 'email_already_verified');
    queueVerification(ctx, tx, user, now);
    return { email: user.email };
  });
}

/** Every tab of the user shows the account as it is now (the header's name, the badge). */
export function pushProfile(ctx: AppContext, userId: number): void {
  const user = findUserById(ctx.db, userId);
  if (user) ctx.publish(rooms.user(userId), 'account:profile-changed', toViewer(user));
}
