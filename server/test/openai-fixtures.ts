import type { Test } from 'uvu';
import type { ChatCard } from '../../shared/chat.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai/fake-openai.js';
import { createOpenAiEngine, type OpenAiEngineOptions } from '../assistant/openai/openai-engine.js';
import type { Engine, EngineEvent, Turn } from '../assistant/engine.js';
import { MAX_TOOL_CALLS_PER_TURN, type ToolBox, type ToolDefinition } from '../assistant/tools/toolbox.js';

/** Tests only: a ToolBox that answers from a table and records what it was asked, with the real per-turn cap. */
export interface FakeToolBox extends ToolBox {
  ran: { name: string; args: unknown }[];
}

type Answer = (args: any) => { result: unknown; cards?: ChatCard[]; summary?: string };

const definition = (name: string): ToolDefinition => ({
  name: name as ToolDefinition['name'],
  description: `The ${name} tool.`,
  parameters: { type: 'object', properties: { query: { type: 'string' } }, additionalProperties: false },
});

export function fakeToolBox(answers: Record<string, Answer>): FakeToolBox {
  const ran: FakeToolBox['ran'] = [];
  return {
    ran,
    definitions: Object.keys(answers).map(definition),
    get calls() {
      return ran.length;
    },
    async run(name, rawArgs) {
      const args = typeof rawArgs === 'string' ? JSON.parse(rawArgs || '{}') : rawArgs;
      ran.push({ name, args });
      const answer = answers[name];
      if (ran.length > MAX_TOOL_CALLS_PER_TURN || !answer) {
        const error = answer ? 'Tool limit reached.' : `No tool "${name}".`;
        return { ok: false, result: { error }, cards: [], record: { name, args, ok: false, summary: error } };
      }
      const out = answer(args);
      return {
        ok: true,
        result: out.result,
        cards: out.cards ?? [],
        record: { name, args, ok: true, summary: out.summary ?? `${name} ran` },
      };
    },
  };
}

export const productCard = (productId: number, name: string): ChatCard => ({
  kind: 'product',
  productId,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  category: 'phones',
  tagline: 'A phone.',
  image: '/images/x.webp',
  priceFromCents: 59900,
  priceToCents: 69900,
  inStock: true,
  rating: { average: 4.5, count: 10 },
});

export function testTurn(over: Partial<Turn> = {}): Turn {
  return {
    department: 'sales',
    systemPrompt: 'You are the VisionX test assistant.',
    passages: [
      {
        id: 'returns',
        section: 'Returns and refunds',
        title: 'The 30-day return policy',
        text: 'Return within 30 days.\n\nIn the box.',
        questions: ['Can I send it back?'],
        score: 3,
      },
    ],
    history: [
      { role: 'user', content: 'Do you sell the VisionX 7?', cards: [] },
      { role: 'assistant', content: 'Yes, here it is.', cards: [productCard(7, 'VisionX 7')] },
      { role: 'staff', content: 'Hi, Sam here.', cards: [] },
    ],
    userText: 'And the return window?',
    sentiment: { score: 0, frustrated: false },
    tools: fakeToolBox({}),
    signal: new AbortController().signal,
    ...over,
  };
}

/** Everything a reply yielded, and what it threw (tests assert both; nothing is swallowed). */
export async function collect(engine: Engine, turn: Turn): Promise<{ events: EngineEvent[]; error: unknown }> {
  const events: EngineEvent[] = [];
  try {
    for await (const e of engine.reply(turn)) events.push(e);
    return { events, error: undefined };
  } catch (error) {
    return { events, error };
  }
}

export const textOf = (events: EngineEvent[]) => events.flatMap((e) => (e.type === 'text' ? [e.text] : []));

/**
 * A fresh fake upstream per test (its queue and recorded requests start empty), and an engine
 * pointed at it with fast test settings; `engine(over)` changes any option.
 */
export function fakeUpstream(test: Test, apiKey: string) {
  let current: FakeOpenAi | undefined;
  test.before.each(async () => {
    current = await startFakeOpenAi();
  });
  test.after.each(async () => {
    await current?.close();
  });
  const upstream = {
    get fake(): FakeOpenAi {
      if (!current) throw new Error('the fake upstream runs only inside a test');
      return current;
    },
    engine: (over: Partial<OpenAiEngineOptions> = {}) =>
      createOpenAiEngine({
        apiKey,
        baseURL: upstream.fake.baseURL,
        model: 'fake-model',
        timeoutMs: 5000,
        backoffMs: 1,
        ...over,
      }),
  };
  return upstream;
}
