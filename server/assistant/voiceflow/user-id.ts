import { createHmac } from 'node:crypto';

/**
 * The Voiceflow user id of a conversation (the DM API keeps its dialog state per user id): an
 * HMAC of the conversation's id under the server's secret. Stable across restarts and processes,
 * one per conversation, and it says nothing about the shopper: no email, no account id, and
 * without the secret not even the conversation's number [VF2].
 */
export function voiceflowUserId(secret: string, conversationId: number): string {
  const mac = createHmac('sha256', secret).update(`voiceflow-user:${conversationId}`).digest('base64url');
  return `vx-${mac.slice(0, 32)}`;
}
