import * as assert from 'uvu/assert';
import type { StaffConversation, StaffMember } from '../../shared/staff.js';
import { ok } from '../test/ack.js';
import { ask } from '../test/chat-helpers.js';
import { connect } from '../test/crash/shopper.js';
import { type Cluster, type ClusterSuite, clusterSuite } from '../test/crash/workers-cluster.js';
import { staffCookieAt } from '../test/crash/workers-staff.js';
import { cookieFrom, nextEventWhere, type TestSocket } from '../test/harness.js';

/**
 * Presence with WORKERS=2 and real processes (SPEC §28): a console on each worker, Ada on worker 0
 * and Bea on worker 1, and a shopper whose tabs go on either. What one worker knows of presence
 * shows in what the other pushes and answers. A suite on the cluster
 * server/serve/workers.process.test.ts shares, before any other suite signs staff in: the staff
 * online are Ada and Bea alone.
 */
const WAIT_MS = 10_000;

interface Presence {
  /** Ada's console on worker 0, Bea's on worker 1. */
  consoles: TestSocket[];
  shopperCookie: string;
  /** The shopper's tab on worker 0 and their conversation. */
  shopper: TestSocket;
  chatId: number;
}

type Ctx = ClusterSuite & Presence;

export function presenceSuite(variant: string, open: () => Promise<Cluster>): void {
  const test = clusterSuite<Presence>(`presence across two workers (${variant})`, open);

  const tab = async (ctx: Ctx, slot: number, cookie: string) => {
    const socket = await connect(ctx.server.direct(slot), cookie);
    ctx.sockets.push(socket);
    return socket;
  };
  /** The next `staff:conversations` frame on `console` with the conversation's row as `want` says. */
  const rowWhere = (ctx: Ctx, console: TestSocket, want: (row: StaffConversation) => boolean) =>
    nextEventWhere<StaffConversation[]>(
      console,
      'staff:conversations',
      (rows) => rows.some((row) => row.chat.id === ctx.chatId && want(row)),
      WAIT_MS,
    );
  const overviewRow = async (ctx: Ctx, console: TestSocket) => {
    const overview = ok(await console.emitWithAck('staff:overview', {}));
    return { row: overview.conversations.find((row) => row.chat.id === ctx.chatId)!, overview };
  };
  const names = (members: StaffMember[]) => members.map((m) => m.name).sort();

  test.before(async (ctx) => {
    const url = ctx.server.direct(0);
    ctx.shopperCookie = cookieFrom(await fetch(`${url}/api/auth/me`, { headers: { origin: url } }));
    ctx.shopper = await tab(ctx, 0, ctx.shopperCookie);
    ctx.chatId = (await ask(ctx.shopper, 'Hello')).sent.chat.id;
    const ada = `ada-${variant.toLowerCase()}-${process.pid}@visionx.example`;
    ctx.consoles = [await tab(ctx, 0, await staffCookieAt(ctx.db, ctx.server.direct(0), 'Ada', ada))];
  });

  test('[XPRES1] Bea coming online on worker 1 is announced by worker 1 with Ada, online on worker 0', async (ctx) => {
    const [onA] = ctx.consoles as [TestSocket];
    const both = nextEventWhere<StaffMember[]>(onA, 'staff:presence', (list) => list.length === 2, WAIT_MS);
    const bea = `bea-${variant.toLowerCase()}-${process.pid}@visionx.example`;
    ctx.consoles.push(await tab(ctx, 1, await staffCookieAt(ctx.db, ctx.server.direct(1), 'Bea', bea)));
    assert.equal(names(await both), ['Ada', 'Bea']);
  });

  test('[XPRES1] a shopper’s tabs on both workers are 2 tabs on a console on each; one closed, 1 everywhere', async (ctx) => {
    const two = ctx.consoles.map((c) => rowWhere(ctx, c, (row) => row.shopperTabs === 2));
    const second = await tab(ctx, 1, ctx.shopperCookie);
    await Promise.all(two); // pushed by worker 1, which counts the tab on worker 0 too
    for (const console of ctx.consoles) assert.is((await overviewRow(ctx, console)).row.shopperTabs, 2);

    const one = ctx.consoles.map((c) => rowWhere(ctx, c, (row) => row.shopperTabs === 1));
    second.disconnect();
    await Promise.all(one);
    for (const console of ctx.consoles) assert.is((await overviewRow(ctx, console)).row.shopperTabs, 1);
  });

  test('[XPRES1][XPRES2] Ada online on worker 0 is online from worker 1: her conversation is not claimable as gone offline', async (ctx) => {
    const [ada, bea] = ctx.consoles as [TestSocket, TestSocket];
    const { overview } = await overviewRow(ctx, bea);
    assert.equal(names(overview.staffOnline), ['Ada', 'Bea']);
    ok(await ada.emitWithAck('staff:take-over', { chatId: ctx.chatId }));
    const claim = await bea.emitWithAck('staff:take-over', { chatId: ctx.chatId });
    assert.equal(claim.ok ? 'claimed' : [claim.error.code, claim.error.reason], ['conflict', 'taken_by']);
  });

  test('[XPRES3] who has a conversation open and who drafts in it show on either worker; typing crosses', async (ctx) => {
    const [ada, bea] = ctx.consoles as [TestSocket, TestSocket];
    const viewers = (row: StaffConversation) => row.viewers.map((v) => `${v.name}${v.typing ? ' typing' : ''}`).join();
    ok(await ada.emitWithAck('staff:watch', { chatId: ctx.chatId }));
    // Pushed by worker 1 when Bea opens it: Ada, on worker 0, is among its viewers.
    const bothView = rowWhere(ctx, ada, (row) => viewers(row) === 'Ada,Bea');
    ok(await bea.emitWithAck('staff:watch', { chatId: ctx.chatId }));
    await bothView;
    // Pushed by worker 0 when Ada drafts: Bea, on worker 1, still among them.
    const drafting = rowWhere(ctx, bea, (row) => viewers(row) === 'Ada typing,Bea');
    const shopperSees = nextEventWhere(ctx.shopper, 'chat:typing-changed', () => true, WAIT_MS);
    ok(await ada.emitWithAck('staff:typing', { chatId: ctx.chatId, typing: true }));
    await drafting;
    assert.equal(await shopperSees, { chatId: ctx.chatId, role: 'staff', name: 'Ada', typing: true });
    assert.is(viewers((await overviewRow(ctx, bea)).row), 'Ada typing,Bea', 'worker 1’s overview');

    const shopperTyping = nextEventWhere(bea, 'chat:typing-changed', () => true, WAIT_MS);
    ok(await ctx.shopper.emitWithAck('chat:typing', { chatId: ctx.chatId, typing: true }));
    assert.equal(await shopperTyping, { chatId: ctx.chatId, role: 'user', typing: true });
  });

  test.run();
}
