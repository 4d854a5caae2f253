import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { safeNextPath } from './next-path.js';

const cases: [unknown, string][] = [
  ['/account', '/account'],
  ['/shop?q=battery', '/shop?q=battery'],
  ['/policies/privacy#rights', '/policies/privacy#rights'],
  [undefined, '/account'],
  ['', '/account'],
  ['account', '/account'],
  ['https://evil.example/', '/account'],
  ['//evil.example/path', '/account'],
  ['/\\evil.example', '/account'],
  ['/signin', '/account'],
  ['/register?next=/account', '/account'],
  [['/contact', '/shop'], '/contact'],
];

for (const [input, expected] of cases) {
  test(`safeNextPath(${JSON.stringify(input)}) → ${expected}`, () => {
    assert.is(safeNextPath(input), expected);
  });
}

test.run();
