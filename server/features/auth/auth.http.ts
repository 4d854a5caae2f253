import express, { type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError, parseOrThrow } from '../../errors.js';
import { guardStateChanges, route } from '../../http/middleware.js';
import { ChangePasswordSchema, DeleteAccountSchema, LoginSchema, RegisterSchema } from '../../../shared/auth.js';
import { DEFAULT_LOCALE, fromAcceptLanguage } from '../../../shared/locales.js';
import { createAuthLimits } from './auth-limits.js';
import * as auth from './auth.service.js';
import { createDeviceCookie, type DeviceCookie } from './device-cookie.js';
import { exportUserData } from './export.js';
import { createSession, loadLiveSession, type LiveSession } from './sessions.repo.js';
import { findUserById, toViewer } from './users.repo.js';

/** What the auth router lends the routes mounted on it: who is asking, and how it answers with a new session. */
export interface AuthRouteHelpers {
  current(req: Request): Promise<LiveSession | null>;
  signedIn(req: Request): Promise<LiveSession>;
  ip(req: Request): string;
  /** The per-address bucket of calls that check or hash a password (bcrypt work). */
  passwordChecks: RequestHandler;
  answer(ctx: AppContext, res: Response, result: auth.AuthResult): Promise<void>;
}

/** More routes under /api/auth, mounted by another feature (two-step sign-in): same limits, same origin check. */
export type AuthRoutes = (ctx: AppContext, router: express.Router, helpers: AuthRouteHelpers) => void;

/** /api/auth: the only calls that set the session cookie. `more` are mounted after its own routes. */
export function authRouter(ctx: AppContext, more: readonly AuthRoutes[]): express.Router {
  const router = express.Router();
  const limits = createAuthLimits(ctx);
  const device = createDeviceCookie(ctx.sessionSecret, ctx.config.secureCookies);
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.use(guardStateChanges(ctx));

  const current = (req: Request) => readSession(ctx, req);
  const client = async (req: Request) => ({ ip: req.ip ?? 'unknown', device: await device.read(req.get('cookie')) });
  const newGuest = async (req: Request, res: Response) => {
    await limits.takeGuestSession(req);
    // A first visit from a French, German or Spanish browser keeps that language for its mail, as
    // if chosen: a later sign-in gives it to an account that has none ([LANG4]).
    const browser = fromAcceptLanguage(req.get('accept-language'));
    const session = createSession(ctx.db, null, 'guest', ctx.now(), browser === DEFAULT_LOCALE ? undefined : browser);
    await setCookie(ctx, res, session);
    return session;
  };
  const signedIn = async (req: Request) => {
    const session = await current(req);
    if (!session || session.userId === null) throw new AppError('unauthorized', 'sign_in_first');
    return session;
  };

  router.get(
    '/me',
    route(async (req, res) => {
      const session = (await current(req)) ?? (await newGuest(req, res));
      res.json(toViewer(session.userId === null ? null : findUserById(ctx.db, session.userId)));
    }),
  );

  router.post(
    '/register',
    limits.passwordChecks,
    route(async (req, res) => {
      const input = parseOrThrow(RegisterSchema, req.body);
      const result = await auth.register(ctx, await current(req), input);
      await answer(ctx, res.status(201), result, { device });
    }),
  );

  router.post(
    '/login',
    limits.passwordChecks,
    route(async (req, res) => {
      const input = parseOrThrow(LoginSchema, req.body);
      const result = await auth.login(ctx, await current(req), input, await client(req));
      // A code is required first: no session, so no cookie, until it is right.
      if ('codeRequired' in result) return void res.json(result);
      await answer(ctx, res, result, { device });
    }),
  );

  router.post(
    '/logout',
    route(async (req, res) => {
      parseOrThrow(EmptySchema, req.body);
      const session = await current(req);
      if (session) return answer(ctx, res, auth.logout(ctx, session));
      await newGuest(req, res);
      res.json(toViewer(null));
    }),
  );

  router.post(
    '/password',
    limits.passwordChecks,
    route(async (req, res) => {
      const input = parseOrThrow(ChangePasswordSchema, req.body);
      await answer(ctx, res, await auth.changePassword(ctx, await signedIn(req), input, await client(req)));
    }),
  );

  router.delete(
    '/account',
    limits.passwordChecks,
    route(async (req, res) => {
      const input = parseOrThrow(DeleteAccountSchema, req.body);
      await answer(ctx, res, await auth.deleteAccount(ctx, await signedIn(req), input, await client(req)));
    }),
  );

  router.get(
    '/export',
    route(async (req, res) => {
      const session = await signedIn(req);
      const data = exportUserData(ctx, session);
      const day = new Date(ctx.now()).toISOString().slice(0, 10);
      res
        .attachment(`visionx-data-${day}.json`)
        .type('application/json')
        .send(JSON.stringify(data, null, 2));
    }),
  );

  // The code step completes a sign-in: it marks this browser a known device too.
  const helpers: AuthRouteHelpers = {
    current,
    signedIn,
    ip: (req) => req.ip ?? 'unknown',
    passwordChecks: limits.passwordChecks,
    answer: (c, res, result) => answer(c, res, result, { device }),
  };
  for (const mount of more) mount(ctx, router, helpers);
  router.use((_req, _res, next) => next(new AppError('not_found', 'no_such_auth_call')));
  return router;
}

const EmptySchema = z.strictObject({}).optional();

export async function readSession(ctx: AppContext, req: Request): Promise<LiveSession | null> {
  const sid = await ctx.cookie.read(req.get('cookie'));
  return sid ? loadLiveSession(ctx.db, sid, ctx.now()) : null;
}

/**
 * Answer with the viewer (and the new session's cookie), then tell the ended sessions' sockets.
 * The push waits for the response so a second tab reacting to it finds the new cookie set.
 * With `device`, the browser that just proved the password is remembered for later sign-ins.
 */
async function answer(
  ctx: AppContext,
  res: Response,
  result: auth.AuthResult,
  { device }: { device?: DeviceCookie } = {},
): Promise<void> {
  await setCookie(ctx, res, result.session);
  if (device && result.user) res.append('Set-Cookie', await device.header(result.user));
  const { sessionIds, reason } = result.ended;
  // 'close' fires after the response is sent, and also if the caller hung up first.
  res.once('close', () => {
    if (sessionIds.length) ctx.endSessions(sessionIds, reason);
    for (const push of result.afterCommit ?? []) push();
  });
  res.json({
    ...(result.notices?.length ? { ...toViewer(result.user), notices: result.notices } : toViewer(result.user)),
    ...result.reply,
  });
}

async function setCookie(ctx: AppContext, res: Response, session: LiveSession): Promise<void> {
  res.append('Set-Cookie', await ctx.cookie.header(session.id, session.role));
}
