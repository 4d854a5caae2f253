import type { ServerResult } from './result.js';
import type { WhoAmI, WhoAmIInput, SessionEnded } from './session.js';
import type { ContactMessageInput, ContactReceipt } from './contact.js';
import type { Role } from './auth.js';

/** A request: a payload and an ack that always receives one ServerResult. */
export type Request<I, O> = (input: I, ack: (result: ServerResult<O>) => void) => void;

/** Every request the client can make. The server validates each payload with its schema. */
export interface ClientToServerEvents {
  'session:whoami': Request<WhoAmIInput, WhoAmI>;
  'contact:send': Request<ContactMessageInput, ContactReceipt>;
}

/** Pushes: past-tense facts, sent after the change is committed. */
export interface ServerToClientEvents {
  'session:ended': (payload: SessionEnded) => void;
}

export type RequestEvent = keyof ClientToServerEvents;
export type RequestInput<E extends RequestEvent> = Parameters<ClientToServerEvents[E]>[0];
export type RequestOutput<E extends RequestEvent> =
  Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends ServerResult<infer O> ? O : never;

export type InterServerEvents = Record<string, never>;

/** Set by the handshake middleware; handlers read identity only from here. */
export interface SocketData {
  sessionId: string;
  userId: number | null;
  role: Role | 'guest';
}
