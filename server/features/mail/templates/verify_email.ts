import { renderMail, type RenderedMail } from '../mail-layout.js';

/** The link that proves an email address belongs to the account (after sign-up, or a change of email). */
export function verifyEmailMail(data: { name: string; email: string; link: string }): RenderedMail {
  return renderMail({
    subject: 'Confirm your email address',
    preheader: `Confirm ${data.email} for your VisionX account.`,
    heading: 'Confirm your email address',
    blocks: [
      { p: `Hello ${data.name}, please confirm that ${data.email} is the address of your VisionX account.` },
      { button: { label: 'Confirm my email', href: data.link } },
      { small: 'The link works once, for 48 hours. If you did not ask for this, you can ignore this email.' },
    ],
  });
}
