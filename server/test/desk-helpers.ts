import { eq } from 'drizzle-orm';
import type { StaffConversation } from '../../shared/staff.js';
import { users } from '../db/schema.js';
import { ask } from './chat-helpers.js';
import { nextRowWhere } from './desk-rows.js';
import type { TestApp, TestSocket } from './harness.js';
import { signInStaff } from './helpers.js';

export interface NamedStaff {
  id: number;
  name: string;
  socket: TestSocket;
  cookie: string;
}

/** A staff member with their own first name (the console shows first names), connected. */
export async function namedStaff(app: TestApp, name: string): Promise<NamedStaff> {
  const { cookie, email } = await signInStaff(app);
  const user = app.ctx.db.update(users).set({ name }).where(eq(users.email, email)).returning().get()!;
  return { id: user.id, name, socket: await app.connect(cookie), cookie };
}

/** A guest's conversation with one answered message; the shopper's socket stays connected. */
export async function conversation(app: TestApp, text = 'Hello') {
  const shopper = await app.connect(await app.guestCookie());
  const { sent } = await ask(shopper, text);
  return { shopper, chatId: sent.chat.id };
}

/** The next row of a conversation that passes `accept`, in a `staff:conversations` frame ([PUSH3]). */
export const rowPush = (socket: TestSocket, chatId: number, accept: (row: StaffConversation) => boolean = () => true) =>
  nextRowWhere(socket, (r) => r.chat.id === chatId && accept(r));
