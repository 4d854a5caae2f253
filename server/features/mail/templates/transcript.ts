import { DEFAULT_LOCALE, type Locale } from '../../../../shared/locales.js';
import { renderMail, type RenderedMail } from '../mail-layout.js';
import { MAIL_WORDS, whenIn } from '../words/mail-words.js';

export interface TranscriptLine {
  /** "You", "VisionX assistant", "Sam (VisionX support)": `transcriptAuthor` in the mail's language. */
  who: string;
  /** ISO time. */
  at: string;
  text: string;
}

export interface TranscriptData {
  title: string;
  lines: TranscriptLine[];
  resumeUrl: string;
}

/** Who wrote a line, in the mail's language: the shopper, the assistant, or staff (by name when known). */
export function transcriptAuthor(
  locale: Locale,
  role: 'user' | 'assistant' | 'staff',
  staffName: string | null = null,
): string {
  const w = MAIL_WORDS[locale].transcript;
  return role === 'user' ? w.you : role === 'assistant' ? w.assistant : w.staff(staffName);
}

/** A conversation with no title, in the mail's language. */
export const untitledConversation = (locale: Locale) => MAIL_WORDS[locale].transcript.untitled;

/** A conversation's messages, on the shopper's request (chat:email-transcript), in their language ([LANG4]). */
export function transcript(d: TranscriptData, locale: Locale = DEFAULT_LOCALE): RenderedMail {
  const w = MAIL_WORDS[locale].transcript;
  const when = whenIn(locale);
  return renderMail(
    {
      subject: w.subject(d.title),
      preheader: w.preheader(d.lines.length),
      heading: w.heading,
      blocks: [
        { p: d.title },
        ...d.lines.flatMap((l) => [{ small: `${l.who} · ${when(l.at)}` }, { p: l.text }]),
        { button: { label: w.button, href: d.resumeUrl } },
      ],
    },
    locale,
  );
}
