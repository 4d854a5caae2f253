import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

test('a product left out of a ranking reads as left out in French, German and Spanish', () => {
  for (const [text, language, english] of [
    ['¿cuál tiene la mejor batería aparte del Terra?', 'es', /apart from the terra/i],
    ['¿qué teléfono pesa menos, que no sea el Go?', 'es', /other than the go/i],
    ['el más barato excepto el Go', 'es', /except the go/i],
    ['quel téléphone a la meilleure batterie à part le Terra ?', 'fr', /apart from the terra/i],
    ['le plus léger sauf le Go', 'fr', /except the go/i],
    ['welches Handy hat den besten Akku außer dem Terra?', 'de', /except the terra/i],
    ['das leichteste, abgesehen vom Go', 'de', /apart from the go/i],
  ] as const)
    assert.match(toEnglish(text, language), english, text);
});

test.run();
