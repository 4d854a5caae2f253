import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import * as assert from 'uvu/assert';
import type { Cart } from '../../shared/cart.js';
import type { ChatDelta } from '../../shared/chat.js';
import { cartLines, carts, products, users } from '../db/schema.js';
import { createSessionCookie } from '../features/auth/session-cookie.js';
import { ok } from '../test/ack.js';
import { ask, answerEnd } from '../test/chat-helpers.js';
import { connect } from '../test/crash/shopper.js';
import { type Cluster, clusterSuite } from '../test/crash/workers-cluster.js';
import { logLines, guestCookie, tab } from '../test/crash/workers-server.js';
import { signedInStaff } from '../test/crash/workers-staff.js';
import { nextEventWhere, type TestSocket } from '../test/harness.js';
import { EVERY_JOB } from '../test/start-jobs.js';

/**
 * WORKERS=2 with real processes (docs/decisions/028-workers-cluster.md): the bundled server
 * forks two workers; each also listens on a port of its own (WORKER_DIRECT_PORT_BASE, tests only),
 * so a test puts one tab on worker 0 and another on worker 1 and sees what crosses between them.
 * Three suites on the cluster server/serve/workers.process.test.ts shares: the start first (it counts
 * what the primary wrote before any other suite adds to it), the kills last.
 */

/** What the primary and the workers did at start, before any other suite ran. */
export function startSuite(root: string, variant: string, open: () => Promise<Cluster>): void {
  const test = clusterSuite(`WORKERS=2: the start (${variant})`, open);

  test('[WORK2] the primary migrates and seeds once, then two workers start; one of them leads', async ({
    server,
    db,
  }) => {
    const output = await server.outputMatching(/worker ready[\s\S]*worker ready/);
    assert.is(logLines(output, 'catalog seeded').length, 1, 'the catalog is seeded by the primary alone');
    assert.is(logLines(output, 'demo accounts created').length, 1);
    const ready = logLines(output, 'worker ready');
    assert.equal(ready.map((r) => [r.worker, r.leader]).sort(), [
      [0, true],
      [1, false],
    ]);
    const jobs = Object.fromEntries(ready.map((r) => [String(r.worker), r.jobs]));
    assert.equal(jobs, {
      '0': [...EVERY_JOB, 'interrupted answers'],
      '1': ['answer checkpoints', 'session sweep', 'shared memberships'],
    });
    // The mail worker is a once-per-shop job: only the leader starts it (and says SMTP is unset).
    assert.equal(
      logLines(output, 'SMTP_URL is not set: mail stays in the outbox').map((r) => r.worker),
      [0],
    );
    const migrations = readdirSync(join(root, 'drizzle')).filter((f) => f.endsWith('.sql')).length;
    assert.is(db.$client.prepare('select count(*) as n from __drizzle_migrations').pluck().get(), migrations);
    assert.is(db.select().from(products).all().length, 20);
    assert.is(db.select().from(users).all().length, 2, 'the demo staff member and shopper, once');
  });

  test.run();
}

/** Carts, session caps, long-polling and streamed answers across the two workers. */
export function sharedSuite(variant: string, open: () => Promise<Cluster>): void {
  const test = clusterSuite(`WORKERS=2: one shop, two processes (${variant})`, open);

  test('[WORK4] a cart change in a tab on worker 0 reaches the same shopper’s tab on worker 1', async (ctx) => {
    const { server, db } = ctx;
    const cookie = await guestCookie(server.direct(0));
    const [a, b] = [await tab(ctx, server.direct(0), cookie), await tab(ctx, server.direct(1), cookie)];
    const variant = db.$client
      .prepare('select id from variants where stock >= 3 order by id limit 1')
      .pluck()
      .get() as number;
    const pushed = nextEventWhere<Cart>(b, 'cart:updated', () => true);
    const cart = ok(await a.emitWithAck('cart:add', { variantId: variant, quantity: 2 }));
    assert.equal(await pushed, cart, 'the tab on the other process gets the same cart');
    const sessionId = (await createSessionCookie(ctx.secret, false).read(cookie))!;
    const stored = db
      .select({ variantId: cartLines.variantId, quantity: cartLines.quantity })
      .from(cartLines)
      .innerJoin(carts, eq(carts.id, cartLines.cartId))
      .where(eq(carts.sessionId, sessionId))
      .all();
    assert.equal(stored, [{ variantId: variant, quantity: 2 }]);
  });

  test('[SHARED7] a session’s tabs are counted across workers: a third is refused on either, and one closed frees a place', async (ctx) => {
    const { server } = ctx;
    const cookie = await guestCookie(server.direct(0));
    const first = await tab(ctx, server.direct(0), cookie);
    await tab(ctx, server.direct(1), cookie);
    for (const slot of [0, 1]) {
      const third = await connect(server.direct(slot), cookie).then(
        () => 'connected',
        (err: Error) => err.message,
      );
      assert.is(third, 'connect: rate_limited', `a third tab on worker ${slot}`);
    }
    const closed = new Promise((gone) => first.once('disconnect', gone));
    first.disconnect();
    await closed;
    // The place is given back by the worker the tab was on; the other worker sees it once that lands.
    let again: TestSocket | undefined;
    for (let attempt = 0; attempt < 50 && !again; attempt++) {
      again = await connect(server.direct(1), cookie).catch(() => undefined);
    }
    assert.ok(again, 'the closed tab’s place is free on the other worker');
    ctx.sockets.push(again!);
  });

  test('[WORK2] long-polling through the shared port: every request of a session reaches its worker', async (ctx) => {
    const { server, db } = ctx;
    const variant = db.$client
      .prepare('select id from variants where stock >= 3 order by id limit 1')
      .pluck()
      .get() as number;
    // Four sessions spread over both workers (least connections); each polls and posts through the primary.
    for (let i = 0; i < 4; i++) {
      const cookie = await guestCookie(server.url);
      const socket = (await import('socket.io-client')).io(server.url, {
        transports: ['polling'],
        extraHeaders: { cookie, origin: server.url },
        reconnection: false,
        forceNew: true,
      }) as TestSocket;
      ctx.sockets.push(socket);
      await new Promise<void>((connected, failed) => {
        socket.once('connect', connected);
        socket.once('connect_error', failed);
      });
      const cart = ok(await socket.emitWithAck('cart:add', { variantId: variant, quantity: 1 }));
      assert.is(cart.lines.length, 1, `session ${i}`);
    }
  });

  test('[WORK4] staff watching on worker 1 see an answer streamed by worker 0', async (ctx) => {
    const { server, db } = ctx;
    const shopper = await tab(ctx, server.direct(0), await guestCookie(server.direct(0)));
    const { sent } = await ask(shopper, 'Hello');
    const chatId = sent.chat.id;

    const url = server.direct(1);
    const staff = await tab(ctx, url, await signedInStaff(db, url));
    ok(await staff.emitWithAck('staff:watch', { chatId }));

    const firstDelta = nextEventWhere<ChatDelta>(staff, 'chat:delta', (d) => d.chatId === chatId);
    const staffSawEnd = answerEnd(staff, chatId, 10_000);
    const { end } = await ask(shopper, 'Do you ship to Canada?', { chatId });
    assert.is((await firstDelta).messageId, end.message.id, 'a delta relayed from worker 0 to the watcher on worker 1');
    assert.equal((await staffSawEnd).message, end.message, 'the same finished answer');
  });
  test.run();
}

/** Workers killed and forked again: last, since the suites before count on the workers they started with. */
export function killsSuite(variant: string, open: () => Promise<Cluster>, end: () => Promise<void>): void {
  const test = clusterSuite(`WORKERS=2: a worker killed (${variant})`, open);
  test.after(end);

  test('[WORK3] a worker killed is forked again in its slot; the leader’s replacement leads', async (ctx) => {
    const { server } = ctx;
    const before = logLines(await server.outputMatching(/worker ready[\s\S]*worker ready/), 'worker ready');
    const leader = before.find((r) => r.leader === true)!;
    process.kill(leader.pid as number, 'SIGKILL');
    const after = logLines(
      await server.outputMatching(/worker ready[\s\S]*worker ready[\s\S]*worker ready/),
      'worker ready',
    );
    const replacement = after[2]!;
    assert.equal([replacement.worker, replacement.leader], [leader.worker, true]);
    assert.is.not(replacement.pid, leader.pid);
    assert.is(logLines(server.output(), 'a worker died: forking another in its place').length, 1);
    // Its port serves again: a shopper reaches the shop through the new process.
    const socket = await tab(ctx, server.direct(leader.worker as number), await guestCookie(server.direct(0)));
    assert.ok(socket.connected);
  });

  test('[WORK3] while a killed worker’s replacement starts, new connections through the port reach the live worker', async (ctx) => {
    const { server } = ctx;
    const before = logLines(server.output(), 'worker ready');
    const deaths = logLines(server.output(), 'a worker died: forking another in its place').length;
    const victim = before.findLast((r) => r.worker === 1)!;
    // The live worker holds a session, so the replacement (none yet) is the least loaded.
    const cookie = await guestCookie(server.url);
    await tab(ctx, server.direct(0), cookie);
    process.kill(victim.pid as number, 'SIGKILL');
    await server.outputMatching(
      (output) => logLines(output, 'a worker died: forking another in its place').length > deaths,
    );
    // Handed to the replacement before it listens for them, a connection would hang until the client gives up.
    for (let i = 0; i < 3; i++) {
      const socket = await tab(ctx, server.url, await guestCookie(server.direct(0)));
      assert.ok(socket.connected, `connection ${i} through the port`);
    }
    await server.workersReady(before.length + 1);
  });
  test.run();
}
