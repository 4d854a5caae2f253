import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { OrderStatus } from '../../../../shared/order-status.js';
import type { OrderEvent } from '../../../../shared/orders.js';
import { canCancel, timelineSteps, type StepState } from './order-timeline.js';

const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const history = (...statuses: OrderStatus[]): OrderEvent[] =>
  statuses.map((status, i) => ({ status, actor: 'system', note: '', at: at(i) }));

const shape = (status: OrderStatus, events: OrderEvent[]) =>
  timelineSteps({ status, events }).map((s): [OrderStatus, StepState, string | null] => [s.status, s.state, s.at]);

const cases: {
  name: string;
  status: OrderStatus;
  events: OrderEvent[];
  steps: [OrderStatus, StepState, string | null][];
}[] = [
  {
    name: 'just paid: placed done, paid current, the rest to come',
    status: 'paid',
    events: history('placed', 'paid'),
    steps: [
      ['placed', 'done', at(0)],
      ['paid', 'current', at(1)],
      ['packed', 'upcoming', null],
      ['shipped', 'upcoming', null],
      ['delivered', 'upcoming', null],
    ],
  },
  {
    name: 'placed but not yet paid',
    status: 'placed',
    events: history('placed'),
    steps: [
      ['placed', 'current', at(0)],
      ['paid', 'upcoming', null],
      ['packed', 'upcoming', null],
      ['shipped', 'upcoming', null],
      ['delivered', 'upcoming', null],
    ],
  },
  {
    name: 'shipped',
    status: 'shipped',
    events: history('placed', 'paid', 'packed', 'shipped'),
    steps: [
      ['placed', 'done', at(0)],
      ['paid', 'done', at(1)],
      ['packed', 'done', at(2)],
      ['shipped', 'current', at(3)],
      ['delivered', 'upcoming', null],
    ],
  },
  {
    name: 'delivered: the last step is the current one',
    status: 'delivered',
    events: history('placed', 'paid', 'packed', 'shipped', 'delivered'),
    steps: [
      ['placed', 'done', at(0)],
      ['paid', 'done', at(1)],
      ['packed', 'done', at(2)],
      ['shipped', 'done', at(3)],
      ['delivered', 'current', at(4)],
    ],
  },
  {
    name: 'cancelled after payment: what happened, then cancelled; nothing to come',
    status: 'cancelled',
    events: history('placed', 'paid', 'cancelled'),
    steps: [
      ['placed', 'done', at(0)],
      ['paid', 'done', at(1)],
      ['cancelled', 'current', at(2)],
    ],
  },
  {
    name: 'cancelled before payment',
    status: 'cancelled',
    events: history('placed', 'cancelled'),
    steps: [
      ['placed', 'done', at(0)],
      ['cancelled', 'current', at(1)],
    ],
  },
  {
    name: 'a step with no event yet (history not loaded) has no time',
    status: 'packed',
    events: [],
    steps: [
      ['placed', 'done', null],
      ['paid', 'done', null],
      ['packed', 'current', null],
      ['shipped', 'upcoming', null],
      ['delivered', 'upcoming', null],
    ],
  },
];

for (const c of cases) {
  test(`timelineSteps: ${c.name}`, () => {
    assert.equal(shape(c.status, c.events), c.steps);
  });
}

test('timelineSteps takes the latest time when a status was reached twice', () => {
  const events: OrderEvent[] = [...history('placed', 'paid'), { status: 'paid', actor: 'staff', note: '', at: at(9) }];
  assert.is(timelineSteps({ status: 'paid', events })[1]!.at, at(9));
});

test('[SCOPE2] timelineSteps names the staff member who moved the order to a step, and only then', () => {
  const events: OrderEvent[] = [
    ...history('placed', 'paid'),
    { status: 'packed', actor: 'staff', note: '', at: at(5), by: 'Sam' },
    { status: 'cancelled', actor: 'staff', note: 'Out of stock', at: at(6), by: 'Ana' },
  ];
  assert.equal(
    timelineSteps({ status: 'cancelled', events }).map((s) => [s.status, s.by ?? null]),
    [
      ['placed', null],
      ['paid', null],
      ['packed', 'Sam'],
      ['cancelled', 'Ana'],
    ],
  );
});

test('canCancel: only while placed or paid', () => {
  const allowed = (['placed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled'] as const).filter(canCancel);
  assert.equal(allowed, ['placed', 'paid']);
});

test.run();
