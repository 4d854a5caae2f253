import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fieldErrorsOf } from './field-errors.js';
import { SavedReplySaveSchema } from './saved-replies.js';
import { fillSavedReply, unknownVariables, type SavedReplyValues } from './saved-reply-fill.js';

const ALL: SavedReplyValues = {
  'shopper.firstName': 'Ada',
  'shopper.name': 'Ada Lovelace',
  'order.number': 'VX-ABCDEFGH',
  'order.status': 'shipped',
  'agent.firstName': 'Sam',
};
const GUEST: SavedReplyValues = {
  'shopper.firstName': null,
  'shopper.name': null,
  'order.number': null,
  'order.status': null,
  'agent.firstName': 'Sam',
};

const FILLS: Array<[what: string, body: string, values: Partial<SavedReplyValues>, text: string, missing: string[]]> = [
  ['shopper.firstName', 'Hi {{shopper.firstName}}!', ALL, 'Hi Ada!', []],
  ['shopper.name', 'Dear {{shopper.name}},', ALL, 'Dear Ada Lovelace,', []],
  ['order.number', 'Order {{order.number}}', ALL, 'Order VX-ABCDEFGH', []],
  ['order.status', 'It is {{order.status}}.', ALL, 'It is shipped.', []],
  ['agent.firstName', '{{agent.firstName}} here', ALL, 'Sam here', []],
  ['spaces inside the braces', 'Hi {{ shopper.firstName }}', ALL, 'Hi Ada', []],
  [
    'a repeated variable, filled each time',
    '{{order.number}} / {{order.number}}',
    ALL,
    'VX-ABCDEFGH / VX-ABCDEFGH',
    [],
  ],
  [
    'missing values stay as written and are named once',
    'Hi {{shopper.firstName}}, order {{order.number}} ({{order.number}}), {{agent.firstName}}',
    GUEST,
    'Hi {{shopper.firstName}}, order {{order.number}} ({{order.number}}), Sam',
    ['shopper.firstName', 'order.number'],
  ],
  ['a value not given at all is missing', 'Hi {{shopper.name}}', {}, 'Hi {{shopper.name}}', ['shopper.name']],
  ['an empty value is missing', 'Hi {{shopper.name}}', { 'shopper.name': '' }, 'Hi {{shopper.name}}', ['shopper.name']],
  ['an unknown variable is left alone, not missing', 'Hi {{shopper.age}}', ALL, 'Hi {{shopper.age}}', []],
  ['single braces are text', 'Use {shopper.name} or {order}', ALL, 'Use {shopper.name} or {order}', []],
  ['empty double braces are text', 'Nothing {{}} or {{ }} here', ALL, 'Nothing {{}} or {{ }} here', []],
  ['braces around words with spaces are text', 'Save {{ 50% off }} now', ALL, 'Save {{ 50% off }} now', []],
  ['unclosed braces are text', 'Hi {{shopper.name', ALL, 'Hi {{shopper.name', []],
  ['triple braces keep the outer pair', '{{{shopper.firstName}}}', ALL, '{Ada}', []],
  [
    'a value is not filled again',
    'Hi {{shopper.name}}',
    { 'shopper.name': '{{agent.firstName}}' },
    'Hi {{agent.firstName}}',
    [],
  ],
  ['a value with $ signs is kept as is', 'Total {{order.number}}', { 'order.number': '$& $1' }, 'Total $& $1', []],
];

for (const [what, body, values, text, missing] of FILLS) {
  test(`[SAVED3] fillSavedReply: ${what}`, () => {
    assert.equal(fillSavedReply(body, values), { text, missing });
  });
}

test('[SAVED2] unknownVariables names each unknown variable once, in order; text that looks like braces is not one', () => {
  assert.equal(unknownVariables('{{shopper.age}} {{ order.total }} {{shopper.age}} {{shopper.name}} { x } {{ a b }}'), [
    'shopper.age',
    'order.total',
  ]);
  assert.equal(unknownVariables('Hi {{shopper.firstName}}'), []);
});

const fieldsOf = (input: unknown) => {
  const parsed = SavedReplySaveSchema.safeParse(input);
  return parsed.success ? parsed.data : fieldErrorsOf(parsed.error);
};

test('[SAVED2] the save schema normalises, and refuses each bad field with its code', () => {
  assert.equal(fieldsOf({ title: '  Refunds ', body: ' Hi\r\nthere \r ' }), { title: 'Refunds', body: 'Hi\nthere' });
  assert.equal(fieldsOf({ id: 3, title: 'T', body: 'B' }), { id: 3, title: 'T', body: 'B' });
  assert.equal(fieldsOf({ title: ' ', body: '' }), { title: { code: 'required' }, body: { code: 'required' } });
  assert.equal(fieldsOf({ title: 'x'.repeat(81), body: 'y'.repeat(2001) }), {
    title: { code: 'too_long', maximum: 80 },
    body: { code: 'too_long', maximum: 2000 },
  });
  assert.equal(fieldsOf({ title: 'T', body: 'Hi {{shopper.nickname}} and {{order.total}}' }), {
    body: { code: 'unknown_variable', variable: 'shopper.nickname' },
  });
  assert.equal(fieldsOf({ id: 0, title: 'T', body: 'B', extra: 1 }), {
    id: { code: 'too_small', minimum: 0 },
    extra: { code: 'not_allowed' },
  });
});

test.run();
