/**
 * Traces as Voiceflow's Dialog Manager API sends them (https://docs.voiceflow.com/api-reference/trace-types,
 * and the completion traces of https://docs.voiceflow.com/reference/interact_stream), for the fake to answer with.
 */
export type Trace = { type: string; payload?: unknown; time?: number; [field: string]: unknown };

const at = () => Math.floor(Date.now() / 1000);

export const textTrace = (message: string): Trace => ({
  type: 'text',
  time: at(),
  payload: {
    slate: { id: 'slate-1', content: message.split('\n\n').map((p) => ({ children: [{ text: p }] })) },
    message,
    delay: 1000,
  },
});

export const speakTrace = (ssml: string): Trace => ({
  type: 'speak',
  time: at(),
  payload: { message: ssml, type: 'message' },
});

/** A choice trace: each button's `request` is what the runtime expects back when it is picked. */
export const choiceTrace = (names: string[]): Trace => ({
  type: 'choice',
  time: at(),
  payload: {
    buttons: names.map((name, i) => ({ name, request: { type: `path-${i}`, payload: { label: name } } })),
  },
});

export interface FakeCard {
  title: string;
  description?: string;
  /** A product page the card's button opens (/products/<slug>). */
  slug?: string;
  buttons?: string[];
}

const cardPayload = (c: FakeCard) => ({
  id: `card-${c.title}`,
  title: c.title,
  description: { slate: [], text: c.description ?? '' },
  imageUrl: 'https://cdn.example.com/remote.png',
  buttons: [
    ...(c.slug
      ? [
          {
            name: 'View',
            request: {
              type: 'path-view',
              payload: {
                label: 'View',
                actions: [{ type: 'open_url', payload: { url: `https://shop.example/products/${c.slug}` } }],
              },
            },
          },
        ]
      : []),
    ...(c.buttons ?? []).map((name, i) => ({ name, request: { type: `path-b${i}`, payload: { label: name } } })),
  ],
});

export const cardTrace = (c: FakeCard): Trace => ({ type: 'cardV2', time: at(), payload: cardPayload(c) });
export const carouselTrace = (cards: FakeCard[]): Trace => ({
  type: 'carousel',
  time: at(),
  payload: { layout: 'Carousel', cards: cards.map(cardPayload) },
});

/** A Response AI step's answer with `completion_events=true`: start, pieces, end. */
export const completionTraces = (pieces: string[]): Trace[] => [
  { type: 'completion-start', time: at(), payload: { completion: '', type: 'text' } },
  ...pieces.map((completion) => ({ type: 'completion-continue', time: at(), payload: { completion } })),
  { type: 'completion-end', time: at(), payload: {} },
];

export const endTrace = (): Trace => ({ type: 'end', time: at() });

/** A custom action step: its name is the trace type, its body (a JSON string in the designer) the payload. */
export const customTrace = (name: string, body: unknown): Trace => ({
  type: name,
  time: at(),
  payload: typeof body === 'string' ? body : JSON.stringify(body),
  // Custom actions also carry the paths the designer drew; the engine does not follow them.
  paths: [{ event: { type: 'done' } }],
  defaultPath: 0,
});

export const handoffTrace = (reason: string): Trace => customTrace('handoff', { reason });
