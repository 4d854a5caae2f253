import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  cardTrace,
  carouselTrace,
  choiceTrace,
  completionTraces,
  customTrace,
  endTrace,
  handoffTrace,
  speakTrace,
  textTrace,
} from '../../test/fake-voiceflow/fake-voiceflow.js';
import { collect, textOf } from '../../test/openai-fixtures.js';
import {
  fakeVoiceflowUpstream,
  shopTools,
  VF_KEY,
  VF_PROJECT,
  VF_SECRET,
  vfTurn,
} from '../../test/voiceflow-fixtures.js';
import { voiceflowUserId } from './user-id.js';

// The real engine over real HTTP against the local fake runtime (docs/decisions/033-voiceflow-engine.md).
const upstream = fakeVoiceflowUpstream(test);

test('[VF1] a message goes to the stream route with the key, the version and the shop variables; completion pieces stream in order', async () => {
  upstream.fake.enqueue({ type: 'traces', traces: completionTraces(['Your order ', 'shipped ', 'yesterday.']) });
  const { events, error } = await collect(upstream.engine(), vfTurn({ userText: 'Where is my order?' }));
  assert.is(error, undefined);
  assert.equal(textOf(events), ['Your order ', 'shipped ', 'yesterday.']);
  const [req] = upstream.fake.requests;
  assert.is(upstream.fake.requests.length, 1);
  assert.is(req!.route, 'stream');
  assert.is(req!.path, `/v2/project/${VF_PROJECT}/user/${req!.userId}/interact/stream`);
  assert.is(req!.query.get('completion_events'), 'true');
  assert.is(req!.headers.authorization, VF_KEY);
  assert.is(req!.headers.versionid, 'production');
  assert.is(req!.headers.accept, 'text/event-stream');
  assert.equal(req!.body.action, { type: 'text', payload: 'Where is my order?' });
  assert.equal([req!.body.config.tts, req!.body.config.stripSSML], [false, true]);
  assert.equal(req!.body.state.variables, {
    shopper_first_name: 'Ada',
    cart_summary: '1 item: 1 × Vision Go (Transparent, 128 GB). Total $349.00',
    last_order_status: 'VX-7K2M9QRT: shipped',
  });
  assert.equal(
    events.filter((e) => e.type === 'tool').map((e) => e.type === 'tool' && e.call.name),
    ['view_cart', 'list_orders'],
  );
});

test('[VF2] the user id is the conversation signed with the secret: the same for a conversation, another for the next', async () => {
  upstream.fake.enqueue(
    { type: 'traces', traces: [textTrace('One.')] },
    { type: 'traces', traces: [textTrace('Two.')] },
    { type: 'traces', traces: [textTrace('Three.')] },
  );
  const engine = upstream.engine();
  await collect(engine, vfTurn());
  await collect(engine, vfTurn());
  await collect(engine, vfTurn({ conversation: { id: 43, shopperFirstName: null } }));
  const ids = upstream.fake.requests.map((r) => r.userId);
  assert.is(ids[0], voiceflowUserId(VF_SECRET, 42));
  assert.is(ids[1], ids[0]);
  assert.is.not(ids[2], ids[0]);
  assert.is.not(ids[0], '42');
  assert.is(voiceflowUserId('another-secret-of-at-least-32-characters', 42) === ids[0], false);
  assert.is(upstream.fake.requests[2]!.body.state.variables.shopper_first_name, '');
});

test('[VF3] text and speak become paragraphs, choice buttons quick replies, a card naming a product the shop card, another card text', async () => {
  upstream.fake.enqueue({
    type: 'traces',
    traces: [
      textTrace('Hello Ada.'),
      speakTrace('<speak>Here are <emphasis>two</emphasis> picks.</speak>'),
      cardTrace({ title: 'Vision Go', description: 'Our lightest phone.', slug: 'vision-go' }),
      carouselTrace([{ title: 'Gift cards', description: 'From $25.', buttons: ['Buy a gift card'] }]),
      { type: 'visual', payload: { image: 'https://cdn.example.com/a.png' } },
      choiceTrace(['Track my order', 'Talk to a person', 'Track my order']),
    ],
  });
  const tools = shopTools();
  const { events, error } = await collect(upstream.engine(), vfTurn({ tools }));
  assert.is(error, undefined);
  assert.equal(textOf(events), ['Hello Ada.', '\n\nHere are two picks.', '\n\n**Gift cards**\nFrom $25.']);
  const cards = events.flatMap((e) => (e.type === 'card' ? [e.card] : []));
  assert.equal(
    cards.map((c) => c.kind),
    ['product', 'quick-replies', 'quick-replies'],
  );
  assert.equal(cards[1], { kind: 'quick-replies', options: ['Buy a gift card'] });
  assert.equal(cards[2], { kind: 'quick-replies', options: ['Track my order', 'Talk to a person'] });
  assert.equal(tools.ran.at(-1), { name: 'product_details', args: { slug: 'vision-go' } });
  assert.not.match(JSON.stringify(events), 'cdn.example.com');
});

test('[VF11] an unknown trace is ignored and logged once per type, across turns', async () => {
  const odd = { type: 'carousel-3d', payload: { secret: 'x' } };
  upstream.fake.enqueue(
    { type: 'traces', traces: [odd, textTrace('Fine.'), odd] },
    { type: 'traces', traces: [odd, textTrace('Still fine.')] },
  );
  const engine = upstream.engine();
  const first = await collect(engine, vfTurn());
  const second = await collect(engine, vfTurn());
  assert.equal([textOf(first.events), textOf(second.events)], [['Fine.'], ['Still fine.']]);
  assert.equal(upstream.warnings, [{ traceType: 'carousel-3d' }]);
});

test('[VF5] end ends the conversation; a hand-off asks for a person and a cart action is a proposal, both through the tools', async () => {
  upstream.fake.enqueue({
    type: 'traces',
    traces: [
      textTrace('Let me get someone.'),
      handoffTrace('Refund over $500'),
      customTrace('propose_cart_change', { action: 'add', slug: 'vision-go', quantity: 1 }),
      endTrace(),
    ],
  });
  const tools = shopTools();
  const { events, error } = await collect(upstream.engine(), vfTurn({ tools }));
  assert.is(error, undefined);
  assert.equal(tools.ran.slice(2), [
    { name: 'request_human', args: { reason: 'Refund over $500' } },
    { name: 'propose_cart_change', args: { action: 'add', slug: 'vision-go', quantity: 1 } },
  ]);
  assert.equal(events.at(-1), { type: 'end' });
});

test('[VF6] a runtime without the stream route (404) is asked on the whole-answer route, and only there from then on', async () => {
  upstream.fake.setStreamRoute(false);
  upstream.fake.enqueue(
    { type: 'traces', traces: [textTrace('Whole.')] },
    { type: 'traces', traces: [textTrace('Again.')] },
  );
  const engine = upstream.engine();
  const first = await collect(engine, vfTurn());
  const second = await collect(engine, vfTurn());
  assert.equal([textOf(first.events), textOf(second.events)], [['Whole.'], ['Again.']]);
  assert.equal(
    upstream.fake.requests.map((r) => r.route),
    ['stream', 'interact', 'interact'],
  );
  const whole = upstream.fake.requests[1]!;
  assert.is(whole.path, `/state/user/${whole.userId}/interact`);
  assert.equal([whole.headers.authorization, whole.headers.versionid], [VF_KEY, 'production']);
  assert.equal(whole.body.state.variables.last_order_status, 'VX-7K2M9QRT: shipped');
});

test('[VF6] without a project id only the whole-answer route is asked', async () => {
  upstream.fake.enqueue({ type: 'traces', traces: [textTrace('Hi.'), choiceTrace(['Yes', 'No'])] });
  const { events } = await collect(upstream.engine({ projectId: undefined }), vfTurn());
  assert.equal(textOf(events), ['Hi.']);
  assert.equal(
    upstream.fake.requests.map((r) => r.route),
    ['interact'],
  );
});

test.run();
