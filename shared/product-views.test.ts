import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { galleryOf, keepView, viewFile, viewsOf } from './product-views.js';

test('[PDP1] the front keeps the historic file name; other views add the view', () => {
  assert.is(viewFile('black', 'front'), 'black.svg');
  assert.is(viewFile('ocean-blue', 'back'), 'ocean-blue-back.svg');
  assert.is(viewFile('white', 'detail'), 'white-detail.svg');
});

test('[PDP1] every category starts with the front; cables and glass have no back', () => {
  for (const c of ['phones', 'cases', 'chargers', 'audio', 'wearables', 'cables', 'screen-protectors'] as const)
    assert.is(viewsOf(c)[0], 'front');
  assert.equal(viewsOf('phones'), ['front', 'back', 'side', 'detail']);
  assert.equal(viewsOf('cables'), ['front', 'side', 'detail']);
  assert.equal(viewsOf('screen-protectors'), ['front', 'side', 'detail']);
});

test('[PDP1] the gallery of a colour carries the front URL hash on every view', () => {
  assert.equal(galleryOf('/images/vision-x/forest-green.svg?v=abc123', 'forest-green', 'phones'), [
    { view: 'front', url: '/images/vision-x/forest-green.svg?v=abc123' },
    { view: 'back', url: '/images/vision-x/forest-green-back.svg?v=abc123' },
    { view: 'side', url: '/images/vision-x/forest-green-side.svg?v=abc123' },
    { view: 'detail', url: '/images/vision-x/forest-green-detail.svg?v=abc123' },
  ]);
  assert.equal(
    galleryOf('/images/usb-c/black.svg?v=1', 'black', 'cables').map((g) => g.view),
    ['front', 'side', 'detail'],
  );
});

test('[PDP1] a URL not of the expected shape is a gallery of its one image', () => {
  assert.equal(galleryOf('/images/x/other.svg', 'black', 'phones'), [{ view: 'front', url: '/images/x/other.svg' }]);
});

test('[PDP1] changing colour keeps the view when the colour has it, else shows the front', () => {
  const g = galleryOf('/images/a/black.svg?v=1', 'black', 'cables');
  assert.is(keepView('side', g), 'side');
  assert.is(keepView('back', g), 'front');
});

test.run();
