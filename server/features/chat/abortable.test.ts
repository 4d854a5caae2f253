import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { abortable } from './abortable.js';

const test = suite('abortable: stop iterating the moment the signal aborts');

/** 1, 2, … upTo; with `stuckAt`, it stops before 3 until that settles, and calls `onStuck` as it stops. */
async function* counting(upTo: number, stuckAt?: Promise<void>, onStuck?: () => void) {
  for (let i = 1; i <= upTo; i++) {
    if (i === 3 && stuckAt !== undefined) {
      onStuck?.();
      await stuckAt;
    }
    yield i;
  }
}

test('passes every value through when nothing aborts', async () => {
  const seen: number[] = [];
  for await (const n of abortable(counting(5), new AbortController().signal)) seen.push(n);
  assert.equal(seen, [1, 2, 3, 4, 5]);
});

test('ends at once while the source is stuck, and tells the source to return', async () => {
  const controller = new AbortController();
  let release!: () => void;
  const stuck = new Promise<void>((r) => (release = r));
  let returned = false;
  const source = {
    [Symbol.asyncIterator]() {
      const inner = counting(5, stuck, () => controller.abort('stopped')); // abort once it is stuck
      return {
        next: () => inner.next(),
        return: async () => {
          returned = true;
          return inner.return(undefined);
        },
      };
    },
  };
  const seen: number[] = [];
  for await (const n of abortable(source, controller.signal)) seen.push(n);
  assert.equal(seen, [1, 2], 'the loop ended while the source still waited');
  assert.ok(returned, 'the source was told to return');
  release();
});

test('an already aborted signal yields nothing; a source error still propagates', async () => {
  const done = new AbortController();
  done.abort();
  const seen: number[] = [];
  for await (const n of abortable(counting(3), done.signal)) seen.push(n);
  assert.equal(seen, []);
  async function* failing() {
    yield 1;
    throw new Error('upstream broke');
  }
  let caught: unknown;
  try {
    for await (const _ of abortable(failing(), new AbortController().signal)) void _;
  } catch (err) {
    caught = err;
  }
  assert.match(String(caught), 'upstream broke');
});

test.run();
