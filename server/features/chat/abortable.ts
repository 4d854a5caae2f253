/**
 * Iterate `source` until it ends or `signal` aborts, whichever is first. On abort the source
 * is told to return (an engine waiting on a slow upstream is not awaited), so a Stop takes
 * effect at once even while the engine is stuck.
 */
export async function* abortable<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<{ done: true; value: undefined }>((resolve) => {
    onAbort = () => resolve({ done: true, value: undefined });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    while (true) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next.done || signal.aborted) break;
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Not awaited: a generator suspended in an await only returns once that await settles.
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}
