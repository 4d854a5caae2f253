import { fork } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeAnswer, FakeQuestion, StampedRequest } from './fake-openai-protocol.js';

const script = resolve(fileURLToPath(import.meta.url), '../../servers/fake-openai-server.ts');

export interface FakeOpenAiChild {
  baseURL: string;
  /** The requests that finished since the last call, keyed by their last user message. */
  stamps(): Promise<Map<string, StampedRequest>>;
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The fake OpenAI server in its own process (it listens on a port of its own choosing, so it
 * says its baseURL over IPC instead of being polled like startServerChild's servers).
 */
export async function startFakeOpenAiChild(logFile: string): Promise<FakeOpenAiChild> {
  const log = openSync(logFile, 'w');
  const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', log, log, 'ipc'] });
  closeSync(log);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  const next = <T extends FakeAnswer['type']>(type: T) =>
    new Promise<Extract<FakeAnswer, { type: T }>>((resolve, reject) => {
      const onExit = () => reject(new Error(`fake-openai-server exited; see ${logFile}`));
      const listener = (answer: FakeAnswer) => {
        if (answer.type !== type) return;
        child.off('message', listener);
        child.off('exit', onExit);
        resolve(answer as Extract<FakeAnswer, { type: T }>);
      };
      child.on('message', listener);
      child.once('exit', onExit);
    });
  const ask = <T extends FakeAnswer['type'] & FakeQuestion['type']>(type: T) => {
    const answer = next(type);
    child.send({ type } satisfies FakeQuestion);
    return answer;
  };

  const { baseURL } = await next('ready');
  return {
    baseURL,
    async stamps() {
      const { requests } = await ask('stamps');
      return new Map(requests.map((r) => [r.key, r]));
    },
    cpuMicros: async () => (await ask('cpu')).micros,
    async stop() {
      child.disconnect(); // the child closes its server and exits on disconnect
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      process.off('exit', killOnExit);
    },
  };
}

export const fakeLogFile = (resultsDir: string) => join(resultsDir, 'chat-relay-fake-openai.log');
