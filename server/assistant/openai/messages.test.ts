import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatCard } from '../../../shared/chat.js';
import { cardsLine, initialMessages, systemMessage, toolsParam } from './messages.js';
import { productCard, testTurn } from '../../test/openai-fixtures.js';

test('cardsLine names what each card showed, compactly', () => {
  const order: ChatCard = {
    kind: 'order',
    number: 'VX-1001',
    status: 'shipped',
    createdAt: '',
    totalCents: 1,
    itemCount: 1,
    updatedAt: '',
  };
  const cart: ChatCard = { kind: 'cart', itemCount: 2, subtotalCents: 1, totalCents: 1, lines: [] };
  const cases: [ChatCard[], string][] = [
    [[], ''],
    [[productCard(3, 'VisionX One')], '[Shown: product "VisionX One" (id 3, slug visionx-one)]'],
    [[order, cart], '[Shown: order VX-1001 (shipped); cart (2 items)]'],
  ];
  for (const [cards, expected] of cases) assert.is(cardsLine(cards), expected);
});

test('systemMessage: prompt, passages, the cards note; no passages block when none were found', () => {
  const withPassages = systemMessage(testTurn());
  assert.match(withPassages, /^You are the VisionX test assistant\.\n\nSupport guide passages/);
  // A passage's example questions only help retrieval: the model must not quote them.
  assert.not.match(withPassages, 'Can I send it back?');
  const without = systemMessage(testTurn({ passages: [] }));
  assert.not.match(without, 'Support guide passages');
  assert.not.match(without, 'frustrated');
});

test('initialMessages: history roles mapped, the message last', () => {
  const messages = initialMessages(testTurn({ history: [], userText: 'Hi' }));
  assert.equal(
    messages.map((m) => m.role),
    ['system', 'user'],
  );
  assert.is(messages[1]!.content, 'Hi');
});

test('toolsParam: the ToolBox definitions in function-tool shape', () => {
  const defs = [
    { name: 'view_cart' as const, description: 'The cart.', parameters: { type: 'object', properties: {} } },
  ];
  assert.equal(toolsParam(defs), [
    {
      type: 'function',
      function: { name: 'view_cart', description: 'The cart.', parameters: { type: 'object', properties: {} } },
    },
  ]);
});

test.run();
