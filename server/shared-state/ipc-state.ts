import type { Serializable } from 'node:child_process';
import type { Cluster, Worker } from 'node:cluster';
import { deadline } from './deadline.js';
import { JOIN_ALL_CHUNK, type SharedState } from './shared-state.js';
import { createWorkerHoldings } from './worker-holdings.js';

/**
 * The shared state over Node's IPC (docs/decisions/029-shared-state.md): the primary of a
 * `WORKERS` cluster holds one state (memory-state.ts) and answers its workers, which send each
 * call with `process.send` and await the reply. The same code runs between a parent and a
 * `child_process.fork` child: both ends are a {@link IpcChannel}.
 *
 * Messages carry {@link IPC_TAG}: other traffic on the same channel (Socket.IO's cluster adapter
 * talks over cluster IPC too) is left alone, and an untagged message is never taken for ours.
 */
export const IPC_TAG = 'visionx:shared-state';

/** How long a worker waits for the primary's reply before the call fails as unavailable. */
export const IPC_TIMEOUT_MS = 2000;

/** What both ends need of a channel: `process` in a worker or child, a `Worker` or `ChildProcess` in the parent. */
export interface IpcChannel {
  /** Absent on a `process` started without an IPC channel. */
  send?: (message: Serializable, callback: (err: Error | null) => void) => unknown;
  /** False once the channel is closed (`Worker`s say so with `isConnected()`, and are only served). */
  connected?: boolean;
  on(event: 'message' | 'disconnect', listener: (message: unknown) => void): unknown;
  off(event: 'message' | 'disconnect', listener: (message: unknown) => void): unknown;
}

const OPS = ['take', 'peek', 'giveBack', 'join', 'joinAll', 'leave', 'members', 'lease', 'release'] as const;
type Op = (typeof OPS)[number];

interface Request {
  tag: typeof IPC_TAG;
  id: number;
  op: Op;
  args: unknown[];
}
type Reply = { tag: typeof IPC_TAG; id: number } & ({ ok: true; value?: unknown } | { ok: false; error: string });

/** Why a call found no state to answer it: no reply in time, or no primary any more. */
export class SharedStateUnavailableError extends Error {
  override name = 'SharedStateUnavailableError';
  constructor(
    readonly why: 'timeout' | 'primary_gone',
    readonly op: string,
  ) {
    super(
      why === 'timeout' ? `shared state: no reply to ${op} within the timeout` : `shared state: ${op} with no primary`,
    );
  }
}

const isOurs = (message: unknown): message is Record<string, unknown> =>
  typeof message === 'object' && message !== null && (message as { tag?: unknown }).tag === IPC_TAG;

const isRequest = (message: unknown): message is Request =>
  isOurs(message) && typeof message.id === 'number' && OPS.includes(message.op as Op) && Array.isArray(message.args);

/** Answer one request from `state`; a call that throws is answered with its message. */
async function answer(state: SharedState, request: Request): Promise<Reply> {
  const { id, op, args } = request;
  try {
    const value = await (state[op] as (...a: unknown[]) => Promise<unknown>)(...args);
    return { tag: IPC_TAG, id, ok: true, value };
  } catch (err) {
    return { tag: IPC_TAG, id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** A reply to a peer that has gone meanwhile is dropped: it has nobody left to wait for it. */
const replyTo = (peer: IpcChannel | Worker, reply: Reply) => {
  try {
    peer.send?.(reply as Serializable, () => {});
  } catch {
    // ERR_IPC_CHANNEL_CLOSED: the worker exited between its request and our reply.
  }
};

/**
 * In the primary: answer every worker of `cluster` (present and forked later), or one channel
 * (a `Worker`, or a forked `ChildProcess` in tests), from `state`. A worker may not close it.
 * A worker of the cluster that exits leaves the state at once: its memberships and leases go
 * ([SHARED8], worker-holdings.ts). Returns the function that stops answering.
 */
export function serveSharedState(source: Cluster | Worker | IpcChannel, state: SharedState): () => void {
  if (isCluster(source)) {
    const holdings = createWorkerHoldings();
    const onMessage = (worker: Worker, message: unknown) => {
      if (!isRequest(message)) return;
      void answer(state, message).then((reply) => {
        if (reply.ok) holdings.record(worker.id, message, reply.value);
        replyTo(worker, reply);
      });
    };
    const onExit = (worker: Worker) => void holdings.forget(worker.id, state, Date.now());
    source.on('message', onMessage);
    source.on('exit', onExit);
    return () => {
      source.off('message', onMessage);
      source.off('exit', onExit);
    };
  }
  const channel = source as IpcChannel;
  const onMessage = (message: unknown) => {
    if (isRequest(message)) void answer(state, message).then((reply) => replyTo(channel, reply));
  };
  channel.on('message', onMessage);
  return () => channel.off('message', onMessage);
}

const isCluster = (source: Cluster | Worker | IpcChannel): source is Cluster =>
  'isPrimary' in source && 'fork' in source;

/**
 * In a worker: the SharedState the primary keeps, asked over `channel` (`process`). A call
 * rejects with {@link SharedStateUnavailableError}: `timeout` after `timeoutMs` without a reply,
 * `primary_gone` at once when the channel is closed (and for every call waiting when it closes).
 * `close()` only stops listening: the state is the primary's.
 */
export function ipcSharedState(channel: IpcChannel, { timeoutMs = IPC_TIMEOUT_MS } = {}): SharedState {
  const waiting = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  let nextId = 1;
  let gone = channel.connected === false;

  const onMessage = (message: unknown) => {
    if (!isOurs(message) || typeof message.id !== 'number' || !('ok' in message)) return;
    const call = waiting.get(message.id);
    if (!call) return; // answered after its timeout
    waiting.delete(message.id);
    const reply = message as Reply;
    if (reply.ok) call.resolve(reply.value);
    else call.reject(new Error(`shared state: the primary failed: ${reply.error}`));
  };
  const onDisconnect = () => {
    gone = true;
    for (const [id, call] of waiting) {
      waiting.delete(id);
      call.reject(new SharedStateUnavailableError('primary_gone', 'a call in flight'));
    }
  };
  channel.on('message', onMessage);
  channel.on('disconnect', onDisconnect);

  const call = <T>(op: Op, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      const { send } = channel;
      if (gone || channel.connected === false || !send)
        return reject(new SharedStateUnavailableError('primary_gone', op));
      const id = nextId++;
      const cancel = deadline(timeoutMs, () => {
        waiting.delete(id);
        reject(new SharedStateUnavailableError('timeout', op));
      });
      const settle = (finish: () => void) => {
        cancel();
        finish();
      };
      waiting.set(id, {
        resolve: (value) => settle(() => resolve(value as T)),
        reject: (err) => settle(() => reject(err)),
      });
      const request: Request = { tag: IPC_TAG, id, op, args };
      const failed = (err: Error | null) => {
        if (!err || !waiting.delete(id)) return;
        settle(() => reject(new SharedStateUnavailableError('primary_gone', op)));
      };
      try {
        send.call(channel, request as Serializable, failed);
      } catch (err) {
        failed(err as Error);
      }
    });

  return {
    take: (key, limit, now) => call('take', key, limit, now),
    peek: (key, limit, now) => call('peek', key, limit, now),
    giveBack: (key, limit, now) => call('giveBack', key, limit, now),
    join: (set, member, ttlMs, now) => call('join', set, member, ttlMs, now),
    async joinAll(memberships, ttlMs, now) {
      // One chunk after the other: the primary serves the other workers' requests (and the cluster
      // adapter's relays on the same channels) between two, instead of all the chunks in one go.
      for (let i = 0; i < memberships.length; i += JOIN_ALL_CHUNK)
        await call('joinAll', memberships.slice(i, i + JOIN_ALL_CHUNK), ttlMs, now);
    },
    leave: (set, member, now) => call('leave', set, member, now),
    members: (set, now) => call('members', set, now),
    lease: (name, holder, ttlMs, now) => call('lease', name, holder, ttlMs, now),
    release: (name, holder) => call('release', name, holder),
    async close() {
      channel.off('message', onMessage);
      channel.off('disconnect', onDisconnect);
      onDisconnect();
    },
  };
}
