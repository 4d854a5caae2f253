import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assistant, AssistantSettings } from './assistant.js';
import type { Engine } from './engine.js';
import { loadKnowledge } from './knowledge/knowledge.js';
import type { Knowledge } from './knowledge/passages.js';
import { createOfflineEngine } from './offline/offline-engine.js';
import { createOpenAiEngine } from './openai/openai-engine.js';
import { createVoiceflowEngine } from './voiceflow/voiceflow-engine.js';

/** The most one model request may take in all, however steadily it streams. */
const ANSWER_TIMEOUT_MS = 120_000;

export const SUPPORT_GUIDE = join(resolve(fileURLToPath(import.meta.url), '../../..'), 'data/support-guide.md');

/** What an engine may need of the server: the secret Voiceflow user ids are signed with, and a logger. */
export interface EngineDeps {
  secret: string;
  log: { warn(details: object, message: string): void };
}

/** The configured engine (docs/ARCHITECTURE.md §6): the built-in offline agent, any OpenAI-compatible endpoint, or a Voiceflow agent. */
export function createEngine(config: AssistantSettings, knowledge: Knowledge, deps?: EngineDeps): Engine {
  if (config.ASSISTANT_ENGINE === 'offline')
    return createOfflineEngine({ knowledge, paceMs: config.ASSISTANT_PACE_MS });
  if (config.ASSISTANT_ENGINE === 'voiceflow') {
    if (!config.VOICEFLOW_API_KEY || !deps)
      throw new Error('the voiceflow engine needs VOICEFLOW_API_KEY and a secret');
    return createVoiceflowEngine({
      apiKey: config.VOICEFLOW_API_KEY,
      versionId: config.VOICEFLOW_VERSION_ID ?? 'production',
      baseUrl: config.VOICEFLOW_BASE_URL ?? 'https://general-runtime.voiceflow.com',
      projectId: config.VOICEFLOW_PROJECT_ID,
      userIdSecret: deps.secret,
      idleTimeoutMs: config.VOICEFLOW_TIMEOUT_MS,
      timeoutMs: ANSWER_TIMEOUT_MS,
      log: deps.log,
    });
  }
  return createOpenAiEngine({
    // A local compatible server may need no key; the SDK insists on one.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    idleTimeoutMs: config.OPENAI_TIMEOUT_MS,
    timeoutMs: ANSWER_TIMEOUT_MS,
  });
}

export function createAssistant(config: AssistantSettings, deps?: EngineDeps, guideFile = SUPPORT_GUIDE): Assistant {
  const knowledge = loadKnowledge(guideFile);
  return { engine: createEngine(config, knowledge, deps), knowledge, historyTurns: config.ASSISTANT_HISTORY_TURNS };
}
