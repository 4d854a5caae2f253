import type express from 'express';
import type { AppContext } from '../../context.js';
import { parseOrThrow } from '../../errors.js';
import { route } from '../../http/middleware.js';
import {
  DisableTwoFactorSchema,
  EnableTwoFactorSchema,
  LoginCodeSchema,
  SetUpTwoFactorSchema,
} from '../../../shared/two-factor.js';
import type { AuthRouteHelpers } from '../auth/auth.http.js';
import { createCodeThrottle } from './code-throttle.js';
import * as twoFactor from './two-factor.service.js';

/**
 * Two-step sign-in under /api/auth (so it shares the per-IP limit and the origin check): the
 * code step of sign-in, and the account page's set-up. Also asks the password step for a code.
 * Mounted by the wiring: `authRouter(ctx, [mountTwoFactor])`.
 */
export function mountTwoFactor(
  ctx: AppContext,
  router: express.Router,
  { current, signedIn, ip, answer }: AuthRouteHelpers,
): void {
  const deps = { throttle: createCodeThrottle(ctx.limits) };
  ctx.hooks.secondStep = (user) => twoFactor.secondStep(ctx, user);

  router.post(
    '/login/code',
    route(async (req, res) => {
      const input = parseOrThrow(LoginCodeSchema, req.body);
      await answer(ctx, res, await twoFactor.completeSignIn(ctx, deps, await current(req), input, ip(req)));
    }),
  );

  router.get(
    '/two-factor',
    route(async (req, res) => {
      res.json(twoFactor.status(ctx, await signedIn(req)));
    }),
  );

  router.post(
    '/two-factor/setup',
    route(async (req, res) => {
      parseOrThrow(SetUpTwoFactorSchema, req.body);
      res.json(await twoFactor.setUp(ctx, await signedIn(req)));
    }),
  );

  router.post(
    '/two-factor/enable',
    route(async (req, res) => {
      const input = parseOrThrow(EnableTwoFactorSchema, req.body);
      res.json(await twoFactor.enable(ctx, deps, await signedIn(req), input, ip(req)));
    }),
  );

  router.post(
    '/two-factor/disable',
    route(async (req, res) => {
      const input = parseOrThrow(DisableTwoFactorSchema, req.body);
      res.json(await twoFactor.disable(ctx, deps, await signedIn(req), input, ip(req)));
    }),
  );
}
