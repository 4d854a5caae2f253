import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findProducts } from './entities.js';

test("a case named with its phone's short name is the case, not the phone too", () => {
  assert.equal(findProducts('how much is the Go Loop case?'), ['vision-go-loop-case']);
  assert.equal(findProducts('the vision go loop case'), ['vision-go-loop-case']);
  assert.equal(findProducts('is the X Everyday case in black?'), ['vision-x-everyday-case']);
  assert.equal(findProducts('does the loop case fit my go'), ['vision-go-loop-case', 'vision-go']);
});

test('a cable named by its length in metres is that cable', () => {
  assert.equal(findProducts('add the 2 metre cable to my cart'), ['usb-c-braided-cable-2m']);
  assert.equal(findProducts('the two meter cable'), ['usb-c-braided-cable-2m']);
  assert.equal(findProducts('is the 1 metre cable in coral?'), ['usb-c-braided-cable-1m']);
});

test.run();
