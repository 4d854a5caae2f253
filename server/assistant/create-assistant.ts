import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assistant, AssistantSettings } from './assistant.js';
import type { Engine } from './engine.js';
import { loadKnowledge } from './knowledge/knowledge.js';
import type { Knowledge } from './knowledge/passages.js';
import { createOfflineEngine } from './offline/offline-engine.js';
import { createOpenAiEngine } from './openai/openai-engine.js';

/** The most one model request may take in all, however steadily it streams. */
const ANSWER_TIMEOUT_MS = 120_000;

export const SUPPORT_GUIDE = join(resolve(fileURLToPath(import.meta.url), '../../..'), 'data/support-guide.md');

/** The configured engine (docs/ARCHITECTURE.md §6): the built-in offline agent, or any OpenAI-compatible endpoint. */
export function createEngine(config: AssistantSettings, knowledge: Knowledge): Engine {
  if (config.ASSISTANT_ENGINE === 'offline')
    return createOfflineEngine({ knowledge, paceMs: config.ASSISTANT_PACE_MS });
  return createOpenAiEngine({
    // A local compatible server may need no key; the SDK insists on one.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    idleTimeoutMs: config.OPENAI_TIMEOUT_MS,
    timeoutMs: ANSWER_TIMEOUT_MS,
  });
}

export function createAssistant(config: AssistantSettings, guideFile = SUPPORT_GUIDE): Assistant {
  const knowledge = loadKnowledge(guideFile);
  return { engine: createEngine(config, knowledge), knowledge, historyTurns: config.ASSISTANT_HISTORY_TURNS };
}
