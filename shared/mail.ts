/** What the shop emails (one template each in server/features/mail/templates/). */
export const MAIL_KINDS = [
  'welcome',
  'verify_email',
  'password_reset',
  'order_receipt',
  'order_shipped',
  'order_delivered',
  'staff_reply',
  'transcript',
  'contact_reply',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** pending → sending (leased) → sent; `failed` after the last retry (kept for the viewer and staff). */
export const MAIL_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailState = (typeof MAIL_STATES)[number];
