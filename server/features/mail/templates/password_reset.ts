import { renderMail, type RenderedMail } from '../mail-layout.js';

/** The "Forgot password?" email: the single-use link and how long it works. */
export function passwordResetMail(data: { name: string; link: string; minutes: number }): RenderedMail {
  return renderMail({
    subject: 'Reset your VisionX password',
    preheader: `This link works for ${data.minutes} minutes, once.`,
    heading: 'Reset your password',
    blocks: [
      { p: `Hello ${data.name}, someone (we hope you) asked to reset the password of your VisionX account.` },
      { button: { label: 'Choose a new password', href: data.link } },
      { p: `The link works once, for ${data.minutes} minutes. Resetting signs you out on every device.` },
      { small: 'If you did not ask for this, ignore this email: your password stays as it is.' },
    ],
  });
}
