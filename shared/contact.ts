import { z } from 'zod';
import { EmailSchema, NameSchema } from './auth.js';

export const CONTACT_TOPICS = ['order', 'product', 'repair', 'other'] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];
export const CONTACT_MESSAGE_MIN = 10;
export const CONTACT_MESSAGE_MAX = 2000;

export const ContactMessageSchema = z.strictObject({
  name: NameSchema,
  email: EmailSchema,
  topic: z.enum(CONTACT_TOPICS),
  message: z.string().trim().min(CONTACT_MESSAGE_MIN).max(CONTACT_MESSAGE_MAX),
});
export type ContactMessageInput = z.infer<typeof ContactMessageSchema>;
export interface ContactReceipt {
  id: number;
  receivedAt: string;
}
