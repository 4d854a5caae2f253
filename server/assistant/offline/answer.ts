import { cartAnswer, viewCartAnswer } from './cart-answer.js';
import { paragraphs } from './format.js';
import { findPassage, policyAnswer, troubleshootingAnswer } from './guide-answer.js';
import { listOrdersAnswer, orderStatusAnswer } from './orders-answer.js';
import { comparisonAnswer, productAnswer, recommendationAnswer, searchAnswer } from './products-answer.js';
import { useTool, type ReplyContext } from './reply-context.js';
import { terms } from '../knowledge/text.js';

export const GREETING =
  "Hi! I'm the VisionX assistant. I can help you choose a phone or accessory, check your cart and orders, explain our " +
  'shipping, returns and warranty, or fix a problem with your phone. What can I do for you?';
export const THANKS = "You're welcome! Is there anything else I can help you with?";
export const OFF_TOPIC =
  "I can only help with VisionX phones, orders and repairs, but I'm happy to help with any of those: for example, comparing phones, checking an order or fixing a problem.";
export const REFUSAL =
  "I can't do that. I only ever see **your own** cart and orders, and I can't look up another person's order or account, or set my rules aside. " +
  "I'm happy to check your own orders: just give me your order number.";
const FOLLOW_UP = 'Is there anything else I can help you with?';
const DID_IT_HELP = 'Did that fix it? If not, I can bring in a person from the VisionX team.';
const OFFER_PERSON = "If you'd rather talk to a person, just say so and I'll bring in someone from the VisionX team.";

/** How sure retrieval must be before an unclassified message is answered from the guide. */
const GUIDE_CONFIDENCE = 5;

async function handoffAnswer(ctx: ReplyContext): Promise<string> {
  const reason = ctx.memory.lastUser ? `Shopper asked for a person after: "${ctx.memory.lastUser.text.slice(0, 120)}"` : 'Shopper asked for a person';
  const out = await useTool(ctx, 'request_human', { reason });
  if (!out?.ok) return "I couldn't reach the team from here just now. You can also write to them from the [Contact page](/contact): a person replies by email within one business day.";
  const online = (out.result as { staffOnline?: boolean }).staffOnline;
  return paragraphs(
    `I've asked a person from the VisionX team to join this chat${online ? ': someone is online now' : ''}.`,
    "They'll reply here in the chat or by email within one business day, and they can read our conversation, so you won't have to repeat anything.",
  );
}

async function guideAnswer(ctx: ReplyContext, troubleshooting: boolean): Promise<string> {
  const query = followUpQuery(ctx);
  const passage = passageFor(ctx, query, troubleshooting);
  // The passage comes from both messages; what to quote from it, from this one ("and to Canada?" → the Canada line).
  const ask = terms(ctx.turn.userText).length ? ctx.turn.userText : query;
  if (!passage) return paragraphs("I couldn't find that in our support guide.", OFFER_PERSON);
  if (troubleshooting && passage.section === 'Troubleshooting') return paragraphs(troubleshootingAnswer(passage, ask), DID_IT_HELP);
  const order = ctx.slots.orderNumber ? await orderStatusAnswer(ctx) : undefined;
  return paragraphs(order, policyAnswer(passage, ask), FOLLOW_UP);
}

/**
 * A short follow-up that finds little by itself ("and to Canada?") stays on the passage of
 * the question before it; otherwise both messages search together.
 */
function passageFor(ctx: ReplyContext, query: string, troubleshooting: boolean) {
  const find = (q: string) => findPassage(ctx.knowledge, q, troubleshooting) ?? findPassage(ctx.knowledge, q, false);
  const own = find(ctx.turn.userText);
  const previous = ctx.memory.lastUser?.text;
  if (query !== ctx.turn.userText && previous && (own?.score ?? 0) < GUIDE_CONFIDENCE) return find(previous) ?? own;
  return find(query);
}

/** A short follow-up ("and to Canada?") is searched together with the message before it. */
function followUpQuery(ctx: ReplyContext): string {
  const text = ctx.turn.userText;
  const short = text.trim().split(/\s+/).length < 5;
  return short && ctx.memory.lastUser ? `${text} ${ctx.memory.lastUser.text}` : text;
}

async function unknownAnswer(ctx: ReplyContext): Promise<string> {
  const [best] = ctx.knowledge.search(followUpQuery(ctx), 1);
  if (best && best.score >= GUIDE_CONFIDENCE) return guideAnswer(ctx, best.section === 'Troubleshooting');
  const found = await searchAnswer(ctx);
  return found ?? OFF_TOPIC;
}

async function byIntent(ctx: ReplyContext): Promise<string> {
  switch (ctx.intent) {
    case 'injection': return REFUSAL;
    case 'handoff': return handoffAnswer(ctx);
    case 'greeting': return GREETING;
    case 'thanks': return THANKS;
    case 'off-topic': return OFF_TOPIC;
    case 'order-status': return orderStatusAnswer(ctx);
    case 'list-orders': return listOrdersAnswer(ctx);
    case 'view-cart': return viewCartAnswer(ctx);
    case 'cart-change': return cartAnswer(ctx);
    case 'comparison': return comparisonAnswer(ctx);
    case 'recommendation': return recommendationAnswer(ctx);
    case 'product': return productAnswer(ctx);
    case 'troubleshooting': return guideAnswer(ctx, true);
    case 'policy': return guideAnswer(ctx, false);
    case 'unknown': return unknownAnswer(ctx);
  }
}

/** [OFF6] The answer's text; a frustrated shopper hears the feeling acknowledged first and is offered a person. */
export async function answer(ctx: ReplyContext): Promise<string> {
  const body = await byIntent(ctx);
  if (!ctx.turn.sentiment.frustrated || ctx.intent === 'injection') return body;
  const ack = ctx.intent === 'troubleshooting' ? "I'm sorry your phone is giving you trouble; that's really frustrating." : "I'm sorry about this, I can see it's frustrating.";
  return paragraphs(ack, body, ctx.intent === 'handoff' ? undefined : OFFER_PERSON);
}
