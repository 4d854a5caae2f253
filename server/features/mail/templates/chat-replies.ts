import { renderMail, type RenderedMail } from '../mail-layout.js';

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
export function staffReply(d: ReplyMailData): RenderedMail {
  return renderMail({
    subject: `${d.staffName} from VisionX replied to you`,
    preheader: excerpt(d.reply).slice(0, 120),
    heading: 'You have a reply',
    blocks: [
      { p: `${d.staffName} from VisionX support answered in your conversation:` },
      { p: excerpt(d.reply) },
      { button: { label: 'Continue the conversation', href: d.resumeUrl } },
      { small: 'We email you once while you are away; further replies wait for you in the conversation.' },
    ],
  });
}

export interface ContactReplyData extends ReplyMailData {
  /** The name the shopper gave on the contact form. */
  contactName: string;
}

/** A staff reply to a contact-form message, sent to the address the shopper gave. */
export function contactReply(d: ContactReplyData): RenderedMail {
  return renderMail({
    subject: `Re: your message to VisionX`,
    preheader: excerpt(d.reply).slice(0, 120),
    heading: `Hello ${d.contactName}`,
    blocks: [
      { p: excerpt(d.reply) },
      { p: `${d.staffName}, VisionX support` },
      { button: { label: 'Reply in the conversation', href: d.resumeUrl } },
      {
        small:
          'You wrote to us through the contact form on our site. Replying to this email does not reach us; use the link above or write again.',
      },
    ],
  });
}
