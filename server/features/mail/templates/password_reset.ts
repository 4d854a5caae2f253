import { DEFAULT_LOCALE, type Locale } from '../../../../shared/locales.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';
import { MAIL_WORDS } from '../words/mail-words.js';

/** The "Forgot password?" email: the single-use link and how long it works. */
export function passwordResetMail(
  data: { name: string; link: string; minutes: number },
  locale: Locale = DEFAULT_LOCALE,
): RenderedMail {
  const w = MAIL_WORDS[locale].reset;
  return renderMail(
    {
      subject: w.subject,
      preheader: w.preheader(data.minutes),
      heading: w.heading,
      blocks: [
        { p: w.body(data.name) },
        { button: { label: w.button, href: data.link } },
        { p: w.once(data.minutes) },
        { small: w.small },
      ],
    },
    locale,
  );
}
