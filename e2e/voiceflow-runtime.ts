import { type FakeVoiceflow, startFakeVoiceflow } from '../server/test/fake-voiceflow/fake-voiceflow.js';
import { test as base } from './fixtures.js';
import { type E2eServer, serverFor } from './servers.js';
import { startExtraServer } from './spawn-server.js';

/** The key and project the worker's Voiceflow server is configured with, and the fake accepts. */
export const VF_KEY = 'VF.DM.e2e-key-never-shown-0123456789';
export const VF_PROJECT = 'proj-e2e-1';

export interface VoiceflowRuntime {
  server: E2eServer;
  fake: FakeVoiceflow;
}

/**
 * `voiceflow`: a server for this worker answering through ASSISTANT_ENGINE=voiceflow (port 200
 * above its own, a database of its own), and the fake Voiceflow runtime it talks to
 * (server/test/fake-voiceflow/), run in this Playwright worker so a journey scripts each answer
 * (`fake.enqueue`) and reads the requests the runtime received. Started the first time a journey
 * asks for it, stopped with the worker.
 */
export const test = base.extend<Record<never, never>, { voiceflow: VoiceflowRuntime }>({
  voiceflow: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern; it needs none
    async ({}, use, workerInfo) => {
      const fake = await startFakeVoiceflow({ apiKey: VF_KEY, projectId: VF_PROJECT });
      const server = serverFor(workerInfo.parallelIndex + 200);
      const stop = await startExtraServer(server, {
        ASSISTANT_ENGINE: 'voiceflow',
        VOICEFLOW_API_KEY: VF_KEY,
        VOICEFLOW_BASE_URL: fake.baseUrl,
        VOICEFLOW_PROJECT_ID: VF_PROJECT,
      });
      await use({ server, fake });
      await stop();
      await fake.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from './fixtures.js';
