import { z } from 'zod';
import { EmailSchema, NameSchema } from './auth.js';

export const CONTACT_TOPICS = ['order', 'product', 'repair', 'other'] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];
export const CONTACT_MESSAGE_MIN = 10;
export const CONTACT_MESSAGE_MAX = 2000;

export const ContactMessageSchema = z.strictObject({
  name: NameSchema,
  email: EmailSchema,
  topic: z.enum(CONTACT_TOPICS, { error: 'Choose a topic.' }),
  message: z
    .string({ error: 'Write a message.' })
    .trim()
    .min(CONTACT_MESSAGE_MIN, `Write at least ${CONTACT_MESSAGE_MIN} characters.`)
    .max(CONTACT_MESSAGE_MAX, `Write at most ${CONTACT_MESSAGE_MAX} characters.`),
});
export type ContactMessageInput = z.infer<typeof ContactMessageSchema>;
export interface ContactReceipt {
  id: number;
  receivedAt: string;
}
