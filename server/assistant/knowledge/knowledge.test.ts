import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseGuide, slugOf } from './guide.js';
import { createKnowledge, loadKnowledge } from './knowledge.js';
import { stem, terms } from './text.js';

const guideFile = join(resolve(fileURLToPath(import.meta.url), '../../../..'), 'data/support-guide.md');
const knowledge = loadKnowledge(guideFile);

test('parseGuide: ### headings become passages under their ## section; intros are not passages', () => {
  const passages = parseGuide('# Title\n\nIntro.\n\n## Returns\n\nSection intro.\n\n### The 30-day return policy\n\nWithin 30 days.\n\n- a\n- b\n\n### How to return\n\n1. Write.\n');
  assert.equal(passages, [
    { id: 'the-30-day-return-policy', section: 'Returns', title: 'The 30-day return policy', text: 'Within 30 days.\n\n- a\n- b' },
    { id: 'how-to-return', section: 'Returns', title: 'How to return', text: '1. Write.' },
  ]);
});

test('parseGuide: the real guide has its 51 passages, 17 of them troubleshooting, with unique ids', () => {
  assert.is(knowledge.passages.length, 51);
  assert.is(knowledge.passages.filter((p) => p.section === 'Troubleshooting').length, 17);
  assert.is(new Set(knowledge.passages.map((p) => p.id)).size, 51);
  assert.is(slugOf("Software update won't start or fails"), 'software-update-wont-start-or-fails');
});

test('stemming: the forms of a word meet', () => {
  for (const [a, b] of [
    ['charging', 'charge'],
    ['chargers', 'charged'],
    ['shipping', 'ships'],
    ['batteries', 'battery'],
    ['moving', 'move'],
    ['returned', 'returns'],
  ] as const) assert.is(stem(a), stem(b), `${a} ~ ${b}`);
  assert.equal(terms("Wi-Fi won't connect"), ['wifi', 'connect']);
});

// [K1] The passage a shopper's question needs ranks first.
const RANKING: Array<[string, string]> = [
  ['can I get my money back', 'refunds-how-much-and-how-long'],
  ['what is your return policy', 'the-30-day-return-policy'],
  ['how many days do I have to return a phone', 'the-30-day-return-policy'],
  ['how do I send a phone back', 'how-to-return-a-visionx-item'],
  ['how long does shipping take to Canada', 'shipping-times-and-costs-by-region'],
  ['how much is express shipping to Germany', 'shipping-times-and-costs-by-region'],
  ['where do you ship', 'where-visionx-ships'],
  ['when will my order ship', 'when-a-visionx-order-ships'],
  ['how do I cancel my order', 'cancelling-a-visionx-order'],
  ['the parcel arrived damaged', 'damaged-or-missing-parcels'],
  ['exchange for another colour', 'exchanges-for-a-different-colour-or-storage'],
  ['what does the warranty cover', 'what-the-visionx-warranty-covers'],
  ['does opening the phone void the warranty', 'opening-your-visionx-phone-does-not-void-the-warranty'],
  ['how do I make a warranty claim', 'how-to-make-a-warranty-claim'],
  ['trade in my old phone', 'trading-in-a-visionx-phone'],
  ['do you accept paypal', 'payment-methods-at-visionx'],
  ['delete my data', 'exporting-or-deleting-your-visionx-data'],
  ['my phone won\'t charge', 'visionx-phone-wont-charge'],
  ['the charging port is not charging', 'visionx-phone-wont-charge'],
  ['battery dies fast', 'battery-drains-quickly'],
  ['my phone gets really hot', 'phone-overheating'],
  ['the camera is blurry', 'camera-problems'],
  ['wifi keeps dropping', 'wi-fi-problems'],
  ['earbuds won\'t pair', 'bluetooth-problems'],
  ['no 5G and the eSIM will not install', '5g-mobile-data-and-esim-problems'],
  ['screen is flickering', 'screen-problems'],
  ['dropped my phone in the pool', 'water-or-liquid-exposure'],
  ['how do I factory reset', 'factory-reset'],
  ['how do I move my photos to my new phone', 'moving-data-to-a-new-visionx-phone'],
  ['storage is full', 'storage-full'],
  ['forgot my password', 'visionx-account-sign-in-and-password-problems'],
  ['my phone is dead and won\'t turn on', 'phone-wont-turn-on'],
  ['callers can\'t hear me', 'no-sound-or-microphone-problems'],
  ['software update fails', 'software-update-wont-start-or-fails'],
  ['how long do repairs take at the service center', 'service-center-repairs'],
];

for (const [query, id] of RANKING) {
  test(`[K1] "${query}" → ${id}`, () => {
    const top = knowledge.search(query, 3);
    assert.is(top[0]?.id, id, top.map((p) => `${p.id} ${p.score}`).join(', '));
  });
}

test('search: best first, at most k, nothing for words the guide does not have', () => {
  const hits = knowledge.search('refund shipping warranty', 5);
  assert.is(hits.length, 5);
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
  assert.equal(knowledge.search('zyzzyva quokka', 3), []);
  assert.equal(knowledge.search('   ', 3), []);
  assert.equal(createKnowledge([]).search('refund'), []);
});

test.run();
