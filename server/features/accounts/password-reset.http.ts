import type express from 'express';
import type { AppContext } from '../../context.js';
import { parseOrThrow } from '../../errors.js';
import { route } from '../../http/middleware.js';
import { ForgotPasswordSchema, ResetPasswordSchema, type ForgotPasswordAnswer } from '../../../shared/account.js';
import type { AuthRouteHelpers } from '../auth/auth.http.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import { pageLocale } from '../locale/page-locale.js';
import { createResetLimits } from './reset-limits.js';

/**
 * "Forgot password?" under /api/auth (the same origin and JSON rules as sign-in, ADR 003):
 * a reset signs the browser in, so it sets the cookie. Mounted by the wiring:
 * `authRouter(ctx, [mountTwoFactor, mountPasswordReset])`.
 */
export function mountPasswordReset(
  ctx: AppContext,
  router: express.Router,
  { current, ip, passwordChecks, answer }: AuthRouteHelpers,
): void {
  const limits = createResetLimits(ctx.config, ctx.limits);
  const readPageLocale = pageLocale(ctx);

  router.post(
    '/password/forgot',
    route(async (req, res) => {
      const { email } = parseOrThrow(ForgotPasswordSchema, req.body);
      await limits.take(ip(req), email, ctx.now());
      // The language of the page that asked, read before the answer and alike for every email.
      const asking = await readPageLocale(req);
      const answerForAll: ForgotPasswordAnswer = { accepted: true };
      res.status(202).json(answerForAll);
      // Only once the answer is on its way is the address looked up: nothing about the account
      // can show in the answer or in its timing ([ACCT1]). A failure here is logged, never told.
      setImmediate(() => {
        try {
          requestPasswordReset(ctx, email, asking);
        } catch (err) {
          ctx.log.error({ err }, 'password reset request failed');
        }
      });
    }),
  );

  router.post(
    '/password/reset',
    passwordChecks,
    route(async (req, res) => {
      const input = parseOrThrow(ResetPasswordSchema, req.body);
      await answer(ctx, res, await resetPassword(ctx, await current(req), input));
    }),
  );
}
