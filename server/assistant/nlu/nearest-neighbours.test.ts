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

test('its scores are a distribution, best first; a message sharing nothing gets none', () => {
  const scores = scorer('do you ship to spain');
  assert.ok(Math.abs(scores.reduce((s, x) => s + x.score, 0) - 1) < 1e-9);
  assert.equal(scores.map((s) => s.score), [...scores.map((s) => s.score)].sort((a, b) => b - a));
  assert.equal(scorer('zzz qqq'), []);
});

test.run();
