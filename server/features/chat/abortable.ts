/**
 * Iterate `source` until it ends or `signal` aborts, whichever is first. On abort the source
 * is told to return (an engine waiting on a slow upstream is not awaited), so a Stop takes
 * effect at once even while the engine is stuck. Each step waits on a promise of its own
 * (racing every token against one long-lived abort promise would pile a reaction per token on it).
 */
export async function* abortable<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let wake: ((step: IteratorResult<T>) => void) | null = null;
  const onAbort = () => wake?.({ done: true, value: undefined });
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    while (!signal.aborted) {
      const next = await new Promise<IteratorResult<T>>((resolve, reject) => {
        wake = resolve;
        iterator.next().then(resolve, reject);
      });
      wake = null;
      if (next.done || signal.aborted) break;
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Not awaited: a generator suspended in an await only returns once that await settles.
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}
