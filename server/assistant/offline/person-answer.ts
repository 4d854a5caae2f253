import { anyOf, group } from '../../nlu/alternatives.js';
import { plain } from '../../nlu/entities.js';
import { CALLBACK, PARCEL_TROUBLE } from '../understanding/signs.js';
import { paragraphs } from './format.js';
import { guideAnswer } from './intent-guide-answer.js';
import { useTool, type ReplyContext } from './reply-context.js';

/** "Am I talking to a bot?": said plainly, with the way to a person. */
const ARE_YOU_A_BOT = anyOf(
  '',
  group(
    String.raw`\b(`,
    // "You are a real person or a bot?": a question by its intonation keeps the statement's order.
    ['are you', 'am i (talking|speaking|chatting) (to|with)', 'is this', 'r u', 'are u', 'you re', 'youre', 'you are'],
    String.raw`)\b.{0,25}\b(real|bot|robot|human|person|ai|machine|computer|automated)\b`,
  ),
);
export const asksIfBot = (p: string) =>
  ARE_YOU_A_BOT.test(p) && !/\b(get|put|give|speak|talk|transfer|connect|pass)\b/.test(p);

/** Asks the team to join; false when the request could not be made. */
export async function askForPerson(ctx: ReplyContext, why: string): Promise<boolean> {
  const out = await useTool(ctx, 'request_human', { reason: `${why}: "${ctx.turn.userText.slice(0, 120)}"` });
  return out?.ok === true;
}

export async function handoffAnswer(ctx: ReplyContext): Promise<string> {
  const reason = ctx.memory.lastUser
    ? `Shopper asked for a person after: "${ctx.memory.lastUser.text.slice(0, 120)}"`
    : 'Shopper asked for a person';
  const out = await useTool(ctx, 'request_human', { reason });
  if (!out?.ok)
    return "I couldn't reach the team from here just now. You can also write to them from the [Contact page](/contact): a person replies by email within one business day.";
  const online = (out.result as { staffOnline?: boolean }).staffOnline;
  return paragraphs(
    `I've asked a person from the VisionX team to join this chat${online ? ': someone is online now' : ''}.`,
    "They'll reply here in the chat or by email within one business day, and they can read our conversation, so you won't have to repeat anything.",
    'You can also write to hello@visionx.example or use the [Contact page](/contact).',
  );
}

/**
 * [HAND2] A person asked for, with what the shopper already said: "am I talking to a bot?" is
 * answered first, and a wrong or damaged delivery gets the guide's claim steps too.
 */
export async function personAnswer(ctx: ReplyContext): Promise<string> {
  const p = plain(ctx.turn.userText);
  const bot = ARE_YOU_A_BOT.test(p)
    ? "I'm the VisionX assistant, an automated helper, so let me bring in a person."
    : undefined;
  const callback = CALLBACK.test(p)
    ? "VisionX has no phone line and doesn't call back: support is in writing, so you always have a record."
    : undefined;
  const claim =
    PARCEL_TROUBLE.test(p) || /\b(sent|gave|delivered) (me )?(the )?wrong\b|\bnot what i (ordered|paid for)\b/.test(p)
      ? guideAnswer(ctx, 'returns')
      : undefined;
  return paragraphs(bot, callback, await handoffAnswer(ctx), claim);
}
