import type { Test } from 'uvu';
import type { Engine, EngineEvent, Turn } from '../assistant/engine.js';
import { createVoiceflowEngine, type VoiceflowEngineOptions } from '../assistant/voiceflow/voiceflow-engine.js';
import { startFakeVoiceflow, type FakeVoiceflow } from './fake-voiceflow/fake-voiceflow.js';
import { collect, fakeToolBox, productCard, testTurn } from './openai-fixtures.js';

export const VF_KEY = 'VF.DM.test-key-never-shown-0123456789';
export const VF_PROJECT = 'proj-test-1';
export const VF_SECRET = 'test-secret-that-is-at-least-32-characters-long';

/**
 * A fresh fake Voiceflow runtime per test, and an engine pointed at it with fast test settings;
 * `warnings` holds what the engine logged.
 */
export function fakeVoiceflowUpstream(test: Test) {
  let current: FakeVoiceflow | undefined;
  const warnings: object[] = [];
  test.before.each(async () => {
    warnings.length = 0;
    current = await startFakeVoiceflow({ apiKey: VF_KEY, projectId: VF_PROJECT });
  });
  test.after.each(async () => {
    await current?.close();
  });
  const upstream = {
    warnings,
    get fake(): FakeVoiceflow {
      if (!current) throw new Error('the fake runtime runs only inside a test');
      return current;
    },
    engine: (over: Partial<VoiceflowEngineOptions> = {}) =>
      createVoiceflowEngine({
        apiKey: VF_KEY,
        versionId: 'production',
        baseUrl: upstream.fake.baseUrl,
        projectId: VF_PROJECT,
        userIdSecret: VF_SECRET,
        timeoutMs: 5000,
        log: { warn: (details) => warnings.push(details) },
        ...over,
      }),
  };
  return upstream;
}

/** The shop's tools as a table: a cart with one phone, one shipped order, and the acting tools recorded. */
export const shopTools = () =>
  fakeToolBox({
    view_cart: () => ({
      result: {
        itemCount: 1,
        totalCents: 34900,
        lines: [{ name: 'Vision Go', colour: 'Transparent', storageGb: 128, quantity: 1 }],
      },
      summary: 'Viewed the cart (1 item)',
    }),
    list_orders: () => ({ result: { total: 1, orders: [{ number: 'VX-7K2M9QRT', status: 'shipped' }] } }),
    product_details: (args: { slug: string }) => ({ result: { slug: args.slug }, cards: [productCard(3, args.slug)] }),
    request_human: () => ({ result: { status: 'waiting', staffOnline: true }, summary: 'Asked for a person' }),
    propose_cart_change: () => ({ result: { proposed: true }, summary: 'Proposed a cart change' }),
  });

export const vfTurn = (over: Partial<Turn> = {}): Turn =>
  testTurn({
    tools: shopTools(),
    conversation: { id: 42, shopperFirstName: 'Ada' },
    userText: 'Hi there',
    ...over,
  });

/** `collect`, bounded: a reply that never ends fails the test instead of hanging it. */
export async function collectWithin(
  engine: Engine,
  turn: Turn,
  ms = 3000,
): Promise<{ events: EngineEvent[]; error: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ events: EngineEvent[]; error: unknown }>((resolve) => {
    timer = setTimeout(() => resolve({ events: [], error: new Error(`the reply did not end within ${ms} ms`) }), ms);
  });
  try {
    return await Promise.race([collect(engine, turn), late]);
  } finally {
    clearTimeout(timer);
  }
}
