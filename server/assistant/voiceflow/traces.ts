/**
 * What one Voiceflow trace asks the chat to show (https://docs.voiceflow.com/api-reference/trace-types):
 * pure, so the whole mapping is a table of cases. The engine (voiceflow-engine.ts) turns each
 * reading into engine events, through the turn's tools where the shop is involved.
 */
export type TraceReading =
  /** Text to show; `continues` joins it to the text before (a completion's next piece), else it starts a paragraph. */
  | { kind: 'text'; text: string; continues: boolean }
  | { kind: 'quick-replies'; options: string[] }
  | { kind: 'cards'; cards: VoiceflowCard[] }
  | { kind: 'end' }
  /** A custom action asking for a person (docs/decisions/033-voiceflow-engine.md). */
  | { kind: 'handoff'; reason: string }
  /** A custom action proposing a cart change: it becomes the same confirm card a model's proposal is. */
  | { kind: 'propose-cart-change'; args: unknown }
  /** A trace that shows nothing here (the runtime's bookkeeping, or media the shop does not show). */
  | { kind: 'ignored' }
  | { kind: 'unknown'; type: string };

/** A Voiceflow card (cardV2, or one of a carousel's): shown as the shop's product card when it names a product. */
export interface VoiceflowCard {
  title: string;
  description: string;
  /** The product it names: a button or link to /products/<slug>. */
  slug: string | null;
  buttons: string[];
}

/** Custom action names that hand the conversation to a person. */
export const HANDOFF_TRACES = new Set(['handoff', 'talk_to_agent', 'live_agent']);
/** Traces that show nothing in this chat (no log): bookkeeping, and media (no remote images or audio). */
const QUIET_TRACES = new Set([
  'path',
  'flow',
  'block',
  'debug',
  'log',
  'goto',
  'no-reply',
  'entity-filling',
  'channel-action',
  'knowledgeBase',
  'completion-end',
  'visual',
  'audio',
  'stream',
]);

const MAX_OPTIONS = 6;
const MAX_LABEL = 80;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function readTrace(trace: unknown): TraceReading {
  if (!isObject(trace) || typeof trace.type !== 'string') return { kind: 'unknown', type: '(not a trace)' };
  const payload: unknown = trace.payload;
  const p = isObject(payload) ? payload : {};
  switch (trace.type) {
    case 'text':
      return { kind: 'text', text: str(p.message), continues: false };
    case 'speak':
      return { kind: 'text', text: stripSsml(str(p.message)), continues: false };
    case 'completion-start':
      return { kind: 'text', text: str(p.completion), continues: false };
    case 'completion-continue':
      return { kind: 'text', text: str(p.completion), continues: true };
    case 'choice':
      return { kind: 'quick-replies', options: labels(p.buttons) };
    case 'cardV2':
      return { kind: 'cards', cards: [card(p)] };
    case 'carousel':
      return { kind: 'cards', cards: (Array.isArray(p.cards) ? p.cards : []).filter(isObject).map(card) };
    case 'end':
      return { kind: 'end' };
    case 'propose_cart_change':
      return { kind: 'propose-cart-change', args: customPayload(payload) };
  }
  if (HANDOFF_TRACES.has(trace.type)) {
    const body = customPayload(payload);
    return { kind: 'handoff', reason: isObject(body) ? str(body.reason) : str(body) };
  }
  return QUIET_TRACES.has(trace.type) ? { kind: 'ignored' } : { kind: 'unknown', type: trace.type.slice(0, 40) };
}

/** Button labels, trimmed, without repeats, at most six. */
export function labels(buttons: unknown): string[] {
  const out: string[] = [];
  for (const b of Array.isArray(buttons) ? buttons : []) {
    const label = (isObject(b) ? str(b.name) : '').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
    if (label && !out.includes(label) && out.length < MAX_OPTIONS) out.push(label);
  }
  return out;
}

function card(p: Json): VoiceflowCard {
  const description = isObject(p.description) ? str(p.description.text) : str(p.description);
  const buttons = Array.isArray(p.buttons) ? p.buttons : [];
  const urls = buttons.flatMap((b) => actionUrls(b));
  const slug = urls.map((u) => /\/products\/([a-z0-9-]{1,80})(?:[/?#]|$)/.exec(u)?.[1]).find(Boolean) ?? null;
  return { title: str(p.title).trim(), description: description.trim(), slug, buttons: labels(buttons) };
}

/** The URLs a button opens (`request.payload.actions[]` of type open_url). */
function actionUrls(button: unknown): string[] {
  if (!isObject(button) || !isObject(button.request) || !isObject(button.request.payload)) return [];
  const actions = button.request.payload.actions;
  return (Array.isArray(actions) ? actions : []).flatMap((a) =>
    isObject(a) && isObject(a.payload) && typeof a.payload.url === 'string' ? [a.payload.url] : [],
  );
}

/** A custom action's payload: the step's body, a JSON string in Voiceflow's designer; an object is taken as is. */
function customPayload(payload: unknown): unknown {
  if (typeof payload !== 'string') return payload ?? {};
  try {
    return JSON.parse(payload);
  } catch {
    return payload;
  }
}

/** A speak trace's SSML as text (the DM API strips it with `config.stripSSML`; this is the net). */
function stripSsml(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
