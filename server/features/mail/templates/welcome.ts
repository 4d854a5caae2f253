import { DEFAULT_LOCALE, type Locale } from '../../../../shared/locales.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';
import { MAIL_WORDS } from '../words/mail-words.js';

/** Sent once, when an account is created. */
export function welcomeMail(
  data: { name: string; accountUrl: string; shopUrl: string },
  locale: Locale = DEFAULT_LOCALE,
): RenderedMail {
  const w = MAIL_WORDS[locale].welcome;
  return renderMail(
    {
      subject: w.subject,
      preheader: w.preheader,
      heading: w.heading(data.name),
      blocks: [
        { p: w.ready },
        { p: w.verifySent },
        { button: { label: w.button, href: data.shopUrl } },
        { small: w.manage(data.accountUrl) },
      ],
    },
    locale,
  );
}
