import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gist } from '../gist.js';
import { shopPhrases } from '../known-words.js';

const es = shopPhrases('es');

/** Messages of our own, one per class the dev-es5 round found; each gist is what the English engine answers right. */
const READS: Array<[spanish: string, english: RegExp]> = [
  ['¿Tienen el Pro Max Ultra de 1 TB?', /\b1 TB\b/],
  ['mi nene se tragó un imancito', /\bsmall magnet\b/],
  ['¿lo puedo meter al mar?', /\bcan i take it into the sea\b/],
  ['¿y la que ya se envió cómo la rastreo?', /\bthe one that already shipped how do i track it\b/],
  ['si hago el pedido a las 5 hora de NY, ¿sale hoy mismo?', /\beastern time\b.*\bdoes it ship today\b/],
  ['¿manejan meses sin intereses?', /\bdo you offer interest-free monthly instalments\b/],
  ['ya reinicié el router y nada', /\bi already restarted the router and nothing\b/],
  ['oigan, mi celular está bien raro', /\bis acting really weird\b/],
  ['la tapa se separó del marco', /\bseparated from the frame\b/],
  ['la parte de atrás se abrió sola', /\bcame away by itself\b/],
  ['la tapa se zafó por una esquina', /\bthe back cover came away at one corner\b/],
  ['la tapa está saltada y hace panza', /\bis lifting and is bulging\b/],
  ['la tapa se ha empezado a levantar', /\bthe back cover started lifting\b/],
  ['como si algo la empujara desde dentro', /\bas if something were pushing it out from inside\b/],
  ['¿puedo seguir cargándolo?', /\bcan i keep charging it\b/],
  ['¿cuánto sale la batería de repuesto?', /\breplacement battery\b/],
  ['precio del go', /\bthe price of the go\b/i],
  ['me voy a la costa', /\bthe coast\b/],
  ['¿envían a Costa Rica?', /\bCosta Rica\b/],
];

test('[LANG5] es: colloquial ways of saying shop things reach the English engine as it reads them', () => {
  for (const [spanish, english] of READS) assert.match(gist(spanish, es), english, spanish);
});

test.run();
