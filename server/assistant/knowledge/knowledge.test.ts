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
  const passages = parseGuide(
    '# Title\n\nIntro.\n\n## Returns\n\nSection intro.\n\n### The 30-day return policy\n\nWithin 30 days.\n\n- a\n- b\n\n### How to return\n\n1. Write.\n',
  );
  assert.equal(passages, [
    {
      id: 'the-30-day-return-policy',
      section: 'Returns',
      title: 'The 30-day return policy',
      text: 'Within 30 days.\n\n- a\n- b',
      questions: [],
    },
    { id: 'how-to-return', section: 'Returns', title: 'How to return', text: '1. Write.', questions: [] },
  ]);
});

// [KNOW2] A passage's `Questions:` line is kept apart: retrieval reads it, quoting never sees it.
test('[KNOW2] parseGuide: the Questions line becomes the questions field and leaves the text', () => {
  const [passage] = parseGuide(
    '## Shipping\n\n### Where VisionX ships\n\nQuestions: Do you ship to Spain? wen will it ship?? My parcel is late. Orders after 2 p.m. Eastern Time?\n\nYou can order from five countries.\n',
  );
  assert.equal(passage, {
    id: 'where-visionx-ships',
    section: 'Shipping',
    title: 'Where VisionX ships',
    text: 'You can order from five countries.',
    questions: [
      'Do you ship to Spain?',
      'wen will it ship??',
      'My parcel is late.',
      'Orders after 2 p.m. Eastern Time?',
    ],
  });
});

test('[KNOW2] every passage of the real guide has 5–8 example questions, none of them in its text', () => {
  for (const p of knowledge.passages) {
    assert.ok(p.questions.length >= 5 && p.questions.length <= 8, `${p.id}: ${p.questions.length} questions`);
    assert.not.match(p.text, /^Questions:/m, p.id);
    for (const q of p.questions) assert.not.ok(p.text.includes(q), `${p.id} quotes its question "${q}"`);
  }
});

test('[KNOW2] retrieval matches a question to the passage whose example questions ask it', () => {
  const passages = [
    {
      id: 'a',
      section: 'S',
      title: 'Delivery abroad',
      text: 'Parcels go to five countries.',
      questions: ['Do you ship to Spain?'],
    },
    { id: 'b', section: 'S', title: 'Opening hours', text: 'We answer every day.', questions: ['When are you open?'] },
  ];
  assert.equal(
    createKnowledge(passages)
      .search('shipping to spain', 2)
      .map((p) => p.id),
    ['a'],
  );
  // Typos and slang are found through the way shoppers wrote them.
  assert.is(knowledge.search('wen will it ship', 1)[0]?.id, 'when-a-visionx-order-ships');
  assert.is(knowledge.search('r u a robot', 1)[0]?.id, 'who-the-visionx-support-assistant-is');
});

// [KNOW4] Code and other guides find passages by these ids: a heading rename must be deliberate.
const IDS: Record<string, string[]> = {
  'Persona and response rules': [
    'who-the-visionx-support-assistant-is',
    'response-rules-for-the-visionx-assistant',
    'acknowledging-feelings-and-frustration',
    'steering-off-topic-questions-back',
    'when-to-escalate-to-a-person',
  ],
  Departments: [
    'one-visionx-assistant-for-everything',
    'what-the-department-label-on-your-chat-means',
    'reaching-a-person-from-the-visionx-team',
  ],
  Shipping: [
    'where-visionx-ships',
    'shipping-times-and-costs-by-region',
    'when-a-visionx-order-ships',
    'order-status-placed-paid-packed-shipped-delivered',
    'cancelling-a-visionx-order',
    'damaged-or-missing-parcels',
  ],
  'Returns and refunds': [
    'the-30-day-return-policy',
    'how-to-return-a-visionx-item',
    'refunds-how-much-and-how-long',
    'exchanges-for-a-different-colour-or-storage',
  ],
  Warranty: [
    'what-the-visionx-warranty-covers',
    'opening-your-visionx-phone-does-not-void-the-warranty',
    'what-the-visionx-warranty-does-not-cover',
    'how-to-make-a-warranty-claim',
  ],
  'Repairs and modular upgrades': [
    'the-modular-repair-program-and-module-prices',
    'service-center-repairs',
    'opening-a-visionx-phone-screws-and-tools-by-model',
    'modular-upgrades-and-module-compatibility',
  ],
  'Trade-in and recycling': ['trading-in-a-visionx-phone', 'recycling-phones-modules-and-accessories'],
  Payment: [
    'payment-methods-at-visionx',
    'currency-and-import-duties',
    'when-your-card-is-charged-and-when-a-payment-fails',
    'receipts-and-invoices',
    'what-visionx-keeps-about-your-card',
  ],
  Privacy: [
    'what-visionx-stores-about-you',
    'exporting-or-deleting-your-visionx-data',
    'privacy-of-chats-with-the-visionx-assistant',
  ],
  'Staying safe': ['scam-calls-emails-and-texts-in-visionxs-name', 'flying-with-a-power-bank-or-a-spare-battery'],
  Troubleshooting: [
    'software-update-wont-start-or-fails',
    'visionx-phone-wont-charge',
    'battery-drains-quickly',
    'phone-overheating',
    'swollen-hissing-or-smoking-battery',
    'camera-problems',
    'wi-fi-problems',
    'bluetooth-problems',
    '5g-mobile-data-and-esim-problems',
    'screen-problems',
    'water-or-liquid-exposure',
    'factory-reset',
    'moving-data-to-a-new-visionx-phone',
    'storage-full',
    'visionx-account-sign-in-and-password-problems',
    'two-step-sign-in-codes-from-an-authenticator-app-and-recovery-codes',
    'accessories-not-working',
    'phone-wont-turn-on',
    'no-sound-or-microphone-problems',
    'swallowed-battery-or-magnet',
  ],
};

test('[KNOW4] the real guide: every heading keeps its slug, sections in order, ids unique', () => {
  const bySection: Record<string, string[]> = {};
  for (const p of knowledge.passages) bySection[p.section] = [...(bySection[p.section] ?? []), p.id];
  assert.equal(bySection, IDS);
  assert.is(new Set(knowledge.passages.map((p) => p.id)).size, 58);
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
  ] as const)
    assert.is(stem(a), stem(b), `${a} ~ ${b}`);
  assert.equal(terms("Wi-Fi won't connect"), ['wifi', 'connect']);
  assert.equal(terms('wifi wont connect, cant sign in'), terms("Wi-Fi won't connect, can't sign in"));
});

// [KNOW1] The passage a shopper's question needs ranks first.
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
  ["my phone won't charge", 'visionx-phone-wont-charge'],
  ['the charging port is not charging', 'visionx-phone-wont-charge'],
  ['battery dies fast', 'battery-drains-quickly'],
  ['my phone gets really hot', 'phone-overheating'],
  ['the camera is blurry', 'camera-problems'],
  ['wifi keeps dropping', 'wi-fi-problems'],
  ["earbuds won't pair", 'bluetooth-problems'],
  ['no 5G and the eSIM will not install', '5g-mobile-data-and-esim-problems'],
  ['screen is flickering', 'screen-problems'],
  ['dropped my phone in the pool', 'water-or-liquid-exposure'],
  ['how do I factory reset', 'factory-reset'],
  ['how do I move my photos to my new phone', 'moving-data-to-a-new-visionx-phone'],
  ['storage is full', 'storage-full'],
  ['forgot my password', 'visionx-account-sign-in-and-password-problems'],
  [
    'lost my phone with the authenticator app, cant get past the code step',
    'two-step-sign-in-codes-from-an-authenticator-app-and-recovery-codes',
  ],
  ["my phone is dead and won't turn on", 'phone-wont-turn-on'],
  ["callers can't hear me", 'no-sound-or-microphone-problems'],
  ['software update fails', 'software-update-wont-start-or-fails'],
  ['how long do repairs take at the service center', 'service-center-repairs'],
  ['how much is shipping to the UK', 'shipping-times-and-costs-by-region'],
  ['phone wont charge at all', 'visionx-phone-wont-charge'],
  ['my battery is swollen', 'swollen-hissing-or-smoking-battery'],
  ['the battery swelled up and expanded', 'swollen-hissing-or-smoking-battery'],
  ['someone texted me asking for a one time code', 'scam-calls-emails-and-texts-in-visionxs-name'],
  ['my toddler swallowed a magnet', 'swallowed-battery-or-magnet'],
  ['how do i switch department', 'one-visionx-assistant-for-everything'],
];

for (const [query, id] of RANKING) {
  test(`[KNOW1] "${query}" → ${id}`, () => {
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
