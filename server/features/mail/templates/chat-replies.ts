import { DEFAULT_LOCALE, type Locale } from '../../../../shared/locales.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';
import { MAIL_WORDS } from '../words/mail-words.js';

export interface ReplyMailData {
  /** The staff member's first name. */
  staffName: string;
  /** The reply as written (shown in full up to a limit; the conversation has the rest). */
  reply: string;
  /** Where the shopper picks the conversation up again (PUBLIC_URL/support?conversation=<id>). */
  resumeUrl: string;
}

const EXCERPT = 1200;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT).trimEnd()}…` : s);

/** "You have a reply": staff answered a chat while the shopper had no tab open (staff-actions.ts reply). */
export function staffReply(d: ReplyMailData, locale: Locale = DEFAULT_LOCALE): RenderedMail {
  const w = MAIL_WORDS[locale].staffReply;
  return renderMail(
    {
      subject: w.subject(d.staffName),
      preheader: excerpt(d.reply).slice(0, 120),
      heading: w.heading,
      blocks: [
        { p: w.intro(d.staffName) },
        { p: excerpt(d.reply) },
        { button: { label: w.button, href: d.resumeUrl } },
        { small: w.small },
      ],
    },
    locale,
  );
}

export interface ContactReplyData extends ReplyMailData {
  /** The name the shopper gave on the contact form. */
  contactName: string;
}

/** A staff reply to a contact-form message, sent to the address the shopper gave. */
export function contactReply(d: ContactReplyData, locale: Locale = DEFAULT_LOCALE): RenderedMail {
  const w = MAIL_WORDS[locale].contactReply;
  return renderMail(
    {
      subject: w.subject,
      preheader: excerpt(d.reply).slice(0, 120),
      heading: w.heading(d.contactName),
      blocks: [
        { p: excerpt(d.reply) },
        { p: w.signature(d.staffName) },
        { button: { label: w.button, href: d.resumeUrl } },
        { small: w.small },
      ],
    },
    locale,
  );
}
