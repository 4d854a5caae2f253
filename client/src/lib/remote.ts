import { createEffect, createMemo, createSignal, on, type Accessor } from 'solid-js';
import type { AppErrorBody, ClientErrorCode, ClientResult } from '../../../shared/result.js';

export interface Remote<T> {
  /** The latest answer; while the next one loads it stays when `keepPrevious`. */
  data: Accessor<T | undefined>;
  error: Accessor<AppErrorBody<ClientErrorCode> | null>;
  loading: Accessor<boolean>;
  /** Ask again with the current input (after a timeout, say). */
  retry: () => void;
}

interface RemoteOptions<K, T> {
  /** Keep showing the previous answer while the next loads (a listing), instead of none (another product). */
  keepPrevious?: boolean;
  /** An answer already at hand for this input (e.g. the listing the shopper comes back to). */
  cached?: (key: K) => T | undefined;
}

/**
 * The answer to a request whose input is reactive (a URL, a slug). Only the answer to the
 * latest input is applied: a slow answer to an earlier one is dropped, so quick filter
 * changes cannot leave the page showing an older result. A `null` input requests nothing.
 */
export function createRemote<K, T>(
  input: Accessor<K | null>,
  load: (key: K) => Promise<ClientResult<T>>,
  options: RemoteOptions<K, T> = {},
): Remote<T> {
  const [data, setData] = createSignal<T | undefined>(undefined);
  const [error, setError] = createSignal<AppErrorBody<ClientErrorCode> | null>(null);
  const [loading, setLoading] = createSignal(false);
  // Inputs are plain data (a query object, a slug); compare them by value, not identity.
  const keyText = createMemo(() => JSON.stringify(input() ?? null));
  let latest = 0;

  async function run(key: K) {
    const call = ++latest;
    setLoading(true);
    setError(null);
    const result = await load(key);
    if (call !== latest) return;
    if (result.ok) setData(() => result.data);
    else setError(result.error);
    setLoading(false);
  }

  createEffect(
    on(keyText, () => {
      const key = input();
      if (key === null) return;
      const cached = options.cached?.(key);
      if (cached !== undefined) setData(() => cached);
      else if (!options.keepPrevious) setData(undefined);
      void run(key);
    }),
  );

  return {
    data,
    error,
    loading,
    retry: () => {
      const key = input();
      if (key !== null) void run(key);
    },
  };
}
