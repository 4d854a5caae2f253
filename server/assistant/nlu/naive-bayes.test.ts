import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Intent } from './intents.js';
import { features, trainNaiveBayes } from './naive-bayes.js';

const examples: Array<[Intent, string]> = [
  ['account_manage', 'how do I delete my account'],
  ['account_manage', 'close my account please'],
  ['cart_remove', 'delete the charger'],
  ['cart_remove', 'remove the case from my cart'],
  ['cart_remove', 'take the cable out of my cart'],
  ['shipping_info', 'how long does shipping to canada take'],
  ['shipping_info', 'do you ship to germany'],
];

/** The textbook multinomial naive Bayes (α = 0.1), feature by feature and intent by intent. */
function textbook(text: string): Map<Intent, number> {
  const intents = [...new Set(examples.map(([i]) => i))];
  const vocabulary = new Set(examples.flatMap(([, u]) => [...features(u)]));
  const known = [...features(text)].filter((f) => vocabulary.has(f));
  const logs = intents.map((intent) => {
    const mine = examples.filter(([i]) => i === intent).map(([, u]) => features(u));
    const total = mine.reduce((n, fs) => n + fs.size, 0);
    let score = Math.log(mine.length);
    for (const f of known) {
      const count = mine.filter((fs) => fs.has(f)).length;
      score += Math.log((count + 0.1) / (total + 0.1 * vocabulary.size));
    }
    return score;
  });
  const max = Math.max(...logs);
  const sum = logs.reduce((s, l) => s + Math.exp(l - max), 0);
  return new Map(intents.map((intent, i) => [intent, Math.exp(logs[i]! - max) / sum]));
}

test('its scores are the textbook naive Bayes, best first (the sums are rearranged for speed, not changed)', () => {
  const scorer = trainNaiveBayes(examples);
  for (const message of ['remove the charger from my cart', 'shipping to canada?', 'delete my account', 'zzz']) {
    const scores = scorer(message);
    const expected = textbook(message);
    assert.is(scores.length, expected.size);
    // Compared as logarithms: the losing intents' shares are as small as 1e-100.
    for (const { intent, score } of scores) {
      const [got, want] = [Math.log(score), Math.log(expected.get(intent)!)];
      assert.ok(
        Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)),
        `${message}: ${intent} ${score} ≠ ${expected.get(intent)}`,
      );
    }
    assert.equal(
      scores.map((s) => s.score),
      scores.map((s) => s.score).sort((a, b) => b - a),
    );
  }
  assert.is(scorer('remove the charger from my cart')[0]!.intent, 'cart_remove');
  assert.is(scorer('how long to ship to canada')[0]!.intent, 'shipping_info');
});

test.run();
