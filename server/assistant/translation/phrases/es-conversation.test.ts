import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator } from '../translator.js';

const { toEnglish } = createTranslator();

/** Messages of our own, one per way of leaning on the conversation; each gist is what the English engine answers right. */
const READS: Array<[spanish: string, english: RegExp]> = [
  ['¿ya enviaron mi pedido o qué onda?', /\bhave you shipped my order or what\b/],
  ['che, ¿ya lo despacharon?', /\bhave you shipped it\b/],
  ['¿la funda le sirve al Go? perdón, me refería al Terra', /\bi meant the Terra\b/],
  ['sí, que alguien me lo gestione', /\bhave someone handle it for me\b/],
  ['lo tengo hace como un año y medio', /\bi have had it for\b.*\ba year and a half\b/],
  ['ya no me dura ni hasta la cena', /\bno longer lasts not even until dinner\b/],
  ['si es la batería, ¿cuánto sale una nueva?', /\bhow much is a new one\b/],
  ['¿y al Vision X le queda bien?', /\bdoes it fit\b/],
  ['quiero anular una compra', /\bcancel an order\b/],
  ['ah es q la cambié yo ayer x una nueva', /\bi swapped it myself yesterday with a new one\b/],
  ['¿qué información conservan después?', /\bwhat information do you keep\b/],
  ['¿a partir de cuánto el envío es gratis en USA?', /\bfrom what amount\b.*\bin the us\b/],
];

test('how a Spanish shopper leans on the conversation reads as the English engine needs it', () => {
  for (const [spanish, english] of READS) assert.match(toEnglish(spanish, 'es'), english, spanish);
});

test.run();
