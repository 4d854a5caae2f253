import { EngineError } from '../engine.js';

/** How one Voiceflow request failed, in words safe for logs: a kind and a status, never a body or the key. */
export interface VoiceflowFailure {
  kind: 'status' | 'connection' | 'malformed' | 'truncated' | 'timeout' | 'idle';
  status?: number;
}

/** An EngineError with a log-safe `detail` (the shopper gets the code only). */
export class VoiceflowEngineError extends EngineError {
  constructor(
    code: 'upstream' | 'timeout',
    message: string,
    readonly detail: VoiceflowFailure,
  ) {
    super(code, message);
  }
}

/** A failure met while reading the runtime's answer, before it is turned into the shopper's error. */
export class VoiceflowFailed extends Error {
  constructor(readonly detail: VoiceflowFailure) {
    super(`voiceflow ${detail.kind}${detail.status ? ` ${detail.status}` : ''}`);
  }
}

/**
 * The shopper's error: a timeout is `timeout`; a refused key or an unknown project (401, 403,
 * 404), a busy runtime (429, 5xx), a body that is not the documented shape or a dropped
 * connection are `upstream`. Nothing is retried: an interact request advances the dialog, so
 * sending it twice could answer the message twice (docs/decisions/033-voiceflow-engine.md).
 */
export function voiceflowError(detail: VoiceflowFailure): VoiceflowEngineError {
  if (detail.kind === 'timeout' || detail.kind === 'idle')
    return new VoiceflowEngineError('timeout', 'The Voiceflow agent took too long to answer.', detail);
  if (detail.kind === 'status' && (detail.status === 429 || (detail.status ?? 0) >= 500))
    return new VoiceflowEngineError('upstream', 'The Voiceflow agent is busy.', detail);
  if (detail.kind === 'status') return new VoiceflowEngineError('upstream', 'The Voiceflow agent refused.', detail);
  return new VoiceflowEngineError('upstream', 'The Voiceflow answer was interrupted.', detail);
}
