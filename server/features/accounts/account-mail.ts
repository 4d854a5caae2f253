import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { EMAIL_VERIFICATION_TTL_MS, PASSWORD_RESET_TTL_MS } from '../../../shared/account.js';
import { passwordResetMail } from '../mail/templates/password_reset.js';
import { verifyEmailMail } from '../mail/templates/verify_email.js';
import { welcomeMail } from '../mail/templates/welcome.js';
import type { UserRow } from '../auth/users.repo.js';
import { eraseAccountMail } from './account-mail-erasure.js';
import { issueToken } from '../auth/account-tokens.js';
import { mailLocale } from '../locale/locale.repo.js';
import type { Locale } from '../../../shared/locales.js';

/**
 * The account emails, each queued in the caller's transaction (docs/ARCHITECTURE.md §15). Links
 * carry the token in the fragment (`#token=`): browsers send no fragment to the server, so it
 * reaches no access log and no Referer (ADR 025).
 */
const link = (ctx: AppContext, page: string, token: string) => `${ctx.config.PUBLIC_URL}/${page}#token=${token}`;

/** A new verification link for the user's current email. */
export function queueVerification(
  ctx: AppContext,
  db: DbLike,
  user: UserRow,
  now: number,
  sessionId: string | null = null,
): void {
  const { token, eventId } = issueToken(db, 'email_verification', user, now, EMAIL_VERIFICATION_TTL_MS);
  const mail = verifyEmailMail(
    { name: user.name, email: user.email, link: link(ctx, 'verify-email', token) },
    mailLocale(db, { userId: user.id, sessionId }),
  );
  ctx.outbox.queue(db, { eventId, kind: 'verify_email', to: user.email, ...mail, secret: true }, now);
}

/** A new reset link (the caller retires the older ones first), in the account's language, else the asking page's. */
export function queuePasswordReset(ctx: AppContext, db: DbLike, user: UserRow, now: number, asking?: Locale): void {
  const { token, eventId } = issueToken(db, 'password_reset', user, now, PASSWORD_RESET_TTL_MS);
  const mail = passwordResetMail(
    { name: user.name, link: link(ctx, 'reset-password', token), minutes: PASSWORD_RESET_TTL_MS / 60_000 },
    mailLocale(db, { userId: user.id }, asking),
  );
  ctx.outbox.queue(db, { eventId, kind: 'password_reset', to: user.email, ...mail, secret: true }, now);
}

/** Sign-up: a welcome and the first verification link, committed with the account ([ACCT7]); erasure takes them back ([ACCT14]). */
export function registerAccountMail(ctx: AppContext): void {
  // In the language of the browser that signed up, when it chose one ([LANG4]).
  ctx.hooks.onRegistered.push((db, user, now, sessionId) => {
    const base = ctx.config.PUBLIC_URL;
    const mail = welcomeMail(
      { name: user.name, accountUrl: `${base}/account`, shopUrl: `${base}/shop` },
      mailLocale(db, { userId: user.id, sessionId }),
    );
    ctx.outbox.queue(db, { eventId: `welcome:${user.id}`, kind: 'welcome', to: user.email, ...mail }, now);
    queueVerification(ctx, db, user, now, sessionId);
  });
  ctx.hooks.eraseUser.push(eraseAccountMail);
}
