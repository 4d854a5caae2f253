import { renderMail, type RenderedMail } from '../mail-layout.js';

/** Sent once, when an account is created. */
export function welcomeMail(data: { name: string; accountUrl: string; shopUrl: string }): RenderedMail {
  return renderMail({
    subject: 'Welcome to VisionX',
    preheader: 'Your account is ready: orders, repairs and support chats in one place.',
    heading: `Welcome, ${data.name}`,
    blocks: [
      { p: 'Your VisionX account is ready. Your orders, repairs and support chats now follow you on every device.' },
      { p: 'We have sent a second email with a link to confirm your address.' },
      { button: { label: 'Start shopping', href: data.shopUrl } },
      { small: `Manage your account at ${data.accountUrl}.` },
    ],
  });
}
