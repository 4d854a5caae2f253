// Plain JavaScript on purpose: a worker thread does not inherit tsx's TypeScript loader.
// Runs bcrypt off the event loop. Jobs: {id, op:'hash', password, cost} | {id, op:'verify', password, hash}.
import bcrypt from 'bcryptjs';
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  try {
    const result =
      job.op === 'hash' ? bcrypt.hashSync(job.password, job.cost) : bcrypt.compareSync(job.password, job.hash);
    parentPort.postMessage({ id: job.id, result });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : 'bcrypt failed' });
  }
});
