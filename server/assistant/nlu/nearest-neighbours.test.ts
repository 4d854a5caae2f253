import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Intent } from './intents.js';
import { trainNearestNeighbours } from './nearest-neighbours.js';

const examples: Array<[Intent, string]> = [
  ['account_manage', 'how do I delete my account'],
  ['account_manage', 'close my account please'],
  ['cart_remove', 'delete the charger'],
  ['cart_remove', 'remove the case from my cart'],
  ['shipping_info', 'how long does shipping to canada take'],
  ['shipping_info', 'do you ship to germany'],
];
const scorer = trainNearestNeighbours(examples);

test('the labelled utterances most like the message vote for their intent', () => {
  assert.is(scorer('how long is shipping to france')[0]!.intent, 'shipping_info');
  assert.is(scorer('remove the cable from the cart')[0]!.intent, 'cart_remove');
});

test('a few close examples outvote many distant ones: only the nearest vote, the closer more', () => {
  // Twenty "order" examples that share a few words with the message, two that match it nearly word for word.
  const many = Array.from({ length: 20 }, (_, i): [Intent, string] => [
    'order_status',
    `when will my order ship, it is number ${i}`,
  ]);
  const close: Array<[Intent, string]> = [
    ['order_cancel', 'please cancel my order before it ships'],
    ['order_cancel', 'cancel my order before it ships please'],
  ];
  const scores = trainNearestNeighbours([...many, ...close, ...examples])('please cancel my order before it ships');
  assert.is(scores[0]!.intent, 'order_cancel');
  assert.ok(scores[0]!.score > 0.5, `order_cancel ${scores[0]!.score}`);
});

test('its scores are a distribution, best first; a message sharing nothing gets none', () => {
  const scores = scorer('do you ship to spain');
  assert.ok(Math.abs(scores.reduce((s, x) => s + x.score, 0) - 1) < 1e-9);
  assert.equal(
    scores.map((s) => s.score),
    [...scores.map((s) => s.score)].sort((a, b) => b - a),
  );
  assert.equal(scorer('zzz qqq'), []);
});

test.run();
