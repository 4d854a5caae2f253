import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';
import { diminutiveOf } from './es-diminutives.js';

const { toEnglish } = createTranslator();

test('a Spanish diminutive reads as the word it is the diminutive of, inside the phrases it belongs to', () => {
  for (const [text, english] of [
    ['mi bebé se comió una pilita de botón', /\bbutton batter/],
    ['se tragó una piecita del cargador', /\bpart of the charger\b/],
    ['el cablecito no carga', /\bcable\b/],
    ['se le cayó un tornillito', /\bscrew/],
  ] as const)
    assert.match(toEnglish(text, 'es'), english, text);
});

test('only a word the table does not know is read as a diminutive', () => {
  assert.equal(diminutiveOf('chiquito').includes('chico'), true);
  assert.equal(diminutiveOf('imancitos').includes('imanes'), true);
  assert.equal(diminutiveOf('finita').includes('fin'), false);
  assert.match(toEnglish('necesito una funda', 'es'), /\bneed\b/);
});

test.run();
