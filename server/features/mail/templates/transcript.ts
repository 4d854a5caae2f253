import { renderMail, type RenderedMail } from '../mail-layout.js';

export interface TranscriptLine {
  /** "You", "VisionX assistant", "Sam (VisionX)". */
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

/** The time as people read it in a mail: "6 Dec 2026, 21:12 UTC" (no locale of the reader is known). */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** A conversation's messages, on the shopper's request (chat:email-transcript). */
export function transcript(d: TranscriptData): RenderedMail {
  return renderMail({
    subject: `Your VisionX conversation: ${d.title}`,
    preheader: `${d.lines.length} messages, as you asked.`,
    heading: 'Your conversation with VisionX',
    blocks: [
      { p: d.title },
      ...d.lines.flatMap((l) => [{ small: `${l.who} · ${when(l.at)}` }, { p: l.text }]),
      { button: { label: 'Continue the conversation', href: d.resumeUrl } },
    ],
  });
}
