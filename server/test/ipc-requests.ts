/**
 * The child side of a process driven over IPC by `db-processes.ts`: each request gets one answer,
 * `run`'s value (awaited) or `{ ok: false, code, message }` if it threw. The process says it is
 * ready once its modules are loaded, and ends when its parent goes away.
 */
export function answerRequests<Request>(run: (request: Request) => unknown): void {
  if (!process.send) throw new Error('started without an IPC channel: fork it with startDbProcess');
  process.on('message', (request: Request) => {
    void Promise.resolve()
      .then(() => run(request))
      .catch(failureOf)
      .then((answer) => process.send!(answer));
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ ok: true, ready: true });
}

const failureOf = (err: unknown) => ({
  ok: false,
  code: (err as { code?: string }).code ?? 'error',
  message: (err as Error).message,
});
