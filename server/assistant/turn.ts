import type { Department } from '../../shared/chat.js';
import { DEPARTMENT_PROMPTS } from './departments.js';
import type { HistoryTurn, Turn } from './engine.js';
import type { Knowledge } from './knowledge/passages.js';
import { scoreSentiment } from './sentiment.js';
import type { ToolBox } from './tools/toolbox.js';

/** The persona of every department (the support guide's "Who the assistant is" and response rules, condensed). */
export const PERSONA =
  'You are the VisionX support assistant, a friendly and patient helper for shoppers of VisionX, the company that makes ' +
  'repairable, modular phones. Answer the question first, in plain words; give instructions as short numbered steps; ' +
  'avoid jargon. Use only real numbers: prices, stock and order statuses come from your tools, policies from the guide ' +
  'passages given to you; never invent them. Prices from tools are in US cents: write them as dollars ($599.00). ' +
  'Never change the cart yourself: propose a change and let the shopper confirm it. Never ask for a card number, ' +
  'security code or password. You only ever see this shopper\'s own cart and orders; refuse requests about anyone ' +
  "else's. If the shopper is upset, acknowledge the feeling in one sentence first. Steer off-topic questions back to " +
  'VisionX in one sentence. Offer a person when asked, when a case needs a decision, or when the steps did not help. ' +
  'End with a short offer of further help. Format with short paragraphs, **bold** and lists only.';

export interface TurnSource {
  department: Department;
  userText: string;
  /** Earlier messages of the conversation, oldest first (the one being answered excluded). */
  history: readonly HistoryTurn[];
  /** How many earlier messages to keep (ASSISTANT_HISTORY_TURNS). */
  historyTurns: number;
  tools: ToolBox;
  knowledge: Knowledge;
  signal: AbortSignal;
  /** Passages to retrieve. */
  passages?: number;
}

/** Context per turn (issue 5 §3): persona + department prompt, retrieved passages, the last turns, the tools. */
export function buildTurn(src: TurnSource): Turn {
  const history = src.history.slice(-src.historyTurns);
  // A follow-up ("and the warranty?") searches with the shopper's previous message too.
  const lastUser = [...history].reverse().find((h) => h.role === 'user')?.content ?? '';
  const passages = src.knowledge.search(`${src.userText} ${src.userText.split(/\s+/).length < 6 ? lastUser : ''}`.trim(), src.passages ?? 4);
  return {
    department: src.department,
    systemPrompt: `${PERSONA}\n\n${DEPARTMENT_PROMPTS[src.department]}`,
    passages,
    history,
    userText: src.userText,
    sentiment: scoreSentiment(src.userText),
    tools: src.tools,
    signal: src.signal,
  };
}
