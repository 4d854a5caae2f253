import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clampZoom, dragBy, ZOOM_START, zoomBy, zoomKey, zoomTransform } from './zoom-view.js';

test('[PDP3] the zoom goes from 1× to 4× in half steps and no further', () => {
  assert.is(zoomBy(ZOOM_START, 1).scale, 2.5);
  assert.is(zoomBy(ZOOM_START, 10).scale, 4);
  assert.is(zoomBy(ZOOM_START, -10).scale, 1);
});

test('[PDP3] panning stops where the image edge meets the frame', () => {
  let z = ZOOM_START; // 2×: the image may move 25% of its box each way
  for (let i = 0; i < 20; i++) z = zoomKey(z, 'ArrowRight')!;
  assert.equal(z, { scale: 2, x: -25, y: 0 });
  for (let i = 0; i < 20; i++) z = zoomKey(z, 'ArrowUp')!;
  assert.equal(z, { scale: 2, x: -25, y: 25 });
  // Zooming out pulls the view back inside: at 1× nothing can move.
  assert.equal(zoomBy(zoomBy(z, -1), -1), { scale: 1, x: 0, y: 0 });
});

test('[PDP3] one arrow moves a tenth of the frame; a drag follows the finger', () => {
  assert.equal(zoomKey(ZOOM_START, 'ArrowLeft'), { scale: 2, x: 5, y: 0 });
  assert.equal(dragBy(ZOOM_START, 40, -20, 400), { scale: 2, x: 5, y: -2.5 });
  assert.equal(clampZoom({ scale: 9, x: 99, y: -99 }), { scale: 4, x: 37.5, y: -37.5 });
});

test('[PDP3] keys: + and = zoom in, - zooms out, 0 resets, others are left alone', () => {
  assert.is(zoomKey(ZOOM_START, '+')!.scale, 2.5);
  assert.is(zoomKey(ZOOM_START, '=')!.scale, 2.5);
  assert.is(zoomKey(ZOOM_START, '-')!.scale, 1.5);
  assert.equal(zoomKey(ZOOM_START, '0'), { scale: 1, x: 0, y: 0 });
  assert.is(zoomKey(ZOOM_START, 'Tab'), null);
  assert.is(zoomKey(ZOOM_START, 'Escape'), null);
});

test('[PDP3] the transform scales about the centre, then shifts', () => {
  assert.is(zoomTransform({ scale: 2, x: -5, y: 2.5 }), 'scale(2) translate(-5%, 2.5%)');
});

test.run();
