import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { answerLines } from './units.js';
import { createTranslator } from './translator.js';

const DATA = join(import.meta.dirname, '../../../data');
const guide = (suffix: string) => readFileSync(join(DATA, `support-guide${suffix}.md`), 'utf8');

test('[LANG6] the translated guides are line for line and sentence for sentence the English one: the same headings, lists and paragraphs on the same lines', () => {
  const en = answerLines(guide(''));
  for (const language of ['fr', 'de', 'es']) {
    const other = answerLines(guide(`.${language}`));
    assert.is(other.length, en.length, language);
    en.forEach((line, i) => {
      const kind = (l: typeof line) =>
        // Example questions are for retrieval, never quoted: only their place must match.
        `${l.marker.trim().replace(/\d+/, 'n')}|${/^Questions:/.test(l.sentences[0] ?? '') ? 'questions' : `${l.sentences.length} sentences`}`;
      assert.is(kind(other[i]!), kind(line), `${language} line ${i + 1}`);
    });
  }
});

const translator = createTranslator({
  templates: {
    fr: {
      'The {1} costs {2}.': 'Le {1} coûte {2}.',
      'More on the [Shipping]({1}) page.': 'Plus de détails sur la page [Livraison]({1}).',
    },
  },
});

test('[LANG6] an answer comes back sentence by sentence: the guide’s own from the translated guide, the engine’s from its templates, markup kept', () => {
  const { text, missed } = translator.fromEnglish(
    'The Vision Go costs $399.00. Orders placed later, or on weekends and public holidays, leave on the next business day.\n\n- More on the [Shipping](/shipping) page.',
    'fr',
  );
  assert.is(
    text,
    'Le Vision Go coûte 399,00\u00a0$US. Les commandes passées plus tard, le week-end ou un jour férié partent le jour ouvré suivant.\n\n- Plus de détails sur la page [Livraison](/shipping).',
  );
  assert.equal(missed, []);
});

test('[LANG6] a sentence nothing covers stays as the engine wrote it, and is reported', () => {
  const { text, missed } = translator.fromEnglish('The Vision Go costs $399.00. Something new entirely.', 'fr');
  assert.is(text, 'Le Vision Go coûte 399,00\u00a0$US. Something new entirely.');
  assert.equal(missed, ['Something new entirely.']);
});

test('[LANG6] a catalog tagline is in the language when the catalog words have it, else left out (English copy the card shows)', () => {
  const tagline = 'A compact, cheerful VisionX that fits a jeans pocket and a sensible budget.';
  const words = createTranslator({
    templates: { fr: { 'The {1} costs {2}.': 'Le {1} coûte {2}.' } },
    catalog: { fr: { [tagline]: 'Un VisionX compact et joyeux.' } },
  });
  assert.is(
    words.fromEnglish(`The Vision Go costs $399.00. ${tagline}`, 'fr').text,
    'Le Vision Go coûte 399,00\u00a0$US. Un VisionX compact et joyeux.',
  );
  const none = createTranslator({
    templates: { fr: { 'The {1} costs {2}.': 'Le {1} coûte {2}.' } },
    catalog: { fr: {} },
  });
  assert.is(
    none.fromEnglish(`The Vision Go costs $399.00. ${tagline}`, 'fr').text,
    'Le Vision Go coûte 399,00\u00a0$US.',
  );
});

test('[LANG5] a message reaches the engine in English through the language’s phrase table', () => {
  const withTable = createTranslator({ phrases: { de: { 'wo ist': 'where is', 'meine bestellung': 'my order' } } });
  assert.is(withTable.toEnglish('Wo ist meine Bestellung VX-12AB?', 'de'), 'where is my order VX-12AB?');
});

test('[LANG5] a parent telling in Spanish that a child ate, sucked or licked a part reaches the engine as a swallowing', () => {
  const { toEnglish } = createTranslator();
  assert.match(toEnglish('mi nena se comio un iman del cargador!!', 'es'), /\bate a magnet\b/);
  assert.match(toEnglish('mi bebé lamió la pila', 'es'), /\blicked the battery\b/);
  assert.match(toEnglish('se lo metió a la boca', 'es'), /\bput it in his mouth\b/);
});

test.run();
