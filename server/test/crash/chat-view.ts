import type { ChatDelta, ChatMessage, ChatMessagePush, ChatTranscript } from '../../../shared/chat.js';
import type { TestSocket } from '../harness.js';

/** A message as compared with its stored row: what a shopper reads of it. */
export interface MessageSeen {
  id: number;
  role: string;
  status: string;
  content: string;
  error: string | null;
}

export const seenOf = (m: ChatMessage): MessageSeen => ({
  id: m.id,
  role: m.role,
  status: m.status,
  content: m.content,
  error: m.error?.code ?? null,
});

/**
 * A shopper's conversations as its tab shows them: each conversation's snapshot (chat:current on
 * every connect), then the pushes on top, as the client applies them (a message added or
 * replaced whole, a text delta appended when its `seq` is past what the message holds).
 */
export class ChatView {
  readonly chats = new Map<number, Map<number, ChatMessage>>();
  #watchers = new Set<() => void>();

  /** Take a socket's pushes; call on every new socket before asking for the snapshot. */
  listen(socket: TestSocket): void {
    const put = ({ chatId, message }: ChatMessagePush) => this.#put(chatId, message);
    socket.on('chat:message-added', put);
    socket.on('chat:message-updated', put);
    socket.on('chat:done', put);
    socket.on('chat:error', put);
    socket.on('chat:delta', (delta: ChatDelta) => {
      const message = this.chats.get(delta.chatId)?.get(delta.messageId);
      if (!message || delta.kind !== 'text' || delta.seq <= (message.seq ?? 0)) return;
      this.#put(delta.chatId, { ...message, content: message.content + delta.text, seq: delta.seq });
    });
  }

  /** A conversation's snapshot replaces what was shown of it. */
  snapshot(transcript: ChatTranscript | null): void {
    if (!transcript) return;
    this.chats.set(transcript.chat.id, new Map(transcript.messages.map((m) => [m.id, m])));
    this.#changed();
  }

  /** Every conversation's messages in order, as compared with the database. */
  seen(): Map<number, MessageSeen[]> {
    return new Map(
      [...this.chats].map(([chatId, messages]) => [
        chatId,
        [...messages.values()].sort((a, b) => a.id - b.id).map(seenOf),
      ]),
    );
  }

  /** Answers shown as still streaming. */
  streaming(): ChatMessage[] {
    return [...this.chats.values()].flatMap((m) => [...m.values()]).filter((m) => m.status === 'streaming');
  }

  /** Resolves once `done` says yes to the view (checked after every change), or `give` up resolves first. */
  until(done: () => boolean, giveUp: Promise<unknown>): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!done()) return;
        this.#watchers.delete(check);
        resolve();
      };
      this.#watchers.add(check);
      void giveUp.then(() => {
        this.#watchers.delete(check);
        resolve();
      });
      check();
    });
  }

  #put(chatId: number, message: ChatMessage): void {
    const messages = this.chats.get(chatId) ?? new Map<number, ChatMessage>();
    this.chats.set(chatId, messages);
    messages.set(message.id, message);
    this.#changed();
  }

  #changed(): void {
    for (const check of [...this.#watchers]) check();
  }
}
