import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { allowance } from '../../rate-limit.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import {
  ChangeEmailSchema,
  ResendVerificationSchema,
  UpdateProfileSchema,
  VerifyEmailSchema,
} from '../../../shared/account.js';
import { pushProfile, resendVerification, verifyEmail } from './email-verification.js';
import { changeEmail, updateName } from './profile.js';

/**
 * The account page over the socket: name, email and its verification. None of these sets a
 * cookie, so none is an HTTP call (docs/ARCHITECTURE.md §1). Each change reaches every tab of
 * the user as `account:profile-changed`, after the commit.
 */
export const accountHandlers = (ctx: AppContext): FeatureRoutes => {
  const { PASSWORD_CHECKS_PER_IP_PER_MINUTE: perMinute, VERIFICATION_EMAILS_PER_USER_PER_HOUR: perHour } = ctx.config;
  // Password checks and mail: refused while the shared state cannot count them ([SHARED6]).
  const passwordChecks = ctx.limits.limiter('account:password-checks', allowance(perMinute, 60), 'refuse');
  const resends = ctx.limits.limiter('account:resends', allowance(perHour, 3600), 'refuse');
  const spend = async (limiter: typeof resends, key: string, reason: 'network_busy' | 'too_many_requests') => {
    const verdict = await limiter.take(key, ctx.now());
    if (!verdict.ok) throw new AppError('rate_limited', reason, { retryAfterMs: verdict.retryAfterMs });
  };

  return {
    routes: [
      route('account:update-profile', {
        schema: UpdateProfileSchema,
        access: 'user',
        run: (input, { session }) => {
          const viewer = updateName(ctx, session.userId!, input);
          pushProfile(ctx, session.userId!);
          return viewer;
        },
      }),

      route('account:change-email', {
        schema: ChangeEmailSchema,
        access: 'user',
        run: async (input, { session, socket }) => {
          await spend(passwordChecks, `ip:${socket.data.address}`, 'network_busy');
          const viewer = await changeEmail(ctx, session, input, { ip: socket.data.address, device: null });
          pushProfile(ctx, session.userId!);
          return viewer;
        },
      }),

      route('account:resend-verification', {
        schema: ResendVerificationSchema,
        access: 'user',
        run: async (_input, { session }) => {
          await spend(resends, `user:${session.userId}`, 'too_many_requests');
          return resendVerification(ctx, session.userId!);
        },
      }),

      route('account:verify-email', {
        schema: VerifyEmailSchema,
        run: (input) => verifyEmail(ctx, input.token),
      }),
    ],
  };
};
