import { and, eq, inArray, isNull, ne, notInArray } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { chatMessages, chats, sessions } from '../../db/schema.js';
import type { SignInChange } from '../../ports.js';
import type { ChatHub } from './chat-hub.js';

/**
 * Sign-in: a guest's conversations move to the account and to the new login session, so the
 * conversation goes on where it was (docs/ARCHITECTURE.md §2). A sign-in from another account carries
 * nothing: that login starts a new conversation.
 */
export function carryGuestChats(db: DbLike, change: SignInChange): undefined {
  if (change.fromUserId !== null || change.fromSessionId === null) return;
  db.update(chats)
    .set({ userId: change.userId, sessionId: change.toSessionId })
    .where(and(isNull(chats.userId), eq(chats.sessionId, change.fromSessionId)))
    .run();
}

/** A password change re-issues the session id: the login's conversations stay its own. */
export function followReissuedSession(db: DbLike, fromSessionId: string, toSessionId: string): void {
  db.update(chats).set({ sessionId: toSessionId }).where(eq(chats.sessionId, fromSessionId)).run();
}

/** The export's conversations; erasure deletes them with the account (foreign key cascade). */
export function registerChatIdentityHooks(ctx: AppContext): void {
  ctx.hooks.onSignIn.push(carryGuestChats);
  ctx.hooks.onSessionReissued.push(followReissuedSession);
  ctx.hooks.exportUser.push({
    section: 'conversations',
    collect: (db, userId) => {
      const own = db.select().from(chats).where(eq(chats.userId, userId)).orderBy(chats.id).all();
      const messages = own.length
        ? db
            .select()
            .from(chatMessages)
            .where(
              inArray(
                chatMessages.chatId,
                own.map((c) => c.id),
              ),
            )
            .orderBy(chatMessages.id)
            .all()
        : [];
      return own.map((c) => ({
        startedAt: new Date(c.createdAt).toISOString(),
        department: c.department,
        messages: messages
          .filter((m) => m.chatId === c.id)
          .map((m) => ({ role: m.role, text: m.content, at: new Date(m.createdAt).toISOString() })),
      }));
    },
  });
}

/** Guest conversations whose session is gone can never be opened again. */
export function purgeOrphanGuestChats(db: DbLike): number {
  const live = db.select({ id: sessions.id }).from(sessions);
  return (
    db
      .delete(chats)
      // A contact-form conversation is kept for the desk until its retention ends (purgeOldContactConversations).
      .where(and(isNull(chats.userId), notInArray(chats.sessionId, live), ne(chats.channel, 'contact')))
      .run().changes
  );
}

/** Erasure: answers still streaming in the user's conversations stop (their rows go with the account). */
export function registerChatErasure(hub: ChatHub): void {
  hub.ctx.hooks.eraseUser.push((db, userId) => {
    for (const stream of hub.streams.all()) {
      const chat = db.select({ userId: chats.userId }).from(chats).where(eq(chats.id, stream.chatId)).get();
      if (chat?.userId === userId) stream.abort.abort('stopped');
    }
  });
}
