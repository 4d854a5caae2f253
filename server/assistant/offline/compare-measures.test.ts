import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MEASURES, measureLine, measuresAsked } from './compare-measures.js';
import type { ProductFacts, ReplyContext } from './reply-context.js';

const product = (name: string, specs: Array<[string, string]>): ProductFacts => ({
  slug: name.toLowerCase().replace(/ /g, '-'),
  name,
  category: 'audio',
  tagline: '',
  specs: specs.map(([n, value]) => ({ group: 'Battery life', name: n, value })),
  variants: [],
  rating: { average: null, count: 0 },
  url: '',
});
const buds = product('Vision Buds Pro', [
  ['Earbuds', '7 hours with ANC, 9 hours without'],
  ['With case', '28 hours with ANC'],
]);
const overEar = product('Vision Sound Over-Ear Headphones', [['Playback', '50 hours with ANC, 70 hours without']]);
const phone = { ...product('Vision X', []), specs: [{ group: 'Battery', name: 'Battery', value: '4600 mAh' }] };

const asked = (userText: string) =>
  measuresAsked({ turn: { userText }, memory: {}, slots: {} } as unknown as ReplyContext);

test('earbuds and headphones are compared on their hours of listening, phones on their mAh', () => {
  assert.is(
    measureLine(MEASURES.listening!, [buds, overEar]),
    'The **Vision Sound Over-Ear Headphones** lasts the longest on a charge (50 hours, against 7 hours for the Vision Buds Pro).',
  );
  assert.is(measureLine(MEASURES.listening!, [phone, { ...phone, name: 'Vision Go' }]), undefined);
  assert.is(measureLine(MEASURES.battery!, [buds, overEar]), undefined);
});

test('"how long does it last on a charge" asks for the battery, as mAh or as hours', () => {
  for (const text of [
    'how long do the buds last on a charge compared with the headphones?',
    'which lasts longer per charge, the buds or the over-ears',
    'which has the better battery?',
  ])
    assert.ok(asked(text).includes(MEASURES.listening!) && asked(text).includes(MEASURES.battery!), text);
  assert.not.ok(asked('which is cheaper?').includes(MEASURES.listening!));
  // A battery that dies is no question of how long it lasts: "do they work with a cable if the battery dies?"
  assert.not.ok(
    asked('do the headphones still work with a cable if the battery dies halfway?').includes(MEASURES.listening!),
  );
});

test.run();
