import type { OrderStatus } from '../../../../shared/order-status.js';
import type { ClientResult } from '../../../../shared/result.js';
import type { StaffProposeInput } from '../../../../shared/staff.js';
import { errorMessage } from '../../lib/errors.js';
import { request } from '../../lib/socket.js';
import { newUuid } from '../../lib/uuid.js';
import { showMessage, showOrder } from './staff-conversation.store.js';
import { takeRow } from './staff.store.js';

/**
 * What staff do in a conversation. Each answers null on success or the sentence to show;
 * the stores follow the server's answer at once, and its pushes after.
 */
export type Outcome = string | null;

export async function run<T>(call: Promise<ClientResult<T>>, then: (data: T) => void): Promise<Outcome> {
  const result = await call;
  if (!result.ok) return errorMessage(result.error);
  then(result.data);
  return null;
}

export const takeOver = (chatId: number) => run(request('staff:take-over', { chatId }), takeRow);
export const handBack = (chatId: number) => run(request('staff:hand-back', { chatId }), takeRow);
export const closeConversation = (chatId: number, resolution: string) =>
  run(request('staff:close', { chatId, resolution }), takeRow);

/** One reply, with its client id kept across a resend so a lost ack never posts it twice. */
export const sendReply = (chatId: number, text: string, clientId = newUuid()) =>
  run(request('staff:reply', { chatId, text, clientId }), showMessage);

export const propose = (input: StaffProposeInput) => run(request('staff:propose', input), showMessage);

export const moveOrder = (number: string, to: OrderStatus, note = '') =>
  run(request('staff:order-move', { number, to, note }), showOrder);

export const sendStaffTyping = (chatId: number, typing: boolean) => void request('staff:typing', { chatId, typing });
