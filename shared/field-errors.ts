import type { z } from 'zod';

/**
 * What is wrong with one field, as a code and the numbers or names its words need: the wire
 * carries no sentences, the client's i18n has the words for each code (client/src/i18n/en/field-errors.ts).
 * The server's bad_request and the client's own checks both make them with `fieldErrorsOf`, so a
 * form shows the same words whichever side found the problem.
 */
export const FIELD_CODES = [
  // From zod's issues (fieldIssueOf)
  /** Missing, empty, or not of the expected type (`expected`). */
  'required',
  /** Text shorter than `minimum` characters. */
  'too_short',
  /** Text longer than `maximum` characters. */
  'too_long',
  /** A number below `minimum`. */
  'too_small',
  /** A number above `maximum`. */
  'too_big',
  /** A list with fewer than `minimum` items. */
  'too_few',
  /** A list with more than `maximum` items. */
  'too_many',
  'not_integer',
  'invalid_email',
  /** Text not of its `format` (a zod or a named string format, e.g. `totp`; none for a bare pattern). */
  'invalid_format',
  /** Not one of the allowed values. */
  'invalid_choice',
  /** A key the request does not take. */
  'not_allowed',
  /** Anything else zod reports. */
  'invalid',
  // The shared schemas' own rules (`fieldRule`)
  'bad_characters',
  'html_not_allowed',
  'one_line',
  /** More than `maximum` UTF-8 bytes. */
  'too_many_bytes',
  'same_password',
  /** The confirmation differs from the new password. */
  'passwords_differ',
  'price_range',
  /** Not a postal code of `country`. */
  'postal_code',
  /** The state or province of `country` is not two letters. */
  'region_letters',
  /** Only punctuation: nothing to search for. */
  'no_words',
  // The server's checks
  'common_password',
  'email_taken',
  'wrong_password',
  'wrong_code',
  'code_used',
  'totp_only',
  'card_invalid',
  'card_expired',
  'cvc_invalid',
  'card_declined',
  'insufficient_funds',
  'out_of_stock',
  /** Only `stock` left. */
  'stock_limit',
  'not_of_product',
  /** A saved reply names a `variable` saved replies do not know. */
  'unknown_variable',
  /** A time that must be later than now (a snooze). */
  'not_in_future',
  /** A time more than `maximum` days ahead. */
  'too_far_ahead',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

export type FieldParams = Record<string, string | number>;
/** `{ code: 'too_short', minimum: 8 }`: the code and the values its words need. */
export type FieldIssue = { code: FieldCode } & FieldParams;
/** One issue per field, keyed by the field's dotted path in the payload ("address.postalCode"); `_` is the payload itself. */
export type FieldErrors = Record<string, FieldIssue>;

const isFieldCode = (code: unknown): code is FieldCode => (FIELD_CODES as readonly unknown[]).includes(code);

/**
 * The `error` option of a schema's own check (`.refine(…, fieldRule('bad_characters'))`,
 * `ctx.addIssue({ code: 'custom', ...fieldRule('postal_code', { country }) })`): its code and
 * values travel in the issue's `params`; the message is a fallback for logs only.
 */
export function fieldRule(code: FieldCode, params: FieldParams = {}) {
  return { message: code, params: { ...params, code } };
}

const sizeCodes = {
  too_small: { string: 'too_short', array: 'too_few', set: 'too_few' },
  too_big: { string: 'too_long', array: 'too_many', set: 'too_many' },
} as const;

/** One zod issue as a field code with its values. zod's English messages are never used. */
export function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? { code: 'not_integer' } : { code: 'required', expected: issue.expected };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string' && minimum <= 1) return { code: 'required' };
      const code = sizeCodes.too_small[issue.origin as keyof typeof sizeCodes.too_small] ?? 'too_small';
      return { code, minimum };
    }
    case 'too_big': {
      const code = sizeCodes.too_big[issue.origin as keyof typeof sizeCodes.too_big] ?? 'too_big';
      return { code, maximum: Number(issue.maximum) };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email' };
      return issue.format === 'regex' ? { code: 'invalid_format' } : { code: 'invalid_format', format: issue.format };
    case 'invalid_value':
      return { code: 'invalid_choice' };
    case 'unrecognized_keys':
      return { code: 'not_allowed' };
    case 'custom': {
      const { code, ...params } = issue.params ?? {};
      if (!isFieldCode(code)) return { code: 'invalid' };
      const values = Object.entries(params).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
      return { ...Object.fromEntries(values), code };
    }
    default:
      return { code: 'invalid' };
  }
}

/**
 * The first issue of each field of a failed parse, keyed by its dotted path; an unknown key is
 * named by its own path. The one helper both sides use: the server answers them in a
 * bad_request's `fields`, the client shows them beside the controls before sending.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  // A Map, not an object literal: keys such as `__proto__` or `constructor` come from the client.
  const found = new Map<string, FieldIssue>();
  const add = (path: readonly PropertyKey[], fieldIssue: FieldIssue) => {
    const key = path.length ? path.map(String).join('.') : '_';
    if (!found.has(key)) found.set(key, fieldIssue);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) add([...issue.path, k], { code: 'not_allowed' });
      continue;
    }
    add(issue.path, fieldIssueOf(issue));
  }
  return Object.fromEntries(found);
}
