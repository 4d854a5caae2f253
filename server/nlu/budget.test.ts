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

test('"no more than 500" is a ceiling alone; money in hand is a ceiling', () => {
  assert.equal(budgetOf('i need a phone, no more than 500'), { maxPriceCents: 50_000, minPriceCents: undefined });
  for (const [text, max] of [
    ['i have 500 dollars, which phone can i get?', 50_000],
    ['if i can only spend 600, which phone takes the best photos?', 60_000],
    ['we can afford about 700', 70_000],
  ] as const)
    assert.is(budgetOf(text).maxPriceCents, max, text);
  // A count or a size in hand is no budget.
  assert.is(budgetOf('i have 2 orders with you').maxPriceCents, undefined);
  assert.is(budgetOf('i have 256 gb on my old phone').maxPriceCents, undefined);
});

test.run();
