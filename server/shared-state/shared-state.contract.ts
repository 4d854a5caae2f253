import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { JOIN_ALL_CHUNK, type SharedState } from './shared-state.js';

const T0 = 1_700_000_000_000;
const limit = { capacity: 3, refillPerSecond: 1 };

/**
 * What every SharedState must do, run against each implementation (memory, IPC, Redis) by its own
 * test file. `open` gives a fresh, empty state; the suite closes it.
 */
export function sharedStateContract(name: string, open: () => Promise<SharedState>) {
  const test = suite<{ state: SharedState }>(`shared state: ${name}`);
  test.before.each(async (ctx) => {
    ctx.state = await open();
  });
  test.after.each(async ({ state }) => {
    await state.close();
  });

  test('[SHARED1] a bucket gives its capacity, refuses with the wait, and refills by the caller’s clock', async ({
    state,
  }) => {
    for (let i = 0; i < 3; i++) assert.equal(await state.take('s1', limit, T0), { ok: true }, `token ${i + 1}`);
    assert.equal(await state.take('s1', limit, T0), { ok: false, retryAfterMs: 1000 });
    assert.equal(await state.take('s2', limit, T0), { ok: true }, 'another key has its own bucket');
    assert.equal(await state.take('s1', limit, T0 + 1000), { ok: true }, 'a second later one token is back');
    assert.equal(await state.take('s1', limit, T0 + 1000), { ok: false, retryAfterMs: 1000 });
  });

  test('[SHARED1] peek spends nothing, giveBack returns a token, and two limits on one key do not share', async ({
    state,
  }) => {
    for (let i = 0; i < 3; i++) assert.equal(await state.peek('k', limit, T0), { ok: true });
    for (let i = 0; i < 3; i++) await state.take('k', limit, T0);
    assert.equal(await state.peek('k', limit, T0), { ok: false, retryAfterMs: 1000 });
    await state.giveBack('k', limit, T0);
    assert.equal(await state.take('k', limit, T0), { ok: true }, 'the token given back');
    assert.equal(await state.take('k', { capacity: 1, refillPerSecond: 1 }, T0), { ok: true }, 'its own bucket');
  });

  test('[SHARED1] concurrent takes never spend more than the capacity', async ({ state }) => {
    const verdicts = await Promise.all(
      Array.from({ length: 50 }, () => state.take('busy', { capacity: 10, refillPerSecond: 0.001 }, T0)),
    );
    assert.is(verdicts.filter((v) => v.ok).length, 10);
  });

  test('[SHARED2] members join with an expiry, renew it by joining again, leave, and expire by the clock', async ({
    state,
  }) => {
    assert.is(await state.join('tabs', 'p1:a', 1000, T0), 1);
    assert.is(await state.join('tabs', 'p2:b', 1000, T0), 2);
    assert.is(await state.join('tabs', 'p1:a', 1000, T0 + 800), 2, 'renewed, not added twice');
    assert.equal((await state.members('tabs', T0 + 900)).sort(), ['p1:a', 'p2:b']);
    assert.equal(await state.members('tabs', T0 + 1000), ['p1:a'], 'p2:b expired at T0 + 1000');
    assert.is(await state.leave('tabs', 'p1:a', T0 + 1000), 0);
    assert.equal(await state.members('tabs', T0 + 1000), []);
    assert.is(await state.leave('nobody', 'x', T0), 0, 'leaving an unknown set is no error');
  });

  test('[SHARED9] joinAll renews every listed member until its new expiry, adds the missing, and counts each once', async ({
    state,
  }) => {
    assert.is(await state.join('tabs', 'p1:a', 1000, T0), 1);
    assert.is(await state.join('tabs', 'p2:b', 1000, T0), 2);
    assert.is(await state.join('ip', 'p1:a', 1000, T0), 1);
    await state.joinAll(
      [
        { set: 'tabs', member: 'p1:a' },
        { set: 'ip', member: 'p1:a' },
        { set: 'tabs', member: 'p1:c' },
        { set: 'fresh', member: 'p1:a' },
      ],
      1000,
      T0 + 800,
    );
    assert.equal((await state.members('tabs', T0 + 1000)).sort(), ['p1:a', 'p1:c'], 'p2:b lapsed, not renewed');
    assert.equal(await state.members('ip', T0 + 1799), ['p1:a'], 'renewed past its old expiry');
    assert.equal(await state.members('fresh', T0 + 1799), ['p1:a'], 'joined a set it was not in');
    assert.is(await state.join('tabs', 'p1:a', 1000, T0 + 1799), 2, 'renewed, not added twice');
    assert.equal(await state.members('ip', T0 + 1800), [], 'lapsed at the new expiry');
    assert.equal(await state.members('fresh', T0 + 1800), []);
    await state.joinAll([], 1000, T0 + 1800);
    assert.equal(await state.members('tabs', T0 + 1800), ['p1:a'], 'an empty batch changes nothing');
  });

  test('[SHARED9] joinAll takes a renewal bigger than one request carries', async ({ state }) => {
    const count = 2 * JOIN_ALL_CHUNK + 1;
    const many = Array.from({ length: count }, (_, i) => ({ set: i % 2 ? 'odd' : 'even', member: `m${i}` }));
    await state.joinAll(many, 1000, T0);
    assert.is((await state.members('odd', T0 + 999)).length, JOIN_ALL_CHUNK);
    const last = `m${count - 1}`; // alone in the last chunk
    assert.is(await state.join('even', last, 1000, T0 + 999), JOIN_ALL_CHUNK + 1, 'the last chunk’s are in, once');
    assert.equal(await state.members('odd', T0 + 1000), [], 'every chunk until now + ttlMs');
  });

  test('[SHARED3] a lease has one holder until it expires or is released; its holder renews it', async ({ state }) => {
    assert.ok(await state.lease('leader', 'A', 1000, T0));
    assert.not.ok(await state.lease('leader', 'B', 1000, T0 + 500), 'A holds it');
    assert.ok(await state.lease('leader', 'A', 1000, T0 + 900), 'A renews');
    assert.not.ok(await state.lease('leader', 'B', 1000, T0 + 1500), 'renewed until T0 + 1900');
    await state.release('leader', 'B');
    assert.not.ok(await state.lease('leader', 'B', 1000, T0 + 1500), 'only its holder lets it go');
    await state.release('leader', 'A');
    assert.ok(await state.lease('leader', 'B', 1000, T0 + 1500), 'released');
    assert.ok(await state.lease('leader', 'A', 1000, T0 + 2600), 'B’s expired');
  });

  test('[SHARED3] concurrent claims on a free lease: exactly one wins', async ({ state }) => {
    const won = await Promise.all(['A', 'B', 'C', 'D'].map((holder) => state.lease('once', holder, 1000, T0)));
    assert.is(won.filter(Boolean).length, 1);
  });

  test.run();
}
