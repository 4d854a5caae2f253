import type { DbLike } from '../../db/client.js';
import { chats } from '../../db/schema.js';
import type { Department } from '../../../shared/chat.js';
import type { ContactMessageInput, ContactTopic } from '../../../shared/contact.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { insertMessage, titleFrom, type ChatRow } from '../chat/chat.repo.js';

/** Who answers which topic of the contact form. */
export const DEPARTMENT_OF_TOPIC: Record<ContactTopic, Department> = {
  order: 'service',
  product: 'sales',
  repair: 'tech',
  other: 'service',
};

/**
 * A contact message as a conversation waiting for a person (docs/ARCHITECTURE.md §7), written in
 * the contact message's own transaction so neither is stored without the other. It is the
 * shopper's (their past conversations list it) but never their chat panel's current one:
 * `currentAt` 0 means no session made it current (chat.repo.ts currentChatOf), until the shopper
 * opens it themselves.
 */
export function insertContactConversation(
  tx: DbLike,
  session: LiveSession,
  input: ContactMessageInput,
  now: number,
): ChatRow {
  const chat = tx
    .insert(chats)
    .values({
      userId: session.userId,
      sessionId: session.id,
      department: DEPARTMENT_OF_TOPIC[input.topic],
      departmentChosen: true,
      status: 'waiting',
      waitingSince: now,
      title: titleFrom(input.message),
      createdAt: now,
      updatedAt: now,
      currentAt: 0,
      deskStatus: 'open',
      channel: 'contact',
      contactName: input.name,
      contactEmail: input.email,
      handoffAt: now,
      awaitingReplySince: now,
    })
    .returning()
    .get();
  insertMessage(tx, {
    chatId: chat.id,
    role: 'user',
    status: 'complete',
    content: input.message,
    createdAt: now,
    completedAt: now,
  });
  return chat;
}
