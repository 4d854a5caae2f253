import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SavedReply } from '../../../../shared/saved-replies.js';
import { matchSavedReplies, replaceTrigger, slashTrigger } from './slash-trigger.js';

const at = (textWithCaret: string) => {
  const caret = textWithCaret.indexOf('|');
  return slashTrigger(textWithCaret.replace('|', ''), caret);
};

const TRIGGERS: Array<[what: string, text: string, expected: ReturnType<typeof slashTrigger>]> = [
  ['a lone / at the start opens the list', '/|', { start: 0, query: '' }],
  ['the query is what follows the / up to the caret', '/ref|', { start: 0, query: 'ref' }],
  ['after a space', 'Hi there /ord|', { start: 9, query: 'ord' }],
  ['after a line break', 'Hi\n/ord|', { start: 3, query: 'ord' }],
  ['after a tab', 'Hi\t/ord|', { start: 3, query: 'ord' }],
  ['the caret, not the end of the text, ends the query', '/ref| and more', { start: 0, query: 'ref' }],
  ['a query may hold spaces (titles do)', '/where is|', { start: 0, query: 'where is' }],
  ['not inside a word', 'and/or|', null],
  ['not in a link', 'see https://visionx.example/help|', null],
  ['not when a space follows the / at once', '/ ref|', null],
  ['closed by a line break after it', '/ref\nmore|', null],
  ['closed once the query is too long', `/${'x'.repeat(41)}|`, null],
  ['no / at all', 'hello|', null],
  ['the last / before the caret counts', '/a /b|', { start: 3, query: 'b' }],
  ['a caret before the / sees none', '|/ref', null],
];

for (const [what, text, expected] of TRIGGERS) {
  test(`[SAVED4] slashTrigger: ${what}`, () => {
    assert.equal(at(text), expected);
  });
}

const reply = (id: number, title: string, body: string): SavedReply => ({
  id,
  title,
  body,
  updatedBy: 'Sam',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const REPLIES = [
  reply(1, 'Apology', 'Sorry for the wait, {{shopper.firstName}}.'),
  reply(2, 'Order status', 'Your order {{order.number}} is {{order.status}}.'),
  reply(3, 'Refunds', 'Refunds reach your card within 5 days of the return.'),
  reply(4, 'Returns', 'Send it back within 30 days for a refund.'),
];

test('[SAVED4] matchSavedReplies: by title and body, case aside, every word; title matches first', () => {
  assert.equal(
    matchSavedReplies(REPLIES, '').map((r) => r.id),
    [1, 2, 3, 4],
  );
  assert.equal(
    matchSavedReplies(REPLIES, 'ORDER').map((r) => r.id),
    [2],
  );
  assert.equal(
    matchSavedReplies(REPLIES, 'refund').map((r) => r.id),
    [3, 4],
    'the title match first',
  );
  assert.equal(
    matchSavedReplies(REPLIES, 'return refund').map((r) => r.id),
    [3, 4],
  );
  assert.equal(
    matchSavedReplies(REPLIES, 'wait').map((r) => r.id),
    [1],
  );
  assert.equal(matchSavedReplies(REPLIES, 'nothing like it'), []);
});

test('[SAVED4] replaceTrigger replaces the /query only, the caret after the insert', () => {
  const text = 'Hi /ord and more';
  assert.equal(replaceTrigger(text, { start: 3, query: 'ord' }, 'Your order is shipped.'), {
    text: 'Hi Your order is shipped. and more',
    caret: 25,
  });
  assert.equal(replaceTrigger('/', { start: 0, query: '' }, 'Hello'), { text: 'Hello', caret: 5 });
});
test.run();
