import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dueAt, isTimeZone, parseBusinessHours, type BusinessHours } from './business-hours.js';

const hours = (text: string): BusinessHours => {
  const parsed = parseBusinessHours(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};
const OFFICE = hours('Mon-Fri 09:00-18:00');
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

// [what, since (UTC), minutes, schedule, zone, due (UTC)]
const cases: [string, string, number, BusinessHours, string, string][] = [
  ['inside hours', '2026-03-03T10:00:00Z', 15, OFFICE, 'UTC', '2026-03-03T10:15:00Z'],
  ['up to the end of the day', '2026-03-03T17:45:00Z', 15, OFFICE, 'UTC', '2026-03-03T18:00:00Z'],
  ['before opening', '2026-03-03T07:30:00Z', 15, OFFICE, 'UTC', '2026-03-03T09:15:00Z'],
  ['Friday 17:50 is due on Monday 09:05', '2026-03-06T17:50:00Z', 15, OFFICE, 'UTC', '2026-03-09T09:05:00Z'],
  ['Sunday is due on Monday 09:15', '2026-03-08T12:00:00Z', 15, OFFICE, 'UTC', '2026-03-09T09:15:00Z'],
  ['after closing on Friday, 30 minutes', '2026-03-06T19:00:00Z', 30, OFFICE, 'UTC', '2026-03-09T09:30:00Z'],
  ['a long target spans days', '2026-03-05T17:00:00Z', 601, OFFICE, 'UTC', '2026-03-09T09:01:00Z'],
  [
    'a lunch break does not count',
    '2026-03-02T11:50:00Z',
    15,
    hours('Mon-Fri 09:00-12:00,Mon-Fri 13:00-17:00'),
    'UTC',
    '2026-03-02T13:05:00Z',
  ],
  [
    'Saturday hours',
    '2026-03-07T13:55:00Z',
    15,
    hours('Mon-Fri 09:00-18:00,Sat 10:00-14:00'),
    'UTC',
    '2026-03-09T09:10:00Z',
  ],
  // Europe/London: summer time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
  ['London: into summer time', '2026-03-27T17:50:00Z', 15, OFFICE, 'Europe/London', '2026-03-30T08:05:00Z'],
  ['London: out of summer time', '2026-10-23T16:50:00Z', 15, OFFICE, 'Europe/London', '2026-10-26T09:05:00Z'],
  ['London: in summer time', '2026-07-01T08:00:00Z', 15, OFFICE, 'Europe/London', '2026-07-01T08:15:00Z'],
  [
    'London: the hour clocks skip does not count',
    '2026-03-28T23:00:00Z',
    240,
    hours('Mon-Sun 00:00-24:00'),
    'Europe/London',
    '2026-03-29T03:00:00Z',
  ],
  [
    'London: a span across the gap is 90 real minutes',
    '2026-03-28T12:00:00Z',
    120,
    hours('Sun 00:30-03:00'),
    'Europe/London',
    '2026-04-05T00:00:00Z',
  ],
  // America/New_York: summer time starts on Sunday 8 March 2026 and ends on Sunday 1 November 2026.
  ['New York: into summer time', '2026-03-06T22:50:00Z', 15, OFFICE, 'America/New_York', '2026-03-09T13:05:00Z'],
  ['New York: out of summer time', '2026-10-30T21:50:00Z', 15, OFFICE, 'America/New_York', '2026-11-02T14:05:00Z'],
  [
    'New York: the repeated hour counts twice',
    '2026-10-31T12:00:00Z',
    270,
    hours('Sun 00:00-04:00'),
    'America/New_York',
    '2026-11-01T08:30:00Z',
  ],
];
for (const [what, since, minutes, schedule, zone, due] of cases) {
  test(`[DUE1] ${what}`, () => {
    assert.is(iso(dueAt(at(since), minutes, schedule, zone)), due);
  });
}

test('[DUE1] the London span across the gap: 60 of its 90 minutes', () => {
  // 00:30 GMT is 00:30 UTC; an hour later the clocks show 02:30 BST (01:30 UTC).
  assert.is(
    iso(dueAt(at('2026-03-28T12:00:00Z'), 60, hours('Sun 00:30-03:00'), 'Europe/London')),
    '2026-03-29T01:30:00Z',
  );
});

test('[DUE2] schedules: ranges (wrapping too), several spans a day, merged overlaps', () => {
  assert.equal(hours('Mon-Fri 09:00-18:00')[1], [[540, 1080]]);
  assert.equal(hours('Mon-Fri 09:00-18:00')[0], []);
  assert.equal(
    hours('Sat-Mon 10:00-12:00').map((d) => d.length),
    [1, 1, 0, 0, 0, 0, 1],
  );
  assert.equal(hours('mon 09:00-12:00, Mon 11:00-13:00,Mon 14:00-24:00')[1], [
    [540, 780],
    [840, 1440],
  ]);
});

const refused: [string, RegExp][] = [
  ['', /expected e\.g\./],
  ['Mon-Fri 9:00-18:00', /expected e\.g\./],
  ['Mon-Fri', /expected e\.g\./],
  ['Xyz 09:00-18:00', /unknown day/],
  ['Mon 25:00-26:00', /does not exist/],
  ['Mon 09:00-24:30', /does not exist/],
  ['Mon 09:60-10:00', /does not exist/],
  ['Mon 18:00-09:00', /ends before it starts/],
  ['Mon 09:00-09:00', /ends before it starts/],
  ['Mon-Fri 09:00-18:00,', /expected e\.g\./],
];
for (const [text, why] of refused) {
  test(`[DUE2] refused: ${JSON.stringify(text)}`, () => {
    const parsed = parseBusinessHours(text);
    assert.type(parsed, 'string');
    assert.match(parsed as string, why);
  });
}

test('[DUE2] IANA zones are checked with Intl', () => {
  assert.ok(isTimeZone('Europe/London'));
  assert.ok(isTimeZone('UTC'));
  assert.not.ok(isTimeZone('Mars/Olympus'));
  assert.not.ok(isTimeZone(''));
});

test.run();
