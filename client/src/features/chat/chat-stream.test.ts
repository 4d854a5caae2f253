import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatCard, ChatDelta, ChatMessage, ChatTranscript } from '../../../../shared/chat.js';
import {
  applyPush,
  applyTranscript,
  EMPTY_VIEW,
  endSync,
  startSync,
  streamingMessage,
  upsertMessage,
  type ChatPush,
  type StreamView,
} from './chat-stream.js';

const CHAT = 7;
const msg = (id: number, over: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  role: 'assistant',
  content: '',
  status: 'complete',
  cards: [],
  createdAt: '2025-01-01T00:00:00Z',
  ...over,
});
const question = msg(1, { role: 'user', content: 'Tell me about the Vision Go' });
const answer = (content: string, seq: number, over: Partial<ChatMessage> = {}) =>
  msg(2, { content, seq, status: 'streaming', ...over });
const view = (...messages: ChatMessage[]): StreamView => ({ chatId: CHAT, messages, held: null });
const text = (seq: number, t: string, messageId = 2, chatId = CHAT): ChatPush => ({
  kind: 'delta',
  delta: { chatId, messageId, seq, kind: 'text', text: t } satisfies ChatDelta,
});
const CARD: ChatCard = {
  kind: 'order',
  number: 'VX-1',
  status: 'paid',
  createdAt: '',
  totalCents: 100,
  itemCount: 1,
  updatedAt: '',
};
const card = (seq: number): ChatPush => ({
  kind: 'delta',
  delta: { chatId: CHAT, messageId: 2, seq, kind: 'card', card: CARD },
});
const transcript = (...messages: ChatMessage[]): ChatTranscript => ({
  chat: {
    id: CHAT,
    title: 'Vision Go',
    department: 'sales',
    status: 'ai',
    flagged: false,
    createdAt: '',
    updatedAt: '',
    lastMessage: '',
    messageCount: messages.length,
  },
  messages,
  current: true,
});

/** Apply pushes one by one; the text of message 2, whether any asked to re-sync, and the view. */
function run(start: StreamView, pushes: ChatPush[]) {
  let current = start;
  let resync = false;
  for (const push of pushes) {
    const next = applyPush(current, push);
    current = next.view;
    resync ||= next.resync;
  }
  const second = current.messages.find((m) => m.id === 2);
  return { text: second?.content, resync, view: current, message: second };
}

const deltaCases: { name: string; start: StreamView; pushes: ChatPush[]; text: string | undefined; resync: boolean }[] =
  [
    {
      name: 'deltas in order append',
      start: view(question, answer('', 0)),
      pushes: [text(1, 'The '), text(2, 'Vision '), text(3, 'Go')],
      text: 'The Vision Go',
      resync: false,
    },
    {
      name: 'a streaming message without seq starts at 0',
      start: view(question, answer('', 0, { seq: undefined })),
      pushes: [text(1, 'Hi')],
      text: 'Hi',
      resync: false,
    },
    {
      name: 'a repeat (seq = lastSeq) is ignored',
      start: view(answer('The ', 1)),
      pushes: [text(1, 'The '), text(2, 'Go')],
      text: 'The Go',
      resync: false,
    },
    {
      name: 'an older seq is ignored',
      start: view(answer('The Vision ', 2)),
      pushes: [text(1, 'The '), text(3, 'Go')],
      text: 'The Vision Go',
      resync: false,
    },
    {
      name: 'a gap asks to re-sync and is not applied',
      start: view(answer('The ', 1)),
      pushes: [text(3, 'Go')],
      text: 'The ',
      resync: true,
    },
    {
      name: 'a delta for a message not held asks to re-sync',
      start: view(question),
      pushes: [text(1, 'x', 9)],
      text: undefined,
      resync: true,
    },
    {
      name: 'a delta of another conversation is ignored',
      start: view(answer('', 0)),
      pushes: [text(1, 'x', 2, 99)],
      text: '',
      resync: false,
    },
    {
      name: 'a delta after done is ignored',
      start: view(msg(2, { content: 'Done.' })),
      pushes: [text(5, 'late')],
      text: 'Done.',
      resync: false,
    },
    {
      name: 'no conversation shown: deltas are ignored',
      start: EMPTY_VIEW,
      pushes: [text(1, 'x')],
      text: undefined,
      resync: false,
    },
  ];
for (const c of deltaCases) {
  test(`delta: ${c.name}`, () => {
    const result = run(c.start, c.pushes);
    assert.is(result.text, c.text);
    assert.is(result.resync, c.resync);
  });
}

test('delta: a card delta appends the card and advances seq', () => {
  const result = run(view(answer('Here: ', 1)), [card(2), text(3, 'Anything else?')]);
  assert.equal(result.message?.cards, [CARD]);
  assert.is(result.message?.seq, 3);
  assert.is(result.text, 'Here: Anything else?');
});

test('delta: untouched messages keep their identity', () => {
  const start = view(question, answer('', 0));
  const result = run(start, [text(1, 'a')]);
  assert.is(result.view.messages[0], question);
});

const endCases: { name: string; push: ChatPush; status: string; content: string; announce: boolean }[] = [
  {
    name: 'done replaces the stream with the stored message',
    push: { kind: 'done', chatId: CHAT, message: msg(2, { content: 'Final.' }) },
    status: 'complete',
    content: 'Final.',
    announce: true,
  },
  {
    name: 'done (stopped) keeps the partial text',
    push: { kind: 'done', chatId: CHAT, message: msg(2, { content: 'Par', status: 'stopped' }) },
    status: 'stopped',
    content: 'Par',
    announce: true,
  },
  {
    name: 'error marks the message failed with what had arrived',
    push: { kind: 'error', chatId: CHAT, message: answer('The', 1, { error: { code: 'upstream' } }) },
    status: 'error',
    content: 'The',
    announce: true,
  },
  {
    name: 'updated replaces the message without announcing',
    push: { kind: 'updated', chatId: CHAT, message: msg(2, { content: 'Card answered' }) },
    status: 'complete',
    content: 'Card answered',
    announce: false,
  },
];
for (const c of endCases) {
  test(`end: ${c.name}`, () => {
    const step = applyPush(view(question, answer('The', 1)), c.push);
    const second = step.view.messages.find((m) => m.id === 2)!;
    assert.is(second.status, c.status);
    assert.is(second.content, c.content);
    assert.is(step.announce !== null, c.announce);
    assert.is(streamingMessage(step.view), null);
  });
}

const addedCases: { name: string; start: StreamView; message: ChatMessage; count: number; announce: boolean }[] = [
  {
    name: 'a new shopper message is added, not announced',
    start: view(),
    message: question,
    count: 1,
    announce: false,
  },
  {
    name: 'a staff message is announced',
    start: view(question),
    message: msg(3, { role: 'staff', content: 'Hi, Sam here', author: 'Sam' }),
    count: 2,
    announce: true,
  },
  {
    name: 'a system message is announced',
    start: view(question),
    message: msg(3, { role: 'system', content: 'Waiting for a person' }),
    count: 2,
    announce: true,
  },
  {
    name: 'the start of an answer is added, not announced',
    start: view(question),
    message: answer('', 0),
    count: 2,
    announce: false,
  },
  {
    name: 'a message held already is not added twice',
    start: view(question),
    message: question,
    count: 1,
    announce: false,
  },
];
for (const c of addedCases) {
  test(`added: ${c.name}`, () => {
    const step = applyPush(c.start, { kind: 'added', chatId: CHAT, message: c.message });
    assert.is(step.view.messages.length, c.count);
    assert.is(step.announce !== null, c.announce);
  });
}

test('added: messages stay in id order', () => {
  const step = applyPush(view(msg(3)), { kind: 'added', chatId: CHAT, message: question });
  assert.equal(
    step.view.messages.map((m) => m.id),
    [1, 3],
  );
});

test('upsert: an older copy of a stream does not replace the newer one (a late ack)', () => {
  const held = view(question, answer('The Vision', 2));
  assert.is(upsertMessage(held, answer('', 0)), held);
  assert.is(upsertMessage(held, answer('The Vision Go', 3)).messages[1]!.content, 'The Vision Go');
  // The same seq (a proposal answered mid-answer): the pushed copy is taken.
  assert.is(upsertMessage(held, answer('The Vision', 2, { cards: [CARD] })).messages[1]!.cards.length, 1);
  // A stored (final) message always wins, and a streaming copy never replaces it.
  const done = upsertMessage(held, msg(2, { content: 'Final.' }));
  assert.is(done.messages[1]!.content, 'Final.');
  assert.is(upsertMessage(done, answer('x', 9)), done);
});

const proposal = (state: 'pending' | 'accepted'): ChatCard => ({
  kind: 'cart-proposal',
  id: 'p1',
  action: 'add',
  variantId: 3,
  productName: 'Vision Go',
  slug: 'vision-go',
  colourName: 'Black',
  storageGb: 128,
  image: '/go.svg',
  quantity: 1,
  unitPriceCents: 34900,
  state,
});

test('updated: a proposal answered mid-answer changes its card and keeps the newer text', () => {
  const held = view(question, answer('Shall I add it? Also', 3, { cards: [proposal('pending')] }));
  const step = applyPush(held, {
    kind: 'updated',
    chatId: CHAT,
    message: answer('Shall I add it?', 2, { cards: [proposal('accepted')] }),
  });
  const second = step.view.messages[1]!;
  assert.is(second.content, 'Shall I add it? Also');
  assert.is(second.seq, 3);
  assert.is((second.cards[0] as { state: string }).state, 'accepted');
  // And the stream goes on from its own seq.
  assert.is(run(step.view, [text(4, ' cases.')]).text, 'Shall I add it? Also cases.');
});

// A tab that opens or reconnects mid-answer: the transcript carries the text so far and its seq.
const syncCases: {
  name: string;
  held: ChatPush[];
  transcript: ChatTranscript | null;
  text: string | undefined;
  resync: boolean;
}[] = [
  {
    name: 'deltas that overtook the answer are applied after it, repeats dropped',
    held: [text(2, 'Vision '), text(3, 'Go')],
    transcript: transcript(question, answer('The Vision ', 2)),
    text: 'The Vision Go',
    resync: false,
  },
  {
    name: 'deltas already in the transcript are all dropped',
    held: [text(1, 'The ')],
    transcript: transcript(question, answer('The ', 1)),
    text: 'The ',
    resync: false,
  },
  {
    name: 'a held gap asks to re-sync again',
    held: [text(4, '!')],
    transcript: transcript(question, answer('The ', 1)),
    text: 'The ',
    resync: true,
  },
  {
    name: 'a held done wins over the partial transcript',
    held: [text(3, 'Go'), { kind: 'done', chatId: CHAT, message: msg(2, { content: 'The Vision Go.' }) }],
    transcript: transcript(question, answer('The Vision ', 2)),
    text: 'The Vision Go.',
    resync: false,
  },
  {
    name: 'a held start of the answer does not wipe the text so far',
    held: [{ kind: 'added', chatId: CHAT, message: answer('', 0) }, text(2, 'Go')],
    transcript: transcript(question, answer('The ', 1)),
    text: 'The Go',
    resync: false,
  },
  {
    name: 'pushes of another conversation are dropped',
    held: [text(1, 'x', 2, 99)],
    transcript: transcript(question),
    text: undefined,
    resync: false,
  },
  {
    name: 'no current conversation: the view empties',
    held: [text(3, 'Go')],
    transcript: null,
    text: undefined,
    resync: false,
  },
];
for (const c of syncCases) {
  test(`sync: ${c.name}`, () => {
    let current = startSync(view(question));
    for (const push of c.held) {
      const next = applyPush(current, push);
      assert.is(next.resync, false, 'held pushes wait for the transcript');
      current = next.view;
    }
    const result = applyTranscript(current, c.transcript);
    assert.is(result.view.held, null);
    assert.is(result.view.messages.find((m) => m.id === 2)?.content, c.text);
    assert.is(result.resync, c.resync);
  });
}

test('sync: startSync keeps pushes already held', () => {
  const first = applyPush(startSync(view(answer('', 0))), text(1, 'a')).view;
  assert.is(startSync(first).held?.length, 1);
});

test('sync: a failed transcript request replays the held pushes on what was shown', () => {
  const held = applyPush(startSync(view(question, answer('The ', 1))), text(2, 'Go')).view;
  const result = endSync(held);
  assert.is(result.view.held, null);
  assert.is(result.view.messages[1]!.content, 'The Go');
});

test('sync: the last announcement of a replay is kept', () => {
  let current = startSync(view(question, answer('The ', 1)));
  current = applyPush(current, { kind: 'done', chatId: CHAT, message: msg(2, { content: 'The end.' }) }).view;
  const result = applyTranscript(current, transcript(question, answer('The ', 1)));
  assert.is(result.announce?.content, 'The end.');
});

test.run();
