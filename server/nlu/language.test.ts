import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detectLanguage } from './language.js';

test('[LANG5] a short Spanish message of "la", "le", "a", "mi" is Spanish, not French', async () => {
  for (const text of [
    'la funda loop le vale a mi vision x',
    'la funda le sirve a mi vision go',
    'le vale la funda a mi celular?',
  ])
    assert.is(await detectLanguage(text), 'es', text);
});

test('[LANG5] "¿" and "¡" mark a message Spanish, even one of a single brand name', async () => {
  for (const text of ['¿paypal?', '¿vision go?', '¡gracias!']) assert.is(await detectLanguage(text), 'es', text);
});

test('[LANG5] Spanish with an English word mixed in is Spanish ("tracking del VX-…")', async () => {
  for (const text of ['tracking del VX-7KQ2', 'el refund cuándo llega', 'el delivery del pedido'])
    assert.is(await detectLanguage(text), 'es', text);
  for (const text of ['tracking for VX-7KQ2', 'el cheapo one', 'ok', 'delivery time Los Angeles'])
    assert.is(await detectLanguage(text), 'en', text);
});

test('[LANG5] French and German look-alikes stay French and German', async () => {
  for (const text of [
    'la coque loop va sur mon vision x ?',
    'le chargeur a la prise usb-c, il va avec mon téléphone ?',
    'la coque est compatible avec le vision x ?',
    'est-ce que la coque loop va à mon vision x ?',
  ])
    assert.is(await detectLanguage(text), 'fr', text);
  for (const text of ['die Hülle passt zu meinem Vision X?', 'ist die Loop Hülle für mein Vision Go?'])
    assert.is(await detectLanguage(text), 'de', text);
});

test('[LANG5] German with English product words is German ("Hat das Vision Go Wireless Charging?")', async () => {
  for (const text of ['Hat das Vision Go Wireless Charging?', 'Go kabellos laden?', 'Ist das Halo gut?'])
    assert.is(await detectLanguage(text), 'de', text);
  for (const text of ['the hat is nice', 'does the Go have wireless charging?', 'mi hijo tiene un Go'])
    assert.not.equal(await detectLanguage(text), 'de', text);
});

test('[LANG5] an English message stays English', async () => {
  for (const text of ['does the loop case fit my vision x?', 'can I pay with paypal?'])
    assert.is(await detectLanguage(text), 'en', text);
});

test.run();
