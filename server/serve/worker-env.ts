/**
 * What the primary tells each worker it forks, in its environment: its slot (0 … WORKERS-1, kept
 * by the worker forked in its place) and whether it leads (runs the once-per-shop jobs, [WORK3]).
 * The message a worker sends back: ready, once its app is built and started; and the one the
 * primary sends the live workers when another dies.
 */
export const SLOT_VARIABLE = 'VX_WORKER_SLOT';
export const LEADER_VARIABLE = 'VX_WORKER_LEADER';

export interface WorkerReady {
  type: 'vx:worker-ready';
  slot: number;
  /** The app's instance id: the owner its streaming answers name (answer-owner.ts). */
  instanceId: string;
}

/** From the primary to the live workers: a worker died, its answers still streaming are left behind. */
export interface OwnerDied {
  type: 'vx:owner-died';
  owner: string;
}

const isMessage = (message: unknown, type: string) =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
export const isWorkerReady = (message: unknown): message is WorkerReady => isMessage(message, 'vx:worker-ready');
export const isOwnerDied = (message: unknown): message is OwnerDied => isMessage(message, 'vx:owner-died');

/** What `reportReady` needs of a process's IPC channel (`process` in a worker). */
export interface ReadyChannel {
  send?: (message: WorkerReady, callback: (error: Error | null) => void) => unknown;
}

/**
 * Tells the primary this worker is ready. A primary gone meanwhile (killed during a slow start)
 * fails the send: `EPIPE`, or `ERR_IPC_CHANNEL_CLOSED` once the channel is known closed. Without
 * a callback Node raises that as an 'error' event on `process` that nothing handles, and the
 * worker crashed; `gone` gets it instead ([WORK7]).
 */
export function reportReady(
  channel: ReadyChannel,
  worker: Omit<WorkerReady, 'type'>,
  gone: (error: Error) => void,
): void {
  channel.send?.({ type: 'vx:worker-ready', ...worker }, (error) => {
    if (error) gone(error);
  });
}

/** The slot and role a worker was forked with. */
export function workerRole(env: NodeJS.ProcessEnv): { slot: number; leader: boolean } {
  const slot = Number(env[SLOT_VARIABLE]);
  if (!Number.isInteger(slot) || slot < 0)
    throw new Error(`${SLOT_VARIABLE} is not set: a worker is forked by the primary`);
  return { slot, leader: env[LEADER_VARIABLE] === '1' };
}
