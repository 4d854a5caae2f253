import { createRoot } from 'solid-js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createBottomPin } from './bottom-pin.js';

/** A scroller as the browser keeps it: scrollTop never past the end. */
function fakeScroller(scrollHeight: number, clientHeight: number) {
  let top = 0;
  return {
    scrollHeight,
    clientHeight,
    get scrollTop() {
      return top;
    },
    set scrollTop(value: number) {
      top = Math.max(0, Math.min(value, this.scrollHeight - this.clientHeight));
    },
  };
}

const setup = (height = 1000) => {
  const el = fakeScroller(height, 400);
  const pin = createRoot(() => createBottomPin(() => el as unknown as HTMLElement));
  return { el, pin };
};

test('[SHELL2] new messages keep the transcript at its newest line', () => {
  const { el, pin } = setup();
  pin.follow();
  assert.is(el.scrollTop, 600);
  el.scrollHeight = 1300;
  pin.follow();
  assert.is(el.scrollTop, 900);
});

test('[SHELL2] the late scroll event of an automatic scroll, after more arrived, does not let go', () => {
  const { el, pin } = setup();
  pin.follow();
  el.scrollHeight = 1200; // a second message, before the first scroll's event
  pin.onScroll();
  pin.follow();
  assert.is(el.scrollTop, 800);
});

test('[SHELL2] the reader scrolling up lets go; back at the bottom, it follows again', () => {
  const { el, pin } = setup();
  pin.follow();
  el.scrollTop = 100;
  pin.onScroll();
  el.scrollHeight = 1200;
  pin.follow();
  assert.is(el.scrollTop, 100, 'stays where the reader is');
  el.scrollTop = 790;
  pin.onScroll();
  el.scrollHeight = 1500;
  pin.follow();
  assert.is(el.scrollTop, 1100);
});

test('[SHELL2] a pane that grows back (a form closed) keeps the bottom', () => {
  const { el, pin } = setup();
  pin.follow();
  el.clientHeight = 600; // taller: the browser pulls scrollTop back, a scroll "up" at the bottom
  el.scrollTop = 600; // clamped to 1000 - 600 = 400, as the browser does
  pin.onScroll();
  el.scrollHeight = 1300;
  pin.follow();
  assert.is(el.scrollTop, 700);
});

test.run();
