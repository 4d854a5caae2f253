import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Intent } from '../nlu/intents.js';
import { clarifyingQuestion, READINGS } from '../offline/canned.js';
import { READING_WORDS } from './clarify-question.js';
import { createTranslator } from './translator.js';

const translator = createTranslator();

test('[CLAR1] every reading the clarifying question can name has its words in French, German and Spanish', () => {
  for (const [language, words] of Object.entries(READING_WORDS))
    assert.equal(
      Object.values(READINGS).filter((r) => !(r in words)),
      [],
      `${language}: readings without words`,
    );
});

test("[CLAR1] any pair of readings is asked in the shopper's language, not only the pairs a template translates", () => {
  const pairs = Object.keys(READINGS).flatMap((a) =>
    Object.keys(READINGS).flatMap((b) => (a === b ? [] : [[a, b] as [Intent, Intent]])),
  );
  for (const language of ['fr', 'de', 'es'] as const)
    for (const [a, b] of pairs) {
      const { text, missed } = translator.fromEnglish(clarifyingQuestion([a, b]), language);
      assert.equal(missed, [], `${language} ${a}/${b}`);
      assert.not.match(text, 'make sure I help');
    }
  // A pair the development sets never met ("the watches work with iPhone or only Android?").
  assert.is(
    translator.fromEnglish(clarifyingQuestion(['accessory_compat', 'tech_connectivity']), 'es').text,
    'Quiero asegurarme de ayudarte con lo que necesitas: ¿se trata de si un accesorio es compatible con tu teléfono, o del wifi, el Bluetooth o los datos móviles?',
  );
});

test.run();
