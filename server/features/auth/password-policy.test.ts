import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { FieldIssue } from '../../../shared/field-errors.js';
import { checkPassword, loadCommonPasswords } from './password-policy.js';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const common = loadCommonPasswords(join(root, 'data/common-passwords.txt'));

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const base8 = 'k7#mPq2x';

const TOO_SHORT: FieldIssue = { code: 'too_short', minimum: 8 };
const TOO_LONG: FieldIssue = { code: 'too_long', maximum: 64 };
const TOO_MANY_BYTES: FieldIssue = { code: 'too_many_bytes', maximum: 72 };
const TOO_COMMON: FieldIssue = { code: 'common_password' };
const NOT_A_STRING: FieldIssue = { code: 'required', expected: 'string' };

/** [label, password, expected: null = accepted, or the field code with its values]. */
const CASES: Array<[string, unknown, FieldIssue | null]> = [
  // length, counted in characters
  ['7 characters', base8.slice(0, 7), TOO_SHORT],
  ['8 characters', base8, null],
  ['64 characters', base8.repeat(8), null],
  ['65 characters', `${base8.repeat(8)}z`, TOO_LONG],
  ['empty', '', TOO_SHORT],
  // bcrypt's 72-byte input limit: rejected, never truncated
  ['36 × é: 36 chars, 72 bytes', 'é'.repeat(36), null],
  ['37 × é: 37 chars, 74 bytes', 'é'.repeat(37), TOO_MANY_BYTES],
  ['2 ASCII + 35 × é: 37 chars, 72 bytes', `ab${'é'.repeat(35)}`, null],
  ['28 ASCII + 36 × é: 64 chars, 100 bytes', `${base8.repeat(3)}abcd${'é'.repeat(36)}`, TOO_MANY_BYTES],
  ['24 × €: 72 bytes', '€'.repeat(24), null],
  ['25 × €: 75 bytes', '€'.repeat(25), TOO_MANY_BYTES],
  ['18 × 🔑: 72 bytes', '🔑'.repeat(18), null],
  ['19 × 🔑: 76 bytes', '🔑'.repeat(19), TOO_MANY_BYTES],
  // common passwords, matched case-insensitively
  ['password', 'password', TOO_COMMON],
  ['PASSWORD', 'PASSWORD', TOO_COMMON],
  ['Password1', 'Password1', TOO_COMMON],
  ['pAsSwOrD1', 'pAsSwOrD1', TOO_COMMON],
  ['12345678', '12345678', TOO_COMMON],
  ['qwerty123', 'qwerty123', TOO_COMMON],
  ['trustno1', 'TrustNo1', TOO_COMMON],
  ['a mixed-case entry of the list, lower-cased', 'usuckballz1', TOO_COMMON],
  ['a mixed-case entry of the list, upper-cased', 'USUCKBALLZ1', TOO_COMMON],
  // no composition rules
  ['a passphrase with spaces', 'correct horse battery staple', null],
  ['all lower-case letters', 'meadowlarkquiet', null],
  ['all digits, not a common one', '90417263558', null],
  ['not common once extended', 'password-for-the-violet-harbour', null],
  // not a string at all
  ['a number', 12345678, NOT_A_STRING],
  ['null', null, NOT_A_STRING],
  ['undefined', undefined, NOT_A_STRING],
  ['an array', ['correct horse battery staple'], NOT_A_STRING],
  ['an object', { length: 12 }, NOT_A_STRING],
];

const policy = suite('password policy');

policy('the byte cases measure what they claim', () => {
  assert.is('é'.repeat(37).length, 37);
  assert.is(utf8('é'.repeat(37)), 74);
  const mixed = `${base8.repeat(3)}abcd${'é'.repeat(36)}`;
  assert.is(mixed.length, 64);
  assert.ok(utf8(mixed) > 72);
  assert.is(utf8('🔑'.repeat(18)), 72);
});

for (const [label, password, expected] of CASES) {
  policy(`${label}: ${expected ? 'rejected' : 'accepted'}`, () => {
    const problem = checkPassword(password, common);
    if (expected === null) assert.is(problem, null);
    else assert.equal(problem, expected);
  });
}

policy('the shipped list is loaded (about a thousand entries)', () => {
  assert.ok(common.size >= 990, `only ${common.size} entries`);
  assert.ok(common.has('password'));
  assert.ok(common.has('usuckballz1'), 'entries are lower-cased');
});

policy('the loader trims, lower-cases and skips blank lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vx-common-'));
  try {
    const file = join(dir, 'list.txt');
    writeFileSync(file, '  Hunter2Hunter2 \r\n\n\nSECRETSAUCE\n');
    const set = loadCommonPasswords(file);
    assert.equal([...set].sort(), ['hunter2hunter2', 'secretsauce']);
    assert.equal(checkPassword('HUNTER2hunter2', set), TOO_COMMON);
    assert.is(checkPassword('password', set), null, 'only the given list counts');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

policy.run();
