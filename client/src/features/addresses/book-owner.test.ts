import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bookFor, createGenerations, ownerId } from './book-owner.js';

test('[BOOK9] a held book is read only for the account it was read for', () => {
  const held = { owner: 7, book: ['home'] };
  assert.equal(bookFor(held, 7), ['home']);
  assert.is(bookFor(held, 8), null, 'the next account in the tab gets none of it');
  assert.is(bookFor(held, null), null, 'nor a guest');
  assert.is(bookFor({ owner: undefined, book: [] }, null), null, 'nothing read yet is not ready');
  assert.equal(bookFor({ owner: null, book: [] }, null), [], 'a guest’s own (empty) book');
});

test('[BOOK9] the viewer’s id: a guest or a viewer not known yet is null', () => {
  assert.is(ownerId({ id: 3 }), 3);
  assert.is(ownerId(null), null);
  assert.is(ownerId(undefined), null);
});

test('[BOOK9] an answer started before the viewer changed is not current', () => {
  const generations = createGenerations();
  const started = generations.now();
  assert.ok(generations.isCurrent(started));
  generations.next();
  assert.not.ok(generations.isCurrent(started));
  assert.ok(generations.isCurrent(generations.now()));
});

test.run();
