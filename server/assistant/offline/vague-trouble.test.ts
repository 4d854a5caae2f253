import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { plain } from '../../nlu/entities.js';
import { isVagueTrouble } from './vague-trouble.js';

test('trouble with no symptom named is asked about', () => {
  for (const text of [
    'my phone is acting really weird',
    "my phone doesn't work",
    'something is wrong with my phone',
    'I have a problem with my phone',
    'my cell is broken',
  ])
    assert.ok(isVagueTrouble(plain(text)), text);
});

test('a symptom, a story or a request keeps its own reading', () => {
  for (const text of [
    "my phone doesn't charge",
    'my phone is acting weird since the update',
    'my phone falls off the scaffolding every week, which one survives that?',
    'my phone is broken, is it covered by the warranty?',
    'my phone gets weird and hot when charging',
    'is my order wrong?',
  ])
    assert.not.ok(isVagueTrouble(plain(text)), text);
});

test.run();
