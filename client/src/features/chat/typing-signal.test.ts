import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTypingSignal, type TypingClock } from './typing-signal.js';

/** A clock the test moves by hand; timers fire when `advance` passes them. */
function fakeClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: TypingClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(++nextId, { at: now + ms, run });
      return nextId;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= now && timers.delete(id)) timer.run();
    }
  };
  return { clock, advance };
}

function setup() {
  const sent: boolean[] = [];
  const { clock, advance } = fakeClock();
  const signal = createTypingSignal((typing) => sent.push(typing), { idleMs: 3000, refreshMs: 2500, clock });
  return { sent, signal, advance };
}

test('the first keystroke says true once; more keystrokes soon after say nothing', () => {
  const { sent, signal, advance } = setup();
  signal.input();
  advance(200);
  signal.input();
  advance(200);
  signal.input();
  assert.equal(sent, [true]);
});

test('three seconds without input say false', () => {
  const { sent, signal, advance } = setup();
  signal.input();
  advance(2999);
  assert.equal(sent, [true]);
  advance(1);
  assert.equal(sent, [true, false]);
  advance(10_000);
  assert.equal(sent, [true, false]);
});

test('typing on and on refreshes true now and then, so the other side keeps showing it', () => {
  const { sent, signal, advance } = setup();
  for (let i = 0; i < 30; i++) {
    signal.input();
    advance(200);
  }
  // 6 s of typing: true at 0, 2.6 s and 5.2 s (the first keystroke at or after each 2.5 s mark).
  assert.equal(sent, [true, true, true]);
});

test('sending says false at once, and only when true was said', () => {
  const { sent, signal, advance } = setup();
  signal.stop();
  assert.equal(sent, []);
  signal.input();
  signal.stop();
  assert.equal(sent, [true, false]);
  advance(5000);
  assert.equal(sent, [true, false], 'the idle timer was cleared');
  signal.input();
  assert.equal(sent, [true, false, true], 'typing again starts anew');
});

test.run();
