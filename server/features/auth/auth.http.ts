import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError, parseOrThrow } from '../../errors.js';
import { guardStateChanges, route } from '../../http/middleware.js';
import { ChangePasswordSchema, DeleteAccountSchema, LoginSchema, RegisterSchema } from '../../../shared/auth.js';
import { createRateLimiter } from '../../rate-limit.js';
import * as auth from './auth.service.js';
import { exportUserData } from './export.js';
import { createSession, loadLiveSession, type LiveSession } from './sessions.repo.js';
import { mountTwoFactor } from '../two-factor/two-factor.http.js';
import { findUserById, toViewer } from './users.repo.js';

/** /api/auth: the only calls that set the session cookie. */
export function authRouter(ctx: AppContext): express.Router {
  const router = express.Router();
  // Per IP: enough for a person, tight for a script (sign-in itself has its own growing delays).
  const limiter = createRateLimiter({ capacity: 30, refillPerSecond: 0.5 });
  router.use((req, res, next) => {
    res.set('Cache-Control', 'no-store');
    const verdict = limiter.take(`ip:${req.ip}`, ctx.now());
    if (!verdict.ok) return next(new AppError('rate_limited', 'Too many requests. Please wait a moment.', undefined, verdict.retryAfterMs));
    next();
  });
  router.use(guardStateChanges(ctx));

  const current = (req: Request) => readSession(ctx, req);
  const ip = (req: Request) => req.ip ?? 'unknown';
  const signedIn = async (req: Request) => {
    const session = await current(req);
    if (!session || session.userId === null) throw new AppError('unauthorized', 'Please sign in first.');
    return session;
  };

  router.get('/me', route(async (req, res) => {
    let session = await current(req);
    if (!session) {
      session = createSession(ctx.db, null, 'guest', ctx.now());
      await setCookie(ctx, res, session);
    }
    res.json(toViewer(session.userId === null ? null : findUserById(ctx.db, session.userId)));
  }));

  router.post('/register', route(async (req, res) => {
    const input = parseOrThrow(RegisterSchema, req.body);
    const result = await auth.register(ctx, await current(req), input);
    await answer(ctx, res.status(201), result);
  }));

  router.post('/login', route(async (req, res) => {
    const input = parseOrThrow(LoginSchema, req.body);
    const result = await auth.login(ctx, await current(req), input, ip(req));
    // A code is required first: no session, so no cookie, until it is right.
    if ('codeRequired' in result) return void res.json(result);
    await answer(ctx, res, result);
  }));

  router.post('/logout', route(async (req, res) => {
    parseOrThrow(EmptySchema, req.body);
    const session = await current(req);
    if (session) return answer(ctx, res, auth.logout(ctx, session));
    await setCookie(ctx, res, createSession(ctx.db, null, 'guest', ctx.now()));
    res.json(toViewer(null));
  }));

  router.post('/password', route(async (req, res) => {
    const input = parseOrThrow(ChangePasswordSchema, req.body);
    await answer(ctx, res, await auth.changePassword(ctx, await signedIn(req), input, ip(req)), { keepCookie: true });
  }));

  router.delete('/account', route(async (req, res) => {
    const input = parseOrThrow(DeleteAccountSchema, req.body);
    await answer(ctx, res, await auth.deleteAccount(ctx, await signedIn(req), input, ip(req)));
  }));

  router.get('/export', route(async (req, res) => {
    const session = await signedIn(req);
    const data = exportUserData(ctx, session);
    const day = new Date(ctx.now()).toISOString().slice(0, 10);
    res.attachment(`visionx-data-${day}.json`).type('application/json').send(JSON.stringify(data, null, 2));
  }));

  mountTwoFactor(ctx, router, { current, signedIn, ip, answer });
  router.use((_req, _res, next) => next(new AppError('not_found', 'No such auth call.')));
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
 */
async function answer(ctx: AppContext, res: Response, result: auth.AuthResult, { keepCookie = false } = {}): Promise<void> {
  if (!keepCookie) await setCookie(ctx, res, result.session);
  const { sessionIds, reason } = result.ended;
  // 'close' fires after the response is sent, and also if the caller hung up first.
  res.once('close', () => {
    if (sessionIds.length) ctx.endSessions(sessionIds, reason);
    for (const push of result.afterCommit ?? []) push();
  });
  res.json({ ...(result.notices?.length ? { ...toViewer(result.user), notices: result.notices } : toViewer(result.user)), ...result.reply });
}

async function setCookie(ctx: AppContext, res: Response, session: LiveSession): Promise<void> {
  res.append('Set-Cookie', await ctx.cookie.header(session.id, session.role));
}
