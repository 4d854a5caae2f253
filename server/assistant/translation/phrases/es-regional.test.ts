import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { guardOf } from '../../understanding/guards.js';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own: a child, said the regional ways, swallowing a magnet or a battery said the colloquial ways. */
const SWALLOWED = [
  'mi patojito se tragó un imancito creo, ¿será grave? se ve bien',
  'creo que el cipote se jambó un imancito de la funda, ¿verdad que no pasa nada?',
  'mi nena se zampó un imancito, ¿qué hago? parece bien',
  'mi hijo se empacó una pilita de botón, ¿es grave? se ve bien',
  'el niño se engulló un imancito, está bien al parecer',
  'mi nenito se tragó una bolita magnética de la funda, ¿pasa algo? ya está jugando',
  'el chamaquito se llevó a la boca un imán de la funda',
  'mi nieto acaba de tragarse un imán que traía el cargador, se ve tranquilo',
  'el bebé se acaba de comer una pila de botón, ¿qué hago?',
  'los gemelos se tragaron una bolita de imán',
];

test('a child swallowing a magnet or a battery, said regionally, gets the emergency answer', () => {
  for (const spanish of SWALLOWED) assert.is(guardOf(toEnglish(spanish, 'es')), 'safety_hazard', spanish);
});

test('the words stay what they are elsewhere: a bus in the Canaries, packing a box', () => {
  assert.match(toEnglish('la guagua llega tarde', 'es'), /\bbus\b/);
  assert.not.match(toEnglish('empaco el teléfono en su caja', 'es'), /swallow/);
});

test.run();
