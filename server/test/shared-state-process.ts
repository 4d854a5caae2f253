import { createMemoryState } from '../shared-state/memory-state.js';
import { ipcSharedState, serveSharedState } from '../shared-state/ipc-state.js';

/**
 * A real process on the other end of the shared state's IPC (server/shared-state/ipc-state.test.ts).
 * `serve`: holds a memory state and answers its parent, sending a message of other traffic
 * before every reply (as Socket.IO's cluster adapter would); `serve-plain` without it (benches). `silent`: receives and never
 * answers. `take <n> <capacity>`: a worker that takes n tokens at once from one bucket of the
 * primary and reports how many it got. `hold <member>`: a worker that joins a set (and another
 * with joinAll) and takes a lease, then lives on until it is killed.
 */
const [mode, n = '0', capacity = '0'] = process.argv.slice(2);
const send = (message: unknown) => process.send!(message);

if (mode === 'serve' || mode === 'serve-plain') {
  process.on('message', (message) => {
    if (mode === 'serve-plain') return;
    if (typeof message === 'object' && message !== null && 'id' in message)
      send({ type: 'adapter', id: message.id, ok: true, value: 'not ours' });
  });
  serveSharedState(process, createMemoryState());
  send({ ready: true });
} else if (mode === 'silent') {
  process.on('message', () => {});
  send({ ready: true });
} else if (mode === 'hold') {
  // `hold <member>`: a worker that joins a set and takes a lease as `member`, says so, and lives on until killed.
  const state = ipcSharedState(process);
  const now = Date.now();
  await state.join('held', n, 60_000, now);
  await state.joinAll([{ set: 'held-all', member: n }], 60_000, now);
  await state.lease('held-lease', n, 60_000, now);
  send({ holding: n });
} else if (mode === 'take') {
  const state = ipcSharedState(process);
  const limit = { capacity: Number(capacity), refillPerSecond: 0.001 };
  const verdicts = await Promise.all(
    Array.from({ length: Number(n) }, () => state.take('one-bucket', limit, 1_700_000_000_000)),
  );
  await state.close();
  send({ took: verdicts.filter((v) => v.ok).length });
  process.disconnect();
}
