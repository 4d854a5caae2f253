import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FieldIssue } from '../../../shared/field-errors.js';
import type { AppErrorBody, ClientErrorCode } from '../../../shared/result.js';
import { setLocale } from '../i18n/index.js';
import { clientError, errorMessage, fieldMessage, fieldMessages, toClientCode } from './errors.js';

const limited = (retryAfterMs: number) =>
  errorMessage({ code: 'rate_limited', reason: 'too_many_requests', retryAfterMs });

const WAITS: Array<[ms: number, says: string]> = [
  [400, 'Please try again in 1 second.'],
  [4_000, 'Please try again in 4 seconds.'],
  [89_999, 'Please try again in 90 seconds.'],
  [90_000, 'Please try again in 2 minutes.'],
  [12 * 60_000, 'Please try again in 12 minutes.'],
  [20 * 60_000 + 1, 'Please try again in 21 minutes.'],
];

for (const [ms, says] of WAITS) {
  test(`rate_limited with a wait of ${ms} ms: "${says}"`, () => {
    assert.ok(limited(ms).endsWith(says), limited(ms));
  });
}

/** [what, the error as it arrives, the sentence shown]. */
const MESSAGES: Array<[string, AppErrorBody<ClientErrorCode>, string]> = [
  [
    'a reason, with its params',
    { code: 'conflict', reason: 'stock_limit', params: { stock: 2 } },
    'Only 2 left in stock.',
  ],
  [
    'a reason with several params',
    { code: 'conflict', reason: 'stock_short', params: { stock: 1, name: 'Vision X', colour: 'Clear' } },
    'Only 1 left of Vision X (Clear).',
  ],
  ['a reason without params', { code: 'unauthorized', reason: 'wrong_credentials' }, 'Email or password is incorrect.'],
  [
    'a rate_limited reason without a wait',
    { code: 'rate_limited', reason: 'assistant_day_limit' },
    'The assistant has used all it may today. Ask for a person, or come back tomorrow.',
  ],
  [
    'no reason: the first field’s words',
    { code: 'bad_request', fields: { password: { code: 'too_short', minimum: 8 }, name: { code: 'required' } } },
    'Password must be at least 8 characters.',
  ],
  [
    'a reason wins over the fields',
    { code: 'conflict', reason: 'email_taken', fields: { email: { code: 'email_taken' } } },
    'An account with this email already exists.',
  ],
  ['only a code', { code: 'not_found' }, 'That could not be found.'],
  ['a client-side code', clientError('timeout').error, 'The server did not answer in time. Please try again.'],
  [
    'a reason this client has no words for (a newer server): the code’s',
    { code: 'conflict', reason: 'not_a_reason' as never },
    'That conflicts with the current state. Please refresh and try again.',
  ],
];

for (const [what, error, says] of MESSAGES) {
  test(`errorMessage, ${what}: "${says}"`, () => {
    assert.is(errorMessage(error), says);
  });
}

/** [path, issue, the words beside the field]. */
const FIELDS: Array<[string, FieldIssue, string]> = [
  ['email', { code: 'required', expected: 'string' }, 'Enter your email address.'],
  ['email', { code: 'invalid_email' }, 'Enter a valid email address.'],
  ['password', { code: 'too_many_bytes', maximum: 72 }, 'Password must be at most 72 bytes.'],
  ['newPassword', { code: 'same_password' }, 'The new password must differ from the current one.'],
  ['message', { code: 'too_short', minimum: 10 }, 'Write at least 10 characters.'],
  ['body', { code: 'too_short', minimum: 10 }, 'Write at least 10 characters.'],
  ['name', { code: 'too_long', maximum: 80 }, 'Name must be at most 80 characters.'],
  ['address.name', { code: 'required' }, 'Enter the recipient’s name.'],
  ['card.name', { code: 'too_long', maximum: 80 }, 'The name on the card must be at most 80 characters.'],
  // Split by the issue's variant: its format, or its country
  ['code', { code: 'invalid_format', format: 'totp' }, 'Enter the 6-digit code from your authenticator app.'],
  [
    'code',
    { code: 'invalid_format', format: 'one_time_code' },
    'Enter the 6-digit code from your authenticator app, or a recovery code.',
  ],
  ['address.region', { code: 'region_letters', country: 'US' }, 'Enter the state as two letters.'],
  ['address.region', { code: 'region_letters', country: 'CA' }, 'Enter the province as two letters.'],
  ['address.region', { code: 'region_letters', country: 'XX' }, 'Enter the region as two letters.'],
  [
    'address.postalCode',
    { code: 'postal_code', country: 'CA', example: 'K1A 0B1' },
    'Enter a postal code like K1A 0B1.',
  ],
  // A field without words of its own has the code's
  ['cartVersion', { code: 'too_small', minimum: 1 }, 'Enter 1 or more.'],
  ['card.number', { code: 'card_declined' }, 'The card was declined.'],
  ['quantity', { code: 'stock_limit', stock: 3 }, 'Only 3 left in stock.'],
  ['userId', { code: 'not_allowed' }, 'This field is not allowed.'],
  // List indexes are left out: each item has the list's words
  ['ignore.0', { code: 'invalid_choice' }, 'Unknown kind of search chip.'],
  // Whatever the server sends, the words come from the table
  ['__proto__', { code: 'required' }, 'Fill in this field.'],
  ['constructor.required', { code: 'toString' as never }, 'This value is not valid.'],
];

for (const [path, issue, says] of FIELDS) {
  test(`fieldMessage ${path} ${JSON.stringify(issue)}: "${says}"`, () => {
    assert.is(fieldMessage(path, issue), says);
  });
}

test('fieldMessages gives every field its words, keyed as the fields are', () => {
  assert.equal(fieldMessages({ email: { code: 'invalid_email' }, topic: { code: 'invalid_choice' } }), {
    email: 'Enter a valid email address.',
    topic: 'Choose a topic.',
  });
  assert.equal(fieldMessages(undefined), {});
});

test('a code the client does not know is internal; a client error carries its code only', () => {
  assert.is(toClientCode('teapot'), 'internal');
  assert.is(toClientCode('conflict'), 'conflict');
  assert.equal(clientError('disconnected'), { ok: false, error: { code: 'disconnected' } });
});

test('an order status the server names by its code is shown as the order pages word it, in the language shown', async () => {
  const refused = (to?: string): AppErrorBody<ClientErrorCode> =>
    to
      ? { code: 'conflict', reason: 'order_not_movable', params: { status: 'packed', to } }
      : { code: 'conflict', reason: 'order_not_cancellable', params: { status: 'packed' } };
  assert.is(errorMessage(refused()), 'An order with the status "Packed" cannot be cancelled.');
  assert.is(errorMessage(refused('delivered')), 'An order with the status "Packed" cannot be marked "Delivered".');
  try {
    await setLocale('de');
    assert.is(errorMessage(refused()), 'Eine Bestellung mit dem Status „Verpackt“ kann nicht storniert werden.');
  } finally {
    await setLocale('en');
  }
  // A status the client has no word for is shown as it came.
  assert.is(
    errorMessage({ code: 'conflict', reason: 'order_not_cancellable', params: { status: 'lost' } }),
    'An order with the status "lost" cannot be cancelled.',
  );
});

test.run();
