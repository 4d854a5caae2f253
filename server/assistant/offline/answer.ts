import type { Intent } from '../nlu/intents.js';
import { plain } from '../../nlu/entities.js';
import { ASKS_WHO_CHANGED_CART, CARD_IN_TEXT } from '../understanding/guards.js';
import { accessoryCompatAnswer, accessoryFindAnswer, asksAboutOtherDevice, asksAboutOtherMake, otherMakeAnswer } from './accessory-answer.js';
import { cartAnswer, viewCartAnswer } from './cart-answer.js';
import { clearCart, swapInCart, totalWithProduct } from './cart-changes.js';
import { clarifyingQuestion, GOODBYE, GREETING, OFF_TOPIC, REFUSAL, THANKS } from './canned.js';
import { paragraphs } from './format.js';
import { policyAnswer, troubleshootingAnswer } from './guide-answer.js';
import { passageFor } from './intent-passages.js';
import { listOrdersAnswer, orderStatusAnswer } from './orders-answer.js';
import { comparisonAnswer } from './compare-answer.js';
import { productAnswer } from './products-answer.js';
import { recommendAnswer } from './recommend-answer.js';
import { useTool, type ReplyContext } from './reply-context.js';
import { hazardNeedsPerson, safetyAnswer, scamAnswer } from './safety-answer.js';
import { shippingAnswer } from './shipping-answer.js';

export { GREETING, OFF_TOPIC, REFUSAL, THANKS } from './canned.js';

const DID_IT_HELP = 'Did that fix it? If not, I can bring in a person from the VisionX team.';
/** "Just place the order for me": only the shopper can check out (payment needs their card, every time). */
const PLACE_ORDER = /\b(place|put through|submit|complete|finish)\b.{0,20}\border\b|\b(check ?out|order it|buy it|pay) for me\b/;
const PLACE_ORDER_ANSWER = "I can't place an order for you: checkout is yours to do, and I never see or store your card. When you're ready, open your [cart](/cart) and choose **Checkout**.";
/** "Am I talking to a bot?": said plainly, with the way to a person. */
const ARE_YOU_A_BOT = /\b(are you|am i (talking|speaking|chatting) (to|with)|is this|r u|are u|you re|youre)\b.{0,25}\b(real|bot|robot|human|person|ai|machine|computer|automated)\b/;
const asksIfBot = (p: string) => ARE_YOU_A_BOT.test(p) && !/\b(get|put|give|speak|talk|transfer|connect|pass)\b/.test(p);
const I_AM_THE_ASSISTANT = "I'm the VisionX assistant: an automated helper, not a person. I can answer most questions about phones, orders and repairs right away, and whenever you'd rather talk to a person from the VisionX team, just say so and I'll bring one in.";
const CARD_IN_CHAT = "**Please don't type card details into the chat**: I can't take payments here, and nobody at VisionX will ever ask you for a card number or security code in a chat, email or call. Pay only on the checkout page: open your [cart](/cart) and choose **Checkout**. If you've shared a card's details anywhere you didn't mean to, call your bank on the number on your card.";
/** "Did you just add something to my cart?": never; only the shopper's click does. */
const ONLY_PROPOSALS = "I never change your cart myself: I can only propose a change on a card, and nothing happens until you press its button. Anything in your cart was added by you, on this or another of your devices.";
const OFFER_PERSON = "If you'd rather talk to a person, just say so and I'll bring in someone from the VisionX team.";

/** Asks the team to join; false when the request could not be made. */
async function askForPerson(ctx: ReplyContext, why: string): Promise<boolean> {
  const out = await useTool(ctx, 'request_human', { reason: `${why}: "${ctx.turn.userText.slice(0, 120)}"` });
  return out?.ok === true;
}

async function handoffAnswer(ctx: ReplyContext): Promise<string> {
  const reason = ctx.memory.lastUser ? `Shopper asked for a person after: "${ctx.memory.lastUser.text.slice(0, 120)}"` : 'Shopper asked for a person';
  const out = await useTool(ctx, 'request_human', { reason });
  if (!out?.ok) return "I couldn't reach the team from here just now. You can also write to them from the [Contact page](/contact): a person replies by email within one business day.";
  const online = (out.result as { staffOnline?: boolean }).staffOnline;
  return paragraphs(
    `I've asked a person from the VisionX team to join this chat${online ? ': someone is online now' : ''}.`,
    "They'll reply here in the chat or by email within one business day, and they can read our conversation, so you won't have to repeat anything.",
    'You can also write to hello@visionx.example or use the [Contact page](/contact).',
  );
}

/** The guide's answer from the intent's own part of the guide: steps for a problem, the policy otherwise. */
function guideAnswer(ctx: ReplyContext, intent: Intent): string {
  // A follow-up ("and for accessories?") is looked up together with the question it continues.
  const query = ctx.understanding.followUp && ctx.memory.lastUser ? `${ctx.memory.lastUser.text} ${ctx.turn.userText}` : ctx.turn.userText;
  const passage = passageFor(ctx.knowledge, intent, query);
  if (!passage) return paragraphs("I couldn't find that in our support guide.", OFFER_PERSON);
  if (intent.startsWith('tech_')) return paragraphs(troubleshootingAnswer(passage, ctx.turn.userText), DID_IT_HELP);
  // Sign-in trouble is steps too, and it must end with how to reach us (there is no self-service reset).
  if (intent === 'account_password') return troubleshootingAnswer(passage, ctx.turn.userText);
  return policyAnswer(passage, ctx.turn.userText);
}

/** Cancelling or changing an order: the order's real status first when it names one, then what can be done. */
async function orderChangeAnswer(ctx: ReplyContext, intent: 'order_cancel' | 'order_change_address'): Promise<string> {
  const status = ctx.slots.orderNumber ? await orderStatusAnswer(ctx) : undefined;
  if (intent === 'order_cancel') return paragraphs(status, guideAnswer(ctx, 'order_cancel'));
  return paragraphs(
    status,
    "You can't change the delivery address of an order once it's placed. If it is still **Placed** or **Paid**, cancel it from its page in [Your orders](/orders) (you're refunded in full) and order again with the right address. Once it's packed, a person from our team can check with the carrier: just ask me for a person.",
    "If anyone calls, emails or texts asking you to change your delivery address or pay a fee, it isn't VisionX: don't reply.",
  );
}

/** "Is there a charger included with the Vision Go?": what comes in the phone's box, not chargers to buy for it. */
const asksAboutTheBox = (ctx: ReplyContext) => ctx.slots.accessoryFor !== undefined && !ctx.slots.products.length && /\b(in the box|included|include|come with|comes with|came with)\b/.test(plain(ctx.turn.userText));

async function byIntent(ctx: ReplyContext): Promise<string> {
  const intent = ctx.understanding.intent;
  switch (intent) {
    case 'injection': return REFUSAL;
    case 'clarify': return clarifyingQuestion(ctx.understanding.alternatives);
    case 'safety_hazard': return safetyAnswer(ctx, hazardNeedsPerson(ctx) && (await askForPerson(ctx, 'Safety')));
    case 'scam_report': return scamAnswer();
    case 'human_handoff': return asksIfBot(plain(ctx.turn.userText)) ? I_AM_THE_ASSISTANT : handoffAnswer(ctx);
    case 'payment': return CARD_IN_TEXT.test(ctx.turn.userText) ? CARD_IN_CHAT : guideAnswer(ctx, intent);
    case 'greeting': return GREETING;
    case 'thanks': return THANKS;
    case 'goodbye': return GOODBYE;
    case 'off_topic': return OFF_TOPIC;
    case 'product_info':
      if (asksAboutOtherMake(ctx)) return otherMakeAnswer(ctx);
      if (asksAboutTheBox(ctx)) return productAnswer({ ...ctx, slots: { ...ctx.slots, products: [ctx.slots.accessoryFor!] } });
      if (ctx.slots.accessoryFor && !ctx.slots.products.length) return accessoryFindAnswer(ctx);
      return asksAboutOtherDevice(ctx) ? accessoryCompatAnswer(ctx) : productAnswer(ctx);
    case 'product_recommend': return ctx.slots.accessoryFor ? accessoryFindAnswer(ctx) : recommendAnswer(ctx);
    case 'product_compare': return comparisonAnswer(ctx);
    case 'accessory_find': return asksAboutTheBox(ctx) ? productAnswer({ ...ctx, slots: { ...ctx.slots, products: [ctx.slots.accessoryFor!] } }) : accessoryFindAnswer(ctx);
    case 'accessory_compat': return accessoryCompatAnswer(ctx);
    case 'cart_view':
      if (PLACE_ORDER.test(ctx.turn.userText.toLowerCase())) return paragraphs(PLACE_ORDER_ANSWER, await viewCartAnswer(ctx));
      if (ASKS_WHO_CHANGED_CART.test(plain(ctx.turn.userText))) return paragraphs(ONLY_PROPOSALS, await viewCartAnswer(ctx));
      return (await totalWithProduct(ctx)) ?? viewCartAnswer(ctx);
    case 'cart_add':
    case 'cart_remove': return (await totalWithProduct(ctx)) ?? (await clearCart(ctx)) ?? (await swapInCart(ctx)) ?? cartAnswer(ctx);
    case 'order_status': return orderStatusAnswer(ctx);
    case 'order_list': return listOrdersAnswer(ctx);
    case 'order_cancel':
    case 'order_change_address': return orderChangeAnswer(ctx, intent);
    case 'shipping_info': return shippingAnswer(ctx);
    default: return guideAnswer(ctx, intent);
  }
}

/** [OFF6] The answer's text; only a frustrated shopper hears the feeling acknowledged first, and is offered a person. */
export async function answer(ctx: ReplyContext): Promise<string> {
  const body = await byIntent(ctx);
  const intent = ctx.understanding.intent;
  if (!ctx.turn.sentiment.frustrated || intent === 'injection' || intent === 'safety_hazard' || intent === 'scam_report') return body;
  const ack = intent.startsWith('tech_') ? "I'm sorry your phone is giving you trouble; that's really frustrating." : "I'm sorry about this; I can see it's frustrating.";
  return paragraphs(ack, body, intent === 'human_handoff' ? undefined : OFFER_PERSON);
}
