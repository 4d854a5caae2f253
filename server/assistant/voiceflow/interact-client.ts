import type { RequestGuard } from '../request-guard.js';
import { VoiceflowFailed } from './failures.js';
import { readSse } from './sse-reader.js';

/** Where and how the Dialog Manager API is reached. */
export interface InteractSettings {
  apiKey: string;
  /** `production`, `development` or a version id: the `versionID` header. */
  versionId: string;
  /** e.g. https://general-runtime.voiceflow.com (no trailing slash). */
  baseUrl: string;
  /** Set: the streaming route is tried first (it names the project); unset: the whole-answer route only. */
  projectId?: string;
  fetch: typeof globalThis.fetch;
}

/** What one engine remembers between turns: the stream route answered 404/405 once, so it is not asked again. */
export interface RouteMemory {
  streamMissing: boolean;
}

/** The body of an interact request (the DM API's `action`, `config` and `state.variables`). */
export interface InteractBody {
  action: { type: 'text' | 'launch'; payload?: string };
  config: { tts: false; stripSSML: true; excludeTypes: string[] };
  state: { variables: Record<string, string> };
}

/**
 * One turn's traces, as they arrive: from the streaming route
 * `POST {base}/v2/project/{projectID}/user/{userID}/interact/stream?completion_events=true` (SSE,
 * `event: trace` frames then `event: end`) when a project id is set and the route exists, else
 * from `POST {base}/state/user/{userID}/interact` (a JSON array of traces). Throws VoiceflowFailed
 * on a status, a body that is not the documented shape, or a dropped stream; an abort of the
 * guard surfaces as fetch's AbortError, which the caller tells apart by `guard.reason`.
 */
export async function* interactTraces(
  s: InteractSettings,
  memory: RouteMemory,
  userId: string,
  body: InteractBody,
  guard: RequestGuard,
): AsyncGenerator<unknown> {
  const user = encodeURIComponent(userId);
  const headers = {
    authorization: s.apiKey,
    versionID: s.versionId,
    'content-type': 'application/json',
  };
  const json = JSON.stringify(body);
  if (s.projectId && !memory.streamMissing) {
    const url = `${s.baseUrl}/v2/project/${encodeURIComponent(s.projectId)}/user/${user}/interact/stream?completion_events=true`;
    const res = await s.fetch(url, {
      method: 'POST',
      headers: { ...headers, accept: 'text/event-stream' },
      body: json,
      signal: guard.signal,
    });
    guard.touch();
    if (res.status === 404 || res.status === 405) {
      // No stream route on this runtime (an older or private one): the whole-answer route from now on.
      memory.streamMissing = true;
      await res.body?.cancel();
    } else {
      if (!res.ok || !res.body) throw await failedStatus(res);
      yield* streamedTraces(res.body, guard);
      return;
    }
  }
  const res = await s.fetch(`${s.baseUrl}/state/user/${user}/interact`, {
    method: 'POST',
    headers: { ...headers, accept: 'application/json' },
    body: json,
    signal: guard.signal,
  });
  guard.touch();
  if (!res.ok) throw await failedStatus(res);
  let traces: unknown;
  try {
    traces = JSON.parse(await res.text());
  } catch (err) {
    if (guard.reason) throw err;
    throw new VoiceflowFailed({ kind: 'malformed' });
  }
  if (!Array.isArray(traces)) throw new VoiceflowFailed({ kind: 'malformed' });
  yield* traces;
}

async function* streamedTraces(body: ReadableStream<Uint8Array>, guard: RequestGuard): AsyncGenerator<unknown> {
  for await (const frame of readSse(body)) {
    guard.touch();
    if (frame.event === 'end') return;
    if (frame.event !== 'trace') continue;
    let data: unknown;
    try {
      data = JSON.parse(frame.data);
    } catch {
      throw new VoiceflowFailed({ kind: 'malformed' });
    }
    // The v2 route sends the trace itself; the v2beta1 route wraps it as { type: 'trace', trace }.
    const wrapped = typeof data === 'object' && data !== null && 'trace' in data;
    yield wrapped ? (data as { trace: unknown }).trace : data;
  }
  if (!guard.reason) throw new VoiceflowFailed({ kind: 'truncated' });
}

/** The status only: the body of a 401 may echo part of the key, so it is read and dropped. */
async function failedStatus(res: Response): Promise<VoiceflowFailed> {
  await res.body?.cancel().catch(() => {});
  return new VoiceflowFailed({ kind: 'status', status: res.status });
}
