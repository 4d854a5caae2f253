import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CHAT_ERROR_CODES } from '../../../shared/chat.js';
import { FIELD_CODES } from '../../../shared/field-errors.js';
import { CLIENT_ERROR_CODES, ERROR_REASONS } from '../../../shared/result.js';
import { en } from './en.js';
import { tIfAny } from './index.js';

/**
 * The wire carries codes; these are the only words for them. Every code, reason and field code
 * has words, and the tables hold nothing else (a code renamed on one side fails here).
 */
const TABLES: Array<[table: string, prefix: string, codes: readonly string[], entries: object]> = [
  ['error codes', 'errors', CLIENT_ERROR_CODES, {}],
  ['reasons', 'errors.reasons', ERROR_REASONS, en.errors.reasons],
  ['field codes', 'fieldErrors.codes', FIELD_CODES, en.fieldErrors.codes],
  ['answer errors', 'errors.answer', CHAT_ERROR_CODES, en.errors.answer],
];

for (const [table, prefix, codes, entries] of TABLES) {
  for (const code of codes) {
    test(`${table}: ${code} has words`, () => {
      const words = tIfAny(`${prefix}.${code}`);
      assert.type(words, 'string', `${prefix}.${code} has no words`);
      assert.ok(words!.trim().length > 0);
    });
  }
  test(`${table}: the table has words for those codes only`, () => {
    assert.equal(
      Object.keys(entries).filter((key) => !codes.includes(key)),
      [],
    );
  });
}

/** Every code a field's own words are for is a field code; a split by variant holds words only. */
function fieldCodesOf(node: object, path: string[] = []): Array<[path: string, code: string]> {
  return Object.entries(node).flatMap(([key, value]) => {
    if (typeof value === 'string') return [[path.join('.'), key] as [string, string]];
    const codes = Object.keys(value);
    // A variant split: { US: '…', CA: '…' } under a field code.
    if (FIELD_CODES.includes(key as never) && Object.values(value).every((v) => typeof v === 'string'))
      return codes.map(() => [path.join('.'), key] as [string, string]);
    return fieldCodesOf(value as object, [...path, key]);
  });
}

test('fields: every field’s own words are for a known field code', () => {
  const unknown = fieldCodesOf(en.fieldErrors.fields).filter(([, code]) => !FIELD_CODES.includes(code as never));
  assert.equal(unknown, []);
});

test('words name only the values their codes carry (no placeholder left unfilled)', () => {
  const PARAMS: Record<string, string[]> = {
    too_short: ['minimum'],
    too_long: ['maximum'],
    too_small: ['minimum'],
    too_big: ['maximum'],
    too_few: ['minimum'],
    too_many: ['maximum'],
    too_many_bytes: ['maximum'],
    postal_code: ['example'],
    stock_limit: ['stock'],
    unknown_variable: ['variable'],
    too_far_ahead: ['maximum'],
  };
  const placeholders = (words: string) => [...words.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const wrong = fieldCodesOf(en.fieldErrors.fields)
    .concat(Object.keys(en.fieldErrors.codes).map((code) => ['', code]))
    .flatMap(([path, code]) => {
      const key = path ? `fieldErrors.fields.${path}.${code}` : `fieldErrors.codes.${code}`;
      const words = tIfAny(key);
      if (words === undefined) return []; // split by variant
      return placeholders(words)
        .filter((name) => !(PARAMS[code] ?? []).includes(name))
        .map((name) => `${key}: {${name}}`);
    });
  assert.equal(wrong, []);
});

test.run();
