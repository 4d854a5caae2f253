import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fieldErrorsOf } from './field-errors.js';
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX, ReviewAddSchema } from './reviews.js';

const base = { productId: 1, rating: 5, title: 'Great', body: 'Does what it says on the box.' };

test('accepted input is trimmed and normalised; the title may be left out', () => {
  const parsed = ReviewAddSchema.parse({ ...base, title: '  Great  ', body: '  Line one\r\nline two\rline three  ' });
  assert.equal(parsed, { ...base, title: 'Great', body: 'Line one\nline two\nline three' });
  assert.is(ReviewAddSchema.parse({ productId: 1, rating: 1, body: 'Ten chars!' }).title, '');
  assert.is(ReviewAddSchema.parse({ ...base, title: '   ' }).title, '');
  assert.is(ReviewAddSchema.parse({ ...base, title: 'x'.repeat(REVIEW_TITLE_MAX) }).title.length, REVIEW_TITLE_MAX);
  assert.is(ReviewAddSchema.parse({ ...base, body: 'y'.repeat(REVIEW_BODY_MAX) }).body.length, REVIEW_BODY_MAX);
});

test('plain text that merely looks like markup is kept as written', () => {
  for (const body of [
    'I <3 this phone, truly.',
    'Battery: 5 > 4 > 3 stars',
    'Tabs\tand\nnew lines are fine',
    'a < b and c & d; fine.',
  ]) {
    assert.is(ReviewAddSchema.parse({ ...base, body }).body, body);
  }
});

const refused: Array<[string, Record<string, unknown>, string]> = [
  ['rating 0', { rating: 0 }, 'rating'],
  ['rating 6', { rating: 6 }, 'rating'],
  ['rating 2.5', { rating: 2.5 }, 'rating'],
  ['rating "5"', { rating: '5' }, 'rating'],
  ['no rating', { rating: undefined }, 'rating'],
  ['body of 9 characters once trimmed', { body: '  123456789  ' }, 'body'],
  ['body too long', { body: 'y'.repeat(REVIEW_BODY_MAX + 1) }, 'body'],
  ['body not text', { body: 42 }, 'body'],
  ['title too long', { title: 'x'.repeat(REVIEW_TITLE_MAX + 1) }, 'title'],
  ['title over two lines', { title: 'Good\nphone' }, 'title'],
  ['title null', { title: null }, 'title'],
  ['HTML tag in the body', { body: 'Nice <b>phone</b>, really.' }, 'body'],
  ['script in the body', { body: '<script>alert(1)</script> ok ok' }, 'body'],
  ['HTML comment in the body', { body: 'Hidden <!-- note --> words here' }, 'body'],
  ['HTML tag in the title', { title: '<img src=x onerror=alert(1)>' }, 'title'],
  ['NUL in the body', { body: 'Null byte \u0000 inside' }, 'body'],
  ['escape sequence in the body', { body: 'Colour \u001b[31mred\u001b[0m text' }, 'body'],
  ['C1 control in the title', { title: 'Bad \u0085 title' }, 'title'],
  ['DEL in the body', { body: 'Delete \u007f character here' }, 'body'],
  ['an extra key', { userId: 7 }, 'userId'],
  ['verified sent by the client', { verified: true }, 'verified'],
  ['product id 0', { productId: 0 }, 'productId'],
  ['product id as text', { productId: '1' }, 'productId'],
];
for (const [name, change, field] of refused) {
  test(`refused: ${name}`, () => {
    const res = ReviewAddSchema.safeParse({ ...base, ...change });
    assert.is(res.success, false);
    const paths = res.error!.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [i.path.join('.')]));
    assert.equal(paths, [field]);
  });
}

test('each refusal says what is wrong as a field code', () => {
  const issue = (change: Record<string, unknown>) =>
    fieldErrorsOf(ReviewAddSchema.safeParse({ ...base, ...change }).error!);
  assert.equal(issue({ rating: 0 }), { rating: { code: 'too_small', minimum: 1 } });
  assert.equal(issue({ rating: 4.5 }), { rating: { code: 'not_integer' } });
  assert.equal(issue({ body: 'short' }), { body: { code: 'too_short', minimum: 10 } });
  assert.equal(issue({ body: '<p>Paragraph text</p>' }), { body: { code: 'html_not_allowed' } });
  assert.equal(issue({ body: 'Null byte \u0000 inside' }), { body: { code: 'bad_characters' } });
  assert.equal(issue({ title: 'Two\nlines' }), { title: { code: 'one_line' } });
});

test.run();
