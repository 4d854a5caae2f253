import { DEFAULT_LOCALE, type Locale } from '../../../../shared/locales.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';
import { MAIL_WORDS } from '../words/mail-words.js';

/** The link that proves an email address belongs to the account (after sign-up, or a change of email). */
export function verifyEmailMail(
  data: { name: string; email: string; link: string },
  locale: Locale = DEFAULT_LOCALE,
): RenderedMail {
  const w = MAIL_WORDS[locale].verify;
  return renderMail(
    {
      subject: w.subject,
      preheader: w.preheader(data.email),
      heading: w.heading,
      blocks: [
        { p: w.body(data.name, data.email) },
        { button: { label: w.button, href: data.link } },
        { small: w.small },
      ],
    },
    locale,
  );
}
