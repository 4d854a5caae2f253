import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { findPassage, policyAnswer, troubleshootingAnswer } from './guide-answer.js';
import { namedPassageId } from './intent-passages.js';
import { SUPPORT_GUIDE_FILE } from '../../test/guide-file.js';

const knowledge = loadKnowledge(SUPPORT_GUIDE_FILE);
const passage = (id: string) => knowledge.passages.find((p) => p.id === id)!;
const answerTo = (id: string, query: string) => {
  const p = passage(id);
  return p.section === 'Troubleshooting' ? troubleshootingAnswer(p, query) : policyAnswer(p, query);
};

test('[OFF4] a quoted sentence is whole: "2 p.m. Eastern Time" is not cut after "p.m."', () => {
  const text = answerTo('when-a-visionx-order-ships', 'When does it leave the warehouse?');
  assert.match(
    text,
    'If you order before 2 p.m. Eastern Time on a business day, your order leaves the warehouse the same day.',
  );
});

test("[KNOW2] no answer quotes a passage's example questions", () => {
  for (const p of knowledge.passages) {
    for (const q of p.questions) {
      const text = answerTo(p.id, q);
      for (const other of p.questions)
        assert.not.ok(text.includes(other), `${p.id}: "${other}" quoted in the answer to "${q}"`);
    }
  }
});

// [GUIDE1] Safety first: a passage on a dangerous battery or liquid opens with what to do to stay safe.
const SAFETY_FIRST: Array<[string, string, RegExp]> = [
  [
    'my battery is swollen',
    'swollen-hissing-or-smoking-battery',
    /^Stop using your phone, unplug it and don't charge it/,
  ],
  ['my phone smells like burning', 'phone-overheating', /^Stop using your phone, unplug it and don't charge it/],
  ['the back of my phone is bulging', 'swollen-hissing-or-smoking-battery', /^Stop using your phone/],
  [
    'I dropped my phone in the bath',
    'water-or-liquid-exposure',
    /^Switch your phone off straight away, unplug it and do not charge it/,
  ],
  ['my kid swallowed a battery', 'swallowed-battery-or-magnet', /^Get medical help at once/],
];

for (const [query, id, opening] of SAFETY_FIRST) {
  test(`[GUIDE1] "${query}" → ${id}, opening with the protective step`, () => {
    const found = findPassage(knowledge, query, true);
    assert.is(found?.id, id);
    assert.match(found!.text, opening);
    assert.match(troubleshootingAnswer(found!, query), opening);
  });
}

test('[OFF4] a refund asked onto another card is the refunds passage (refunds go back to the card paid with)', () => {
  for (const q of [
    "can you refund it to my card instead, it went on my mum's",
    'please refund the order onto her own card',
  ])
    assert.is(namedPassageId(q), 'refunds-how', q);
});

test('[OFF4] dropped calls and lost signal are the mobile network; a phone dropped on a call is not', () => {
  for (const q of ['my calls keep dropping on the bus', 'calls cut out in tunnels', 'weak signal in my flat'])
    assert.is(namedPassageId(q), '5g-mobile-data', q);
  assert.is.not(namedPassageId('I dropped my phone while I was on a call'), '5g-mobile-data');
});

test('[OFF4] when the card is charged, how to start a return, a refund that has not arrived: each its own passage', () => {
  for (const q of ['do you take the money straight away or only when it ships?', 'when will my card be charged'])
    assert.is(namedPassageId(q), 'when-your-card-is-charged', q);
  for (const q of ['ok and how do I start the return?', 'how can I send it back', 'I want to open a return'])
    assert.is(namedPassageId(q), 'how-to-return', q);
  for (const q of ["you got my parcel back but the refund still hasn't arrived", 'my refund has not come through'])
    assert.is(namedPassageId(q), 'refunds-how', q);
  assert.is.not(namedPassageId('how long do I have to return a phone?'), 'how-to-return');
});

test("[OFF4] a battery or part from another shop is what the warranty does not cover; the warranty's terms are not", () => {
  for (const q of [
    'I fitted a battery from another shop, is my warranty still valid?',
    'does a third-party charger void the warranty',
  ])
    assert.is(namedPassageId(q), 'what-the-visionx-warranty-does-not-cover', q);
  assert.is.not(namedPassageId('what does the warranty cover?'), 'what-the-visionx-warranty-does-not-cover');
});

test.run();
