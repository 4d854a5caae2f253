import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { z } from 'zod';
import { ChangePasswordSchema, NameSchema, NewPasswordSchema, RegisterSchema } from './auth.js';
import { AddressSchema } from './checkout.js';
import { ContactMessageSchema } from './contact.js';
import { FIELD_CODES, fieldErrorsOf, fieldIssueOf, type FieldErrors, type FieldIssue } from './field-errors.js';
import { EnableTwoFactorSchema, LoginCodeSchema } from './two-factor.js';

const issueOf = (schema: z.ZodType, input: unknown): FieldIssue => {
  const parsed = schema.safeParse(input);
  assert.is(parsed.success, false, `${JSON.stringify(input)} was accepted`);
  return fieldIssueOf(parsed.error!.issues[0]!);
};

/** [what zod reports, schema, input, the field code with its values]. */
const ISSUES: Array<[string, z.ZodType, unknown, FieldIssue]> = [
  ['invalid_type: missing', z.string(), undefined, { code: 'required', expected: 'string' }],
  ['invalid_type: a number for text', z.string(), 42, { code: 'required', expected: 'string' }],
  ['invalid_type: text for a number', z.number(), '1', { code: 'required', expected: 'number' }],
  ['invalid_type: a fraction for an int', z.number().int(), 1.5, { code: 'not_integer' }],
  ['too_small, string, minimum 1: empty', z.string().min(1), '', { code: 'required' }],
  ['too_small, string', z.string().min(8), 'short', { code: 'too_short', minimum: 8 }],
  ['too_big, string', z.string().max(3), 'long', { code: 'too_long', maximum: 3 }],
  ['too_small, number', z.number().min(1), 0, { code: 'too_small', minimum: 1 }],
  ['too_small, positive (exclusive 0)', z.number().positive(), 0, { code: 'too_small', minimum: 0 }],
  ['too_big, number', z.number().max(10), 11, { code: 'too_big', maximum: 10 }],
  ['too_small, array', z.array(z.string()).min(1), [], { code: 'too_few', minimum: 1 }],
  ['too_big, array', z.array(z.string()).max(1), ['a', 'b'], { code: 'too_many', maximum: 1 }],
  ['invalid_format, email', z.email(), 'ada-at-example', { code: 'invalid_email' }],
  ['invalid_format, a bare pattern', z.string().regex(/^x$/), 'y', { code: 'invalid_format' }],
  ['invalid_format, uuid', z.uuid(), 'nope', { code: 'invalid_format', format: 'uuid' }],
  [
    'invalid_format, a named format',
    z.stringFormat('totp', /^\d{6}$/),
    '12',
    { code: 'invalid_format', format: 'totp' },
  ],
  ['invalid_value (enum)', z.enum(['a', 'b']), 'c', { code: 'invalid_choice' }],
  ['invalid_value (literal)', z.literal('a'), 'b', { code: 'invalid_choice' }],
  ['invalid_union', z.union([z.string(), z.number()]), true, { code: 'invalid' }],
  ['not_multiple_of', z.number().multipleOf(5), 7, { code: 'invalid' }],
  ['custom with a field code', NameSchema, 'Ada <b>', { code: 'bad_characters' }],
  ['custom with a code and values', NewPasswordSchema, 'é'.repeat(37), { code: 'too_many_bytes', maximum: 72 }],
  ['custom without a field code', z.string().refine(() => false, 'Nope.'), 'x', { code: 'invalid' }],
  [
    'custom with an unknown code',
    z.string().refine(() => false, { params: { code: 'made_up' } }),
    'x',
    { code: 'invalid' },
  ],
  [
    'custom: only string and number values travel',
    z.string().refine(() => false, { params: { code: 'too_many_bytes', maximum: 9, extra: { no: 1 }, flag: true } }),
    'x',
    { code: 'too_many_bytes', maximum: 9 },
  ],
];

for (const [what, schema, input, expected] of ISSUES) {
  test(`fieldIssueOf ${what}: ${JSON.stringify(expected)}`, () => {
    assert.equal(issueOf(schema, input), expected);
  });
}

test('every code fieldIssueOf makes is a field code', () => {
  for (const [, , , expected] of ISSUES) assert.ok(FIELD_CODES.includes(expected.code), expected.code);
});

/** [what, schema, input, the fields a bad_request names, or the client shows]. */
const FORMS: Array<[string, z.ZodType, unknown, FieldErrors]> = [
  [
    'register, all wrong: one code per field, by path',
    RegisterSchema,
    { email: 'x', name: '', password: 'short' },
    {
      email: { code: 'invalid_email' },
      name: { code: 'required' },
      password: { code: 'too_short', minimum: 8 },
    },
  ],
  [
    'register, nothing sent',
    RegisterSchema,
    {},
    {
      email: { code: 'required', expected: 'string' },
      name: { code: 'required', expected: 'string' },
      password: { code: 'required', expected: 'string' },
    },
  ],
  [
    'an unknown key is named by its own path',
    RegisterSchema,
    { email: 'ada@example.com', name: 'Ada', password: 'long enough', role: 'staff' },
    { role: { code: 'not_allowed' } },
  ],
  [
    'keys such as __proto__ are plain keys',
    RegisterSchema,
    JSON.parse('{"email":"ada@example.com","name":"Ada","password":"long enough","__proto__":1,"constructor":2}'),
    JSON.parse('{"__proto__":{"code":"not_allowed"},"constructor":{"code":"not_allowed"}}'),
  ],
  [
    'not an object at all: the payload itself, as `_`',
    RegisterSchema,
    'hello',
    { _: { code: 'required', expected: 'object' } },
  ],
  [
    'the first issue of a field wins',
    z.strictObject({
      p: z
        .string()
        .min(8)
        .refine(() => false, { params: { code: 'common_password' } }),
    }),
    { p: 'short' },
    { p: { code: 'too_short', minimum: 8 } },
  ],
  [
    'a refine on the object names its path',
    ChangePasswordSchema,
    { currentPassword: 'the same one', newPassword: 'the same one' },
    { newPassword: { code: 'same_password' } },
  ],
  [
    'nested paths are dotted; postal code and region carry their country',
    z.strictObject({ address: AddressSchema }),
    {
      address: { name: 'Ada', line1: '1 Main St', city: 'Toronto', region: 'Ontario', postalCode: '1', country: 'CA' },
    },
    {
      'address.postalCode': { code: 'postal_code', country: 'CA', example: 'K1A 0B1' },
      'address.region': { code: 'region_letters', country: 'CA' },
    },
  ],
  [
    'contact: an unknown topic and a short message',
    ContactMessageSchema,
    { name: 'Ada', email: 'ada@example.com', topic: 'spam', message: ' hi ' },
    { topic: { code: 'invalid_choice' }, message: { code: 'too_short', minimum: 10 } },
  ],
  [
    'two-step codes say which code was wanted',
    z.strictObject({ setup: EnableTwoFactorSchema, signIn: LoginCodeSchema }),
    { setup: { code: 'abcde-fghjk' }, signIn: { pendingToken: 'x', code: '12' } },
    {
      'setup.code': { code: 'invalid_format', format: 'totp' },
      'signIn.pendingToken': { code: 'invalid_format' },
      'signIn.code': { code: 'invalid_format', format: 'one_time_code' },
    },
  ],
];

for (const [what, schema, input, expected] of FORMS) {
  test(`fieldErrorsOf ${what}`, () => {
    const parsed = schema.safeParse(input);
    assert.is(parsed.success, false);
    const fields = fieldErrorsOf(parsed.error!);
    // As entries: uvu compares objects by their `constructor`, which one of these has as a key.
    assert.equal(Object.entries(fields), Object.entries(expected));
    assert.is(Object.getPrototypeOf(fields), Object.prototype, 'a plain object, its prototype untouched');
  });
}

test('no English travels: every issue is codes and values only', () => {
  const parsed = RegisterSchema.safeParse({ email: 5, name: 'x'.repeat(81), password: 'é'.repeat(40) });
  const text = JSON.stringify(fieldErrorsOf(parsed.error!));
  assert.not.match(text, /[A-Z]|\s/, text);
});

test.run();
