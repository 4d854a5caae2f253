import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findProducts } from './entities.js';

test("a case named with its phone's short name is the case, not the phone too", () => {
  assert.equal(findProducts('how much is the Go Loop case?'), ['vision-go-loop-case']);
  assert.equal(findProducts('the vision go loop case'), ['vision-go-loop-case']);
  assert.equal(findProducts('is the X Everyday case in black?'), ['vision-x-everyday-case']);
  assert.equal(findProducts('does the loop case fit my go'), ['vision-go-loop-case', 'vision-go']);
});

test.run();
