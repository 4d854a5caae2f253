import type { ChatRow } from './chat.repo.js';

/** What the chat tells whoever follows it (the staff desk), without knowing who that is. */
export interface ChatEventMap {
  /** A conversation now waits for a person while staff are online: its row as just stored. */
  'handoff-requested': ChatRow;
}

export type ChatListener<E extends keyof ChatEventMap> = (payload: ChatEventMap[E]) => void;

/**
 * A small typed observer: listeners run synchronously, in the order they subscribed, when the
 * chat emits (so what they publish goes out right where the chat's own pushes do); a listener
 * that throws fails the emit, as the code it stands for would have.
 */
export interface ChatEvents {
  /** Returns the unsubscribe. */
  on<E extends keyof ChatEventMap>(event: E, listener: ChatListener<E>): () => void;
  emit<E extends keyof ChatEventMap>(event: E, payload: ChatEventMap[E]): void;
}

export function createChatEvents(): ChatEvents {
  const listeners = new Map<keyof ChatEventMap, Set<(payload: never) => void>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => void set.delete(listener);
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) (listener as ChatListener<typeof event>)(payload);
    },
  };
}
