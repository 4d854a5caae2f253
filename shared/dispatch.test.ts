import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dayRange, dispatchEstimate } from './dispatch.js';

// December 2026 in New York is EST (UTC−5): 14:00 local is 19:00Z. Tue 8 Dec 2026.
const at = (iso: string) => Date.parse(iso);

test('[PDP5] before the cut-off on a business day: dispatch today, with the time left', () => {
  const e = dispatchEstimate(at('2026-12-08T16:50:00Z')); // Tue 11:50 local
  assert.is(e.dispatchDate, '2026-12-08');
  assert.is(e.cutoffInMs, (2 * 60 + 10) * 60_000);
  assert.equal(e.delivery.standard, { from: '2026-12-11', to: '2026-12-15' }); // 3–5 business days: Fri – Tue
  assert.equal(e.delivery.express, { from: '2026-12-09', to: '2026-12-10' });
});

test('[PDP5] the cut-off minute: 13:59 still dispatches today, 14:00 the next business day', () => {
  const last = dispatchEstimate(at('2026-12-08T18:59:59Z'));
  assert.is(last.dispatchDate, '2026-12-08');
  assert.is(last.cutoffInMs, 1000);
  const late = dispatchEstimate(at('2026-12-08T19:00:00Z'));
  assert.is(late.dispatchDate, '2026-12-09');
  assert.is(late.cutoffInMs, null);
});

test('[PDP5] Friday after the cut-off and the weekend dispatch on Monday', () => {
  for (const iso of ['2026-12-11T19:00:00Z', '2026-12-12T15:00:00Z', '2026-12-13T23:00:00Z']) {
    const e = dispatchEstimate(at(iso));
    assert.is(e.dispatchDate, '2026-12-14', iso);
    assert.is(e.cutoffInMs, null, iso);
    assert.equal(e.delivery.standard, { from: '2026-12-17', to: '2026-12-21' }, iso); // Thu – Mon, over a weekend
  }
});

test('[PDP5] shop time, not UTC: Monday 01:00Z is still Sunday evening in New York', () => {
  const e = dispatchEstimate(at('2026-12-14T01:00:00Z'));
  assert.is(e.dispatchDate, '2026-12-14');
  assert.is(e.cutoffInMs, null);
  // Monday 04:59Z is Sunday 23:59 local; 05:00Z is Monday 00:00 local, before the cut-off.
  assert.is(dispatchEstimate(at('2026-12-14T05:00:00Z')).cutoffInMs, 14 * 3_600_000);
});

test('[PDP5] summer time moves the cut-off instant (EDT, UTC−4)', () => {
  const e = dispatchEstimate(at('2026-07-07T17:59:00Z')); // Tue 13:59 EDT
  assert.is(e.dispatchDate, '2026-07-07');
  assert.is(e.cutoffInMs, 60_000);
});

test('[PDP5] other countries take their own delivery days', () => {
  const e = dispatchEstimate(at('2026-12-08T16:50:00Z'), 'CA'); // standard 5–8, express 2–4
  assert.equal(e.delivery.standard, { from: '2026-12-15', to: '2026-12-18' });
  assert.equal(e.delivery.express, { from: '2026-12-10', to: '2026-12-14' });
});

test('[PDP5] day ranges read the policy text', () => {
  assert.equal(dayRange('3–5'), [3, 5]);
  assert.equal(dayRange('1-2'), [1, 2]);
  assert.equal(dayRange('2'), [2, 2]);
});

test.run();
