import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DbProcessRequest } from './db-process.js';

const SCRIPT = fileURLToPath(new URL('./db-process.ts', import.meta.url));
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface DbProcess<Request extends Serializable = DbProcessRequest> {
  /** Sends one request and resolves with the process's answer. */
  ask<T = { ok: boolean; code?: string; message?: string }>(request: Request): Promise<T>;
  stop(): Promise<void>;
}

const nextMessage = (child: ChildProcess) =>
  new Promise<unknown>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`db process exited (${code}) before answering`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });

/**
 * Another Node process on the same database file, ready for requests (its modules loaded).
 * `script` is db-process.ts, or another that answers with `answerRequests` (ipc-requests.ts).
 */
export async function startDbProcess<Request extends Serializable = DbProcessRequest>(
  script = SCRIPT,
): Promise<DbProcess<Request>> {
  const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  live.add(child);
  await nextMessage(child);
  return {
    ask: (request) => {
      const answer = nextMessage(child);
      child.send(request);
      return answer as never;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await gone;
      live.delete(child);
    },
  };
}
