import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ipcSharedState } from '../shared-state/ipc-state.js';
import type { SharedState } from '../shared-state/shared-state.js';

export const STATE_PROCESS = fileURLToPath(new URL('./shared-state-process.ts', import.meta.url));
export const TSX_ARGV = ['--import', 'tsx'];

/** A real child process in `mode` (shared-state-process.ts), once it says it is ready. */
export async function startStateProcess(mode: 'serve' | 'serve-plain' | 'silent'): Promise<ChildProcess> {
  const child = fork(STATE_PROCESS, [mode], { execArgv: TSX_ARGV, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [ready] = (await once(child, 'message')) as [unknown];
  if ((ready as { ready?: boolean }).ready !== true) throw new Error(`state process said ${JSON.stringify(ready)}`);
  return child;
}

/** Resolves when the child has exited (at once if it has). */
export const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit').then(() => {});

/**
 * A shared state whose primary is gone: a real process that held it was killed, so every call
 * fails at once as unavailable, as in a worker whose primary died.
 */
export async function goneState(): Promise<SharedState> {
  const child = await startStateProcess('silent');
  const state = ipcSharedState(child);
  child.kill('SIGKILL');
  await exited(child);
  return state;
}
