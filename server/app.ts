import express from 'express';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AppContext, AppDeps } from './context.js';
import type { PublishTap } from './ports.js';
import { authRouter, readSession } from './features/auth/auth.http.js';
import { createIdentityHooks } from './features/auth/identity-hooks.js';
import { createSessionCookie } from './features/auth/session-cookie.js';
import { mergeGuestCart, registerCartExport } from './features/cart/cart-merge.js';
import { cartHandlers } from './features/cart/cart.socket.js';
import { addressHandlers } from './features/addresses/addresses.socket.js';
import { registerAddressExport } from './features/addresses/addresses-privacy.js';
import { checkoutHandlers } from './features/checkout/checkout.socket.js';
import { createDiscountGuard } from './features/discounts/discount-guard.js';
import { discountHandlers } from './features/discounts/discounts.socket.js';
import { claimGuestOrders } from './features/orders/orders-carry-over.js';
import { registerOrderPrivacy } from './features/orders/orders-privacy.js';
import { ordersHandlers } from './features/orders/orders.socket.js';
import { catalogHandlers } from './features/catalog/catalog.socket.js';
import { createCatalogCache } from './features/catalog/catalog-cache.js';
import { followCatalogChanges } from './features/catalog/catalog-cache-tap.js';
import { contactHandlers, registerContactExport } from './features/contact/contact.socket.js';
import { sessionHandlers } from './features/session/session.socket.js';
import { localeHandlers } from './features/locale/locale.socket.js';
import { pageLocale } from './features/locale/page-locale.js';
import { registerReviewIdentityHooks, reviewsHandlers } from './features/reviews/reviews.socket.js';
import { chatAnswerHandlers } from './features/chat/chat-answer.socket.js';
import { closeChatHub, createChatHub } from './features/chat/chat-hub.js';
import { registerChatErasure, registerChatIdentityHooks } from './features/chat/chat-identity.js';
import { chatHandlers } from './features/chat/chat.socket.js';
import { chatMailHandlers } from './features/chat/chat-mail.socket.js';
import { createPresence } from './features/staff/presence.js';
import { createStaffDesk, stopStaffDesk } from './features/staff/staff-desk.js';
import { staffActionHandlers, staffHandlers, staffPresenceHandlers } from './features/staff/staff.socket.js';
import { staffNoteHandlers } from './features/staff/staff-notes.socket.js';
import { savedReplyHandlers } from './features/staff/saved-replies.socket.js';
import { staffSearchHandlers } from './features/staff/staff-search.socket.js';
import { staffMeasureHandlers } from './features/staff/staff-measures.socket.js';
import { staffTriageHandlers } from './features/staff/staff-triage.socket.js';
import { createOutbox } from './features/mail/outbox.js';
import { registerAccountMail } from './features/accounts/account-mail.js';
import { accountHandlers } from './features/accounts/accounts.socket.js';
import { mountPasswordReset } from './features/accounts/password-reset.http.js';
import { mountMailViewer } from './features/mail/mail-viewer.http.js';
import { mountTwoFactor } from './features/two-factor/two-factor.http.js';
import { AppError } from './errors.js';
import { serveHealth } from './http/health.js';
import { errorHandler, requestLog } from './http/middleware.js';
import { securityHeaders } from './http/security-headers.js';
import { serveClient, serveImages } from './http/static.js';
import { pageHeads } from './features/pages/page-routes.js';
import { serveCrawlerFiles } from './http/sitemap.js';
import { runMaintenance } from './maintenance.js';
import { createTestPaymentProvider } from './features/payments/test-provider.js';
import { tableChargeBook } from './features/payments/test-provider-book.js';
import { attachHandlers, createIo, endSessionSockets } from './socket/io.js';
import type { FeatureRoutes } from './socket/routes.js';
import { sweepEndedSessions } from './socket/session-sweep.js';
import { createMemoryState } from './shared-state/memory-state.js';
import { createSharedLimits } from './shared-state/shared-limits.js';
import { createMyMemberships } from './shared-state/my-memberships.js';

/** Something start(app) set going (server/start.ts); close() stops it. */
export interface Running {
  name: string;
  stop(): void;
}

/**
 * Builds the whole app from its dependencies and only wires it: no database write, no timer,
 * no purge. start(app) (server/start.ts) does the start-up work; the caller listens.
 * `moreRoutes` join the features' socket routes (the request wrapper's tests add test-only events).
 */
export function createApp(deps: AppDeps, moreRoutes: readonly FeatureRoutes[] = []) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.TRUST_PROXY);
  const httpServer = createServer(app);

  const shared = deps.shared ?? createMemoryState();
  const base = {
    ...deps,
    shared,
    limits: createSharedLimits({ shared, log: deps.log, now: deps.now }),
    memberships: createMyMemberships(shared, deps.now),
    cookie: createSessionCookie(deps.sessionSecret, deps.config.secureCookies),
    hooks: createIdentityHooks(),
    payments: deps.payments ?? createTestPaymentProvider(deps.now, tableChargeBook(deps.db)),
    outbox: createOutbox(deps.sessionSecret),
    catalog: createCatalogCache(deps.db, deps.now),
    instanceId: deps.instanceId ?? randomUUID(),
  };
  const io = createIo(httpServer, base);
  const taps: PublishTap[] = [];
  const ctx: AppContext = {
    ...base,
    endSessions: (ids, reason) => endSessionSockets(io, ids, reason),
    publish: (room, event, ...args) => {
      io.to(room).emit(event, ...args);
      for (const tap of taps) tap(room, event, args[0]);
    },
    observe: (tap) => void taps.push(tap),
  };

  registerContactExport(ctx);
  registerAccountMail(ctx);
  registerOrderPrivacy(ctx);
  ctx.hooks.onSignIn.push(mergeGuestCart(ctx), claimGuestOrders);
  registerCartExport(ctx);
  registerAddressExport(ctx);
  registerReviewIdentityHooks(ctx);
  registerChatIdentityHooks(ctx);
  // Other processes may serve the shop when the shared state or the adapter is not this process's own.
  const across = { share: deps.shared !== undefined, emit: Boolean(deps.ioAdapter ?? deps.config.REDIS_URL) };
  followCatalogChanges(ctx, io, across.emit);
  const presence = createPresence(io, ctx, across);
  const chat = createChatHub(ctx, deps.assistant, presence, io.sockets);
  registerChatErasure(chat);
  const staff = createStaffDesk(chat, presence);
  const discountGuard = createDiscountGuard(ctx.limits, ctx.config.DISCOUNT_REFUSALS_PER_HOUR);
  const routes = attachHandlers(io, ctx, [
    sessionHandlers(ctx),
    localeHandlers(ctx),
    accountHandlers(ctx),
    contactHandlers(ctx, chat.events),
    catalogHandlers(ctx),
    cartHandlers(ctx),
    checkoutHandlers(ctx, discountGuard),
    discountHandlers(ctx, discountGuard),
    addressHandlers(ctx),
    ordersHandlers(ctx),
    reviewsHandlers(ctx),
    chatHandlers(chat),
    chatAnswerHandlers(chat),
    chatMailHandlers(chat),
    staffPresenceHandlers(staff),
    staffHandlers(staff),
    staffActionHandlers(staff),
    staffNoteHandlers(staff),
    savedReplyHandlers(staff),
    staffSearchHandlers(staff),
    staffMeasureHandlers(staff),
    staffTriageHandlers(staff),
    ...moreRoutes,
  ]);

  app.use(securityHeaders(deps.config.NODE_ENV === 'production'));
  serveHealth(app, ctx);
  mountMailViewer(app, ctx);
  app.use('/api', requestLog(ctx));
  app.use('/api/auth', authRouter(ctx, [mountTwoFactor, mountPasswordReset]));
  app.use('/api', (_req, _res, next) => next(new AppError('not_found', 'no_such_api_call')));
  if (deps.imagesDir) serveImages(app, deps.imagesDir);
  serveCrawlerFiles(app, deps.db, deps.config.PUBLIC_URL);
  if (deps.clientDir)
    serveClient(app, (req) => readSession(ctx, req), deps.clientDir, pageHeads(deps), pageLocale(ctx));
  app.use(errorHandler(ctx));

  /** What start(app) set going, stopped first by close(); empty until then. */
  const running: Running[] = [];
  const close = async () => {
    for (const part of running.splice(0)) part.stop();
    stopStaffDesk(staff);
    await closeChatHub(chat); // answers in progress are written before the database closes
    await io.close(); // also closes httpServer
    await deps.hasher.close();
    if (!deps.shared) await shared.close(); // one passed in is its owner's to close
  };
  /** Runs the expired-session sweep now (tests move the clock instead of waiting a minute). */
  const sweepSessions = () => sweepEndedSessions(io, ctx);
  /** Runs the hourly clean-up now (tests move the clock instead of waiting an hour). */
  const maintain = () => runMaintenance(ctx);
  return { app, httpServer, io, ctx, routes, chat, close, staff, sweepSessions, runMaintenance: maintain, running };
}

export type App = ReturnType<typeof createApp>;
