import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { PasswordHasher } from '../../ports.js';

type Pending = { resolve: (v: string | boolean) => void; reject: (e: Error) => void };
type JobSpec = { op: 'hash'; password: string; cost: number } | { op: 'verify'; password: string; hash: string };
type Job = JobSpec & { id: number };

const WORKER_URL = new URL('./hash.worker.js', import.meta.url);

/**
 * bcrypt (bcryptjs, pure JS) at cost 12 takes a few hundred milliseconds: it runs in a small
 * worker_threads pool so the event loop never stalls. Jobs queue when every worker is busy.
 */
export function createPasswordHasher(
  cost: number,
  size = Math.max(1, Math.min(2, availableParallelism())),
): PasswordHasher {
  const idle: Worker[] = [];
  const queue: Job[] = [];
  const pending = new Map<number, Pending>();
  const busy = new Map<Worker, number>();
  let nextId = 1;
  let closed = false;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job.id);
      worker.postMessage(job);
    }
  };

  const spawn = (): Worker => {
    const worker = new Worker(WORKER_URL);
    worker.unref();
    worker.on('message', (msg: { id: number; result?: string | boolean; error?: string }) => {
      busy.delete(worker);
      idle.push(worker);
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error !== undefined) p?.reject(new Error(msg.error));
      else p?.resolve(msg.result!);
      dispatch();
    });
    worker.on('error', (error) => {
      const jobId = busy.get(worker);
      busy.delete(worker);
      if (jobId !== undefined) pending.get(jobId)?.reject(error);
      if (jobId !== undefined) pending.delete(jobId);
      if (!closed) idle.push(spawn());
      dispatch();
    });
    return worker;
  };
  for (let i = 0; i < size; i++) idle.push(spawn());

  const run = (job: JobSpec) =>
    new Promise<string | boolean>((resolve, reject) => {
      if (closed) return reject(new Error('password hasher is closed'));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      queue.push({ ...job, id });
      dispatch();
    });

  return {
    hash: (password) => run({ op: 'hash', password, cost }) as Promise<string>,
    verify: (password, hash) => run({ op: 'verify', password, hash }) as Promise<boolean>,
    async close() {
      closed = true;
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
