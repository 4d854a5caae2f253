import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { StaffMember } from '../../../shared/staff.js';
import { openDatabase } from '../../db/client.js';
import { createMemoryState } from '../../shared-state/memory-state.js';
import { MEMBERSHIP_TTL_MS } from '../../shared-state/my-memberships.js';
import type { SharedState } from '../../shared-state/shared-state.js';
import { ok } from '../../test/ack.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { conversation, namedStaff } from '../../test/desk-helpers.js';
import { nextEventWhere, startTestApp, type TestSocket } from '../../test/harness.js';
import { syncPresence } from './staff-desk.js';

/**
 * Two apps on one database and one shared state, no adapter between them: what one knows of the
 * other's presence comes from the shared state alone, read at each renewal ([XPRES4]). Process A
 * "dies": from then on its writes are lost (no leave, no renewal), as when the process is killed.
 */
const test = suite('presence of a process that died lapses by the clock');

test('[XPRES4][XPRES2] a dead process’s staff, tabs and viewers lapse at the expiry; a live process renews its own', async () => {
  const shared = createMemoryState();
  let dead = false;
  const dying: SharedState = {
    ...shared,
    join: (...args) => (dead ? Promise.resolve(0) : shared.join(...args)),
    joinAll: (...args) => (dead ? Promise.resolve() : shared.joinAll(...args)),
    leave: (...args) => (dead ? Promise.resolve(0) : shared.leave(...args)),
  };
  const a = (await startChatApp({ STAFF_PUSH_WINDOW_MS: '0' }, { shared: dying })).app;
  const db = openDatabase(a.dbFile);
  const b = await startTestApp({ STAFF_PUSH_WINDOW_MS: '0' }, { shared, db });
  try {
    b.clock.now = a.clock.now;
    const ada = await namedStaff(a, 'Ada');
    const { chatId } = await conversation(a);
    ok(await ada.socket.emitWithAck('staff:take-over', { chatId }));
    ok(await ada.socket.emitWithAck('staff:watch', { chatId }));
    const bea = await namedStaff(b, 'Bea');
    const seen = async () => {
      const overview = ok(await bea.socket.emitWithAck('staff:overview', {}));
      const row = overview.conversations.find((r) => r.chat.id === chatId)!;
      return { online: overview.staffOnline.map((m) => m.name), tabs: row.shopperTabs, viewers: row.viewers.length };
    };
    const claim = async (socket: TestSocket) => {
      const answer = await socket.emitWithAck('staff:take-over', { chatId });
      return answer.ok ? 'claimed' : answer.error.reason;
    };

    await syncPresence(b.staff);
    assert.equal(await seen(), { online: ['Ada', 'Bea'], tabs: 1, viewers: 1 }, 'B reads A’s presence');
    assert.is(await claim(bea.socket), 'taken_by', 'Ada is online on A');

    dead = true;
    await a.stop();
    b.clock.advance(MEMBERSHIP_TTL_MS - 1);
    await b.ctx.memberships.renew();
    await syncPresence(b.staff);
    assert.equal(await seen(), { online: ['Ada', 'Bea'], tabs: 1, viewers: 1 }, 'not lapsed before the expiry');

    b.clock.advance(1);
    const announced = nextEventWhere<StaffMember[]>(bea.socket, 'staff:presence', () => true);
    await syncPresence(b.staff);
    assert.equal(
      (await announced).map((m) => m.name),
      ['Bea'],
    );
    assert.equal(await seen(), { online: ['Bea'], tabs: 0, viewers: 0 }, 'A’s members lapsed; B’s own renewed');
    assert.is(await claim(bea.socket), 'claimed', 'Ada has gone offline with her process');
  } finally {
    await b.stop();
    db.$client.close();
    if (!dead) await a.stop();
  }
});

test.run();
