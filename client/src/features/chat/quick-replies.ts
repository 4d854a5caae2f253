import type { ChatMessage } from '../../../../shared/chat.js';

/**
 * Whether a message's quick replies can be clicked [VF12]: only under the conversation's last
 * message (tool records aside), in the shopper's current conversation, while no answer streams
 * and no message of theirs is on its way. Once anyone writes, the buttons are history.
 */
export function quickRepliesLive(
  messages: readonly ChatMessage[],
  messageId: number,
  state: { current: boolean; streaming: boolean; sending: boolean },
): boolean {
  if (!state.current || state.streaming || state.sending) return false;
  const last = messages.filter((m) => m.role !== 'tool').at(-1);
  return last?.id === messageId && last.status === 'complete';
}
