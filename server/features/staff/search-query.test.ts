import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { searchWordsOf, StaffSearchSchema } from '../../../shared/desk-search.js';
import { fieldErrorsOf, type FieldErrors } from '../../../shared/field-errors.js';
import {
  containsPattern,
  decodeCursor,
  encodeCursor,
  ftsQueryOf,
  orderQueryOf,
  snippetSegments,
} from './search-query.js';

const test = suite('staff search: the query rules');

test('[SRCH2] words as the message index splits them: accents and case dropped, punctuation a gap', () => {
  const cases: Array<[string, string[]]> = [
    ['Crème Brûlée', ['creme', 'brulee']],
    ['VX-7KQ2', ['vx', '7kq2']],
    ['  "iPhone" AND (case)* ', ['iphone', 'and', 'case']],
    ['?!…', []],
  ];
  for (const [q, words] of cases) assert.equal(searchWordsOf(q), words, q);
});

test('[SRCH2] every word is a quoted term, the last a prefix (of two letters or more): FTS5 syntax in the text stays text', () => {
  const cases: Array<[string, string]> = [
    ['cracked screen', '"cracked" "screen"*'],
    ['NEAR(a b) OR c*', '"near" "a" "b" "or" "c"'], // a one-letter last word: exact, not a prefix
    ['screen x', '"screen" "x"'],
    ['screen xl', '"screen" "xl"*'],
    ['col:umn "quote', '"col" "umn" "quote"*'],
    ['refund', '"refund"*'],
  ];
  for (const [q, fts] of cases) assert.is(ftsQueryOf(q), fts, q);
});

test('[SRCH4] an order number whole (any case) or its first four or more characters; anything else is no number', () => {
  const cases: Array<[string, ReturnType<typeof orderQueryOf>]> = [
    ['vx-7kq2m9pa', { exact: 'VX-7KQ2M9PA' }],
    [' VX-7KQ2 ', { prefix: 'VX-7KQ2' }],
    ['VX-7KQ', null],
    ['VX-7KQ2M9PAB', null],
    ['VX-10OI', null], // letters an order number never has
    ['7KQ2M9PA', null],
  ];
  for (const [q, expected] of cases) assert.equal(orderQueryOf(q), expected, q);
});

test("[SRCH3] LIKE's own wildcards in the query are taken literally", () => {
  assert.is(containsPattern(' 100%_off\\ '), '%100\\%\\_off\\\\%');
});

test('[SRCH5] a cursor round-trips; one no page could have made is refused', () => {
  assert.equal(decodeCursor(encodeCursor({ hwm: 50_000, key: 123 })), { hwm: 50_000, key: 123 });
  assert.is(decodeCursor('zzzzzzzzzzzz.1'), null, 'past the safe integers');
});

test('[SRCH2] a snippet: the words matched marked (the last as a prefix, accents and case folded), around the first match', () => {
  const mark = (content: string, q: string) =>
    snippetSegments(content, searchWordsOf(q))
      .map((s) => (s.match ? `[${s.text}]` : s.text))
      .join('');
  assert.is(
    mark('My screen is CRACKED, the screenshot shows it', 'screen crack'),
    'My [screen] is [CRACKED], the screenshot shows it',
  );
  assert.is(mark('Die Crème brûlée war kalt', 'creme brul'), 'Die [Crème] [brûlée] war kalt');
  assert.is(mark('a <b>bold</b> claim', 'bold'), 'a <b>[bold]</b> claim', 'markup is text');
  const long = `${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')} hinge ${Array.from({ length: 30 }, (_, i) => `v${i}`).join(' ')}`;
  assert.is(
    mark(long, 'hinge'),
    `…w24 w25 w26 w27 w28 w29 [hinge] ${Array.from({ length: 17 }, (_, i) => `v${i}`).join(' ')}…`,
  );
  assert.equal(snippetSegments('line one\n\nline two', ['two']), [
    { text: 'line one line ', match: false },
    { text: 'two', match: true },
  ]);
});

test('[SRCH1] the schema: a word is needed, 200 characters at most, pages of 1–50, a cursor of its own shape', () => {
  assert.equal(StaffSearchSchema.parse({ q: '  refund ' }), { q: 'refund', limit: 25 });
  const bad: Array<[unknown, FieldErrors]> = [
    [{ q: '?!…' }, { q: { code: 'no_words' } }],
    [{ q: '   ' }, { q: { code: 'required' } }],
    [{ q: 'x'.repeat(201) }, { q: { code: 'too_long', maximum: 200 } }],
    [{ q: 'a', limit: 0 }, { limit: { code: 'too_small', minimum: 1 } }],
    [{ q: 'a', limit: 51 }, { limit: { code: 'too_big', maximum: 50 } }],
    [{ q: 'a', cursor: "1' or 1=1" }, { cursor: { code: 'invalid_format' } }],
    [{ q: 'a', offset: 100 }, { offset: { code: 'not_allowed' } }],
    [{}, { q: { code: 'required', expected: 'string' } }],
  ];
  for (const [input, fields] of bad) {
    const parsed = StaffSearchSchema.safeParse(input);
    assert.equal(parsed.success ? 'accepted' : fieldErrorsOf(parsed.error), fields, JSON.stringify(input));
  }
});

test.run();
