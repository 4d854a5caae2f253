import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cardTrace, choiceTrace, customTrace, handoffTrace } from '../../test/fake-voiceflow/fake-voiceflow.js';
import { readTrace, type TraceReading } from './traces.js';
import { cartSummary, lastOrderStatus } from './variables.js';

const cases: [string, unknown, TraceReading][] = [
  ['text', { type: 'text', payload: { message: 'Hi', slate: {} } }, { kind: 'text', text: 'Hi', continues: false }],
  [
    'speak without SSML',
    { type: 'speak', payload: { message: '<speak>Hi <break/>there</speak>' } },
    { kind: 'text', text: 'Hi there', continues: false },
  ],
  [
    'completion piece',
    { type: 'completion-continue', payload: { completion: 'ab' } },
    { kind: 'text', text: 'ab', continues: true },
  ],
  ['choice', choiceTrace(['A', ' A ', '', 'B']), { kind: 'quick-replies', options: ['A', 'B'] }],
  ['choice without buttons', { type: 'choice', payload: {} }, { kind: 'quick-replies', options: [] }],
  [
    'card with a product link',
    cardTrace({ title: 'Vision Go', slug: 'vision-go', buttons: ['More'] }),
    { kind: 'cards', cards: [{ title: 'Vision Go', description: '', slug: 'vision-go', buttons: ['View', 'More'] }] },
  ],
  ['end', { type: 'end' }, { kind: 'end' }],
  ['handoff custom action', handoffTrace('angry'), { kind: 'handoff', reason: 'angry' }],
  ['talk_to_agent with a plain body', customTrace('talk_to_agent', 'now'), { kind: 'handoff', reason: 'now' }],
  [
    'cart action',
    customTrace('propose_cart_change', { slug: 'x' }),
    { kind: 'propose-cart-change', args: { slug: 'x' } },
  ],
  ['bookkeeping', { type: 'path', payload: { path: 'x' } }, { kind: 'ignored' }],
  ['a remote image', { type: 'visual', payload: { image: 'https://x/y.png' } }, { kind: 'ignored' }],
  ['unknown', { type: 'hologram' }, { kind: 'unknown', type: 'hologram' }],
  ['not a trace', 'text', { kind: 'unknown', type: '(not a trace)' }],
];

for (const [name, trace, reading] of cases)
  test(`[VF3] ${name}`, () => {
    assert.equal(readTrace(trace), reading);
  });

test('[VF4] the variables in words: cart and last order', () => {
  assert.is(cartSummary(null), 'empty');
  assert.is(cartSummary({ itemCount: 0, lines: [] }), 'empty');
  assert.is(
    cartSummary({
      itemCount: 3,
      totalCents: 74800,
      lines: [
        { name: 'Vision Go', colour: 'Black', storageGb: 256, quantity: 2 },
        { name: 'Case', colour: 'Clear', storageGb: null, quantity: 1 },
      ],
    }),
    '3 items: 2 × Vision Go (Black, 256 GB); 1 × Case (Clear). Total $748.00',
  );
  assert.is(lastOrderStatus({ orders: [] }), 'none');
  assert.is(
    lastOrderStatus({
      orders: [
        { number: 'VX-1', status: 'paid' },
        { number: 'VX-0', status: 'shipped' },
      ],
    }),
    'VX-1: paid',
  );
});

test.run();
