import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { viewsOf } from '../shared/product-views.js';
import { drawCatalog } from './draw-product-images.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const catalog = JSON.parse(readFileSync(join(root, 'data/catalog.json'), 'utf8'));

test('[PDP1] two drawings of the catalog are byte-identical, and equal the committed files', () => {
  const [first, second] = [drawCatalog(catalog), drawCatalog(catalog)];
  assert.equal([...first.keys()], [...second.keys()]);
  for (const [name, svg] of first) {
    assert.is(second.get(name), svg, name);
    assert.is(readFileSync(join(root, 'data/images', name), 'utf8'), svg, `${name} is stale: run the script`);
  }
});

test('[PDP1] every colour gets every view of its category, each a titled 400×400 image', () => {
  const files = drawCatalog(catalog);
  let expected = 0;
  for (const p of catalog.products) expected += p.colours.length * viewsOf(p.category).length;
  assert.is(files.size, expected);
  const back = files.get('vision-x/black-back.svg') ?? '';
  assert.match(back, /width="400" height="400"/);
  assert.match(back, /<title id="t">[^<]+\(back view\)<\/title>/);
});

test.run();
