import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extractSlots } from './entities.js';

const budgetOf = (text: string) => {
  const { maxPriceCents, minPriceCents } = extractSlots(text);
  return { maxPriceCents, minPriceCents };
};

test('a spending limit said as a negation is a ceiling, not a floor', () => {
  for (const text of [
    "I'd rather not spend more than 400",
    'good photos at night without spending more than 600',
    'a phone for my dad without going over 600 dollars',
  ]) {
    const { maxPriceCents, minPriceCents } = budgetOf(text);
    assert.ok(maxPriceCents === 40_000 || maxPriceCents === 60_000, `${text}: max ${maxPriceCents}`);
    assert.is(minPriceCents, undefined, text);
  }
});

test('"more than" alone is still a floor, and "under" a ceiling', () => {
  assert.equal(budgetOf('phones over 600'), {
    maxPriceCents: undefined,
    minPriceCents: 60_000,
  });
  assert.equal(budgetOf('phones under 500'), { maxPriceCents: 50_000, minPriceCents: undefined });
});

test.run();
