import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { ResetPasswordInput } from '../../../shared/account.js';
import type { Locale } from '../../../shared/locales.js';
import { signInAs, type AuthResult } from '../auth/auth.service.js';
import { clearAccountFailures } from '../auth/login-throttle.js';
import { checkPassword } from '../auth/password-policy.js';
import { createSession, revokeSession, revokeUserSessions, type LiveSession } from '../auth/sessions.repo.js';
import { findUserByEmail, findUserById, setPasswordHash, type UserRow } from '../auth/users.repo.js';
import { isEnrolled } from '../two-factor/two-factor.repo.js';
import { queuePasswordReset } from './account-mail.js';
import { checkToken, retireTokens, spendToken } from '../auth/account-tokens.js';

/**
 * "Forgot password?" for an email that may or may not have an account. The caller has already
 * answered (the same for every email, [ACCT1]); this does the work nobody can time.
 */
export function requestPasswordReset(ctx: AppContext, email: string, asking?: Locale): void {
  const user = findUserByEmail(ctx.db, email);
  if (!user) return;
  const now = ctx.now();
  ctx.db.transaction((tx) => {
    retireTokens(tx, user.id, 'password_reset', now);
    queuePasswordReset(ctx, tx, user, now, asking);
  });
}

/**
 * A new password from a reset link ([ACCT4]–[ACCT6]): the token is spent once, every session of
 * the user ends, sign-in throttling of the account is cleared, and this browser is signed in
 * under a new session id, unless the account signs in with a code: then it must sign in.
 */
export async function resetPassword(
  ctx: AppContext,
  current: LiveSession | null,
  input: ResetPasswordInput,
): Promise<AuthResult> {
  const problem = checkPassword(input.password, ctx.commonPasswords);
  if (problem) throw new AppError('bad_request', undefined, { fields: { password: problem } });
  // A dead link is told before the slow hash; the hash is spent only for a link that may work.
  checkToken(ctx.db, input.token, 'password_reset', ctx.now());
  const passwordHash = await ctx.hasher.hash(input.password);
  const now = ctx.now();
  const result = ctx.db.transaction((tx) => {
    const { userId, email } = spendToken(tx, input.token, 'password_reset', now);
    const before = findUserById(tx, userId);
    if (!before) throw new AppError('bad_request', 'token_invalid');
    // Sent to an address the account no longer has ([ACCT13]): the link is spent and opens nothing.
    if (before.email !== email) return null;
    setPasswordHash(tx, userId, passwordHash, now);
    retireTokens(tx, userId, 'password_reset', now);
    clearAccountFailures(tx, before.email);
    const user = findUserById(tx, userId)!;
    const needsCode = user.role === 'staff' || isEnrolled(tx, user.id);
    const result = needsCode ? stayGuest(tx, current, user, now) : signInAs(ctx, tx, current, user, now);
    const others = revokeUserSessions(tx, user.id, 'password_changed', now, result.session.id);
    const endOthers = () => ctx.endSessions(others, 'password_changed');
    return { ...result, afterCommit: [...(result.afterCommit ?? []), endOthers] };
  });
  if (!result) throw new AppError('bad_request', 'token_invalid');
  return result;
}

/** Two-step accounts: no session without the code, so this browser is (or becomes) a guest and signs in. */
function stayGuest(db: DbLike, current: LiveSession | null, user: UserRow, now: number): AuthResult {
  const reply = { signInRequired: true };
  if (current && current.userId === null) return { user: null, session: current, ended: none, reply };
  // Signed in as this user (it ends with the user's other sessions) or as someone else: this browser starts over as a guest.
  const previous = current && current.userId !== user.id ? [current.id] : [];
  for (const id of previous) revokeSession(db, id, 'signed_out', now);
  return {
    user: null,
    session: createSession(db, null, 'guest', now),
    ended: { sessionIds: previous, reason: 'signed_out' },
    reply,
  };
}

const none = { sessionIds: [] as string[], reason: 'signed_out' as const };
