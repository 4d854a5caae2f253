import { extractSlots, plain } from '../../nlu/entities.js';
import { ASKS_WHO_CHANGED_CART, cardInText } from '../understanding/guards.js';
import { hazardKinds } from '../understanding/hazards.js';
import {
  BUTTON_RESET,
  PHONE_RESET,
  SIGNED_IN_ELSEWHERE,
  accountTakenOver,
  asksToDelete,
  noWayBackIn,
  passwordTyped,
} from '../understanding/before-classifier.js';
import {
  ABOUT_US,
  ACCOUNT_NOT_PHONE,
  NOT_OUR_KIND,
  HEALTH,
  PRAISE,
  SETTLED,
  STILL_BROKEN,
  LOCKED_OUT,
  PARCEL_TROUBLE,
  PLACE_ORDER,
  SHARES_SIGN_IN,
  SIGN_IN_CODES,
} from '../understanding/signs.js';
import {
  accessoryCompatAnswer,
  accessoryFindAnswer,
  asksAboutOtherDevice,
  asksAboutOtherMake,
  otherMakeAnswer,
  UNIVERSAL,
} from './accessory-answer.js';
import { cartAnswer, viewCartAnswer } from './cart-answer.js';
import { clearCart, exchangeOfOwned, swapInCart, totalWithProduct } from './cart-changes.js';
import {
  ABOUT_VISIONX,
  ACCESS_RESTORED_BY_PERSON,
  NOT_OUR_KIND as NOT_OUR_KIND_ANSWER,
  ACCOUNT_CHECKED,
  CARD_IN_CHAT,
  CLAIM_TAKEN,
  CONTACT_WAYS,
  DELETION_LEAVES_PHONE,
  GOODBYE,
  GREETING,
  I_AM_THE_ASSISTANT,
  NEVER_SHARE_SIGN_IN,
  OFFER_PERSON,
  OFF_TOPIC,
  ONLY_PROPOSALS,
  PRAISED,
  SEE_A_DOCTOR,
  PASSWORD_IN_CHAT,
  RESET_WONT_HELP,
  PAYMENT_CHECKED,
  PLACE_ORDER_ANSWER,
  REFUSAL,
  SIGN_OUT_EVERYWHERE,
  STEPS_DID_NOT_HELP,
  TAKEN_OVER,
  THANKS,
  clarifyingQuestion,
} from './canned.js';
import { paragraphs } from './format.js';
import { policyAnswer, troubleshootingAnswer } from './guide-answer.js';
import { asksAboutFlying, flyingAnswer } from './flying-answer.js';
import { guideAnswer, withLaterQuestions } from './intent-guide-answer.js';
import { namedPassageId } from './intent-passages.js';
import { orderChangeAnswer } from './order-change-answer.js';
import { askForPerson, asksIfBot, personAnswer } from './person-answer.js';
import {
  isNotFound,
  listOrdersAnswer,
  orderStatusAnswer,
  orderStatusLine,
  withTheOtherOrder,
} from './orders-answer.js';
import { comparisonAnswer } from './compare-answer.js';
import { missingFeature, productAnswer } from './products-answer.js';
import { recommendAnswer } from './recommend-answer.js';
import type { ReplyContext } from './reply-context.js';
import { asksIfWarmthIsNormal, hazardNeedsPerson, safetyAnswer, WARMTH_IS_NORMAL } from './safety-answer.js';
import { scamAnswer } from './scam-answer.js';
import { shippingAnswer } from './shipping-answer.js';
import { isVagueTrouble, VAGUE_TROUBLE_ANSWER } from './vague-trouble.js';
import {
  ASKS_WINDOW,
  CAN_I_STILL,
  preparesToSend,
  returnWindow,
  warrantyAnswer,
  wipeFirst,
} from './warranty-answer.js';
import { anyOf } from '../../nlu/alternatives.js';

export { GREETING, OFF_TOPIC, REFUSAL, THANKS } from './canned.js';

const NEEDS_PAYMENT_RECORDS = anyOf(
  '',
  String.raw`\b(two|2|double|twice|duplicate|three|3|multiple) (charges|payments)\b`,
  String.raw`\bcharged (twice|two times|three times|double)\b`,
  String.raw`\b(invoice|vat receipt)\b`,
);

/** "Which one's lighter?" after two products were shown: the comparison on that, between them. */
const asksWithinGroup = (ctx: ReplyContext) =>
  !ctx.slots.products.length &&
  ctx.memory.group.length >= 2 &&
  /\bwhich( one| of (them|those|the two))?\b/.test(plain(ctx.turn.userText)) &&
  (ctx.slots.rank !== undefined || ctx.slots.aspects.length > 0);

/** "Is there a charger included with the Vision Go?": what comes in the phone's box, not chargers to buy for it. */
const asksAboutTheBox = (ctx: ReplyContext) =>
  ctx.slots.accessoryFor !== undefined &&
  !ctx.slots.products.length &&
  /\b(in the box|included|include|come with|comes with|came with)\b/.test(plain(ctx.turn.userText));

/** Sign-in trouble: the guide's steps; someone else in the account, or no way back in, also brings in a person. */
async function accountAnswer(ctx: ReplyContext): Promise<string> {
  const p = plain(ctx.turn.userText);
  // Codes named in any language ("código de 6 dígitos") are the two-step passage, whatever words the search finds.
  const twoStep = SIGN_IN_CODES.test(p)
    ? ctx.knowledge.passages.find((x) => x.id.startsWith('two-step-sign-in'))
    : undefined;
  const steps = paragraphs(
    passwordTyped(p) ? PASSWORD_IN_CHAT : undefined,
    PHONE_RESET.test(p) || BUTTON_RESET.test(p) ? RESET_WONT_HELP : undefined,
    twoStep ? troubleshootingAnswer(twoStep, ctx.turn.userText) : guideAnswer(ctx, 'account_password'),
  );
  if (accountTakenOver(p) && (await askForPerson(ctx, 'Someone else used the account')))
    return paragraphs(TAKEN_OVER, steps, ACCOUNT_CHECKED);
  if (SHARES_SIGN_IN.test(p)) return paragraphs(NEVER_SHARE_SIGN_IN, steps);
  if (SIGNED_IN_ELSEWHERE.test(p)) return SIGN_OUT_EVERYWHERE;
  if (
    noWayBackIn(p, SIGN_IN_CODES.test(plain(`${ctx.memory.lastUser?.text ?? ''} ${ctx.turn.userText}`))) &&
    (await askForPerson(ctx, 'No authenticator and no recovery codes'))
  )
    return paragraphs(steps, ACCESS_RESTORED_BY_PERSON);
  return steps;
}

/** "Want my account gone, the lot": the guide's passage on deleting, whatever other words it shares. */
function deletionAnswer(ctx: ReplyContext): string | undefined {
  const passage = asksToDelete(plain(ctx.turn.userText))
    ? ctx.knowledge.passages.find((x) => x.id.startsWith('exporting-or-deleting'))
    : undefined;
  return passage && withLaterQuestions(ctx, 'account_manage', passage, policyAnswer(passage, ctx.turn.userText));
}

const ASKS_COVER = /\b(covered|warrant\w*|guarantee\w*|garantie|garantia|gewahrleistung)\b/;
/**
 * "Add a black 65 W charger, my cheap one melted": the first aid, then the cart change asked for;
 * never a new battery to fit into a phone whose battery swells or is damaged (a person handles that).
 */
const addsAfterHazard = (ctx: ReplyContext, p: string) =>
  ASKS_TO_ADD.test(p) &&
  ctx.slots.products.length > 0 &&
  !hazardKinds(ctx.turn.userText).some((k) => k === 'swelling' || k === 'damaged-battery');
const ASKS_TO_ADD = /\b(add|buy|order)\b.{0,40}\b(cart|basket)\b|^ ?(please |pls |can you |could you )?(add|buy)\b/;

/** The readings a symptomless "my phone is acting weird" lands on; asked what happens instead. */
const GUESSED_AT_TROUBLE = /^(tech_|product_|accessory_|warranty$|clarify$|scam_report$)/;

async function byIntent(ctx: ReplyContext): Promise<string> {
  const intent = ctx.understanding.intent;
  if (GUESSED_AT_TROUBLE.test(intent) && isVagueTrouble(plain(ctx.turn.userText))) return VAGUE_TROUBLE_ANSWER;
  switch (intent) {
    case 'injection':
      return REFUSAL;
    case 'clarify':
      return clarifyingQuestion(ctx.understanding.alternatives);
    // "…and the back is bulging. Is this covered?": first aid first, then what the warranty says.
    case 'safety_hazard': {
      const p = plain(ctx.turn.userText);
      const first = safetyAnswer(ctx, hazardNeedsPerson(ctx) && (await askForPerson(ctx, 'Safety')));
      return paragraphs(
        first,
        ASKS_COVER.test(p) ? warrantyAnswer(ctx) : undefined,
        addsAfterHazard(ctx, p) ? await cartAnswer(ctx) : undefined,
      );
    }
    case 'warranty':
      return warrantyAnswer(ctx);
    case 'account_password':
      return accountAnswer(ctx);
    // "Will deleting the account remove stuff from my phone?": no, it is the shop's account; then the guide's deletion passage.
    case 'account_manage':
      return paragraphs(
        ACCOUNT_NOT_PHONE.test(plain(ctx.turn.userText)) ? DELETION_LEAVES_PHONE : undefined,
        deletionAnswer(ctx) ?? guideAnswer(ctx, intent),
      );
    case 'scam_report': {
      const locked =
        LOCKED_OUT.test(plain(ctx.turn.userText)) && (await askForPerson(ctx, 'Account taken over after a scam'));
      // "They knew my order number, is {order} real?": the shopper's own order, as it really is; one about to be sold is wiped first.
      const order = ctx.slots.orderNumber ? await orderStatusAnswer(ctx) : undefined;
      const selling =
        preparesToSend(ctx) &&
        /\b(sell\w*|sold|buyers?|trad\w* (it )?in|flog\w*|verkauf\w*|vend\w*)\b/.test(plain(ctx.turn.userText));
      return paragraphs(
        scamAnswer(ctx.turn.userText, ctx.memory.lastUser?.text, locked),
        order,
        selling ? wipeFirst(ctx) : undefined,
      );
    }
    case 'contact_info':
      return paragraphs(guideAnswer(ctx, intent), CONTACT_WAYS);
    case 'human_handoff':
      return asksIfBot(plain(ctx.turn.userText)) ? I_AM_THE_ASSISTANT : personAnswer(ctx);
    case 'payment': {
      if (cardInText(ctx.turn.userText)) return CARD_IN_CHAT;
      if (PLACE_ORDER.test(plain(ctx.turn.userText))) return paragraphs(PLACE_ORDER_ANSWER, await viewCartAnswer(ctx));
      // Charged twice, or an invoice: a person looks at the payment records.
      if (NEEDS_PAYMENT_RECORDS.test(plain(ctx.turn.userText)) && (await askForPerson(ctx, 'Payment')))
        return paragraphs(guideAnswer(ctx, intent), PAYMENT_CHECKED);
      // "What's in {order}? I don't recognise it": an order that is not the shopper's is said first, and nothing more of it.
      const named = ctx.slots.orderNumber ? await orderStatusAnswer(ctx) : undefined;
      if (isNotFound(named)) return paragraphs(named, guideAnswer(ctx, intent));
      // "Why has the money gone for {order} already?": the rule, then that order's own status.
      return paragraphs(guideAnswer(ctx, intent), await orderStatusLine(ctx));
    }
    case 'greeting':
      // "Am I talking to a bot?" read as a hello: the answer to what was asked.
      if (asksIfBot(plain(ctx.turn.userText))) return I_AM_THE_ASSISTANT;
      return ABOUT_US.test(plain(ctx.turn.userText)) ? ABOUT_VISIONX : GREETING;
    case 'thanks':
      return PRAISE.test(plain(ctx.turn.userText)) ? PRAISED : THANKS;
    case 'goodbye':
      return GOODBYE;
    case 'off_topic':
      return HEALTH.test(plain(ctx.turn.userText))
        ? SEE_A_DOCTOR
        : NOT_OUR_KIND.test(plain(ctx.turn.userText))
          ? NOT_OUR_KIND_ANSWER
          : OFF_TOPIC;
    case 'product_info':
      if (asksAboutFlying(ctx)) return (await flyingAnswer(ctx)) ?? productAnswer(ctx);
      if (asksWithinGroup(ctx)) return comparisonAnswer(ctx);
      if (asksAboutOtherMake(ctx)) return otherMakeAnswer(ctx);
      if (asksAboutTheBox(ctx))
        return productAnswer({ ...ctx, slots: { ...ctx.slots, products: [ctx.slots.accessoryFor!] } });
      if (ctx.slots.accessoryFor && !ctx.slots.products.length) return accessoryFindAnswer(ctx);
      return asksAboutOtherDevice(ctx) ? accessoryCompatAnswer(ctx) : productAnswer(ctx);
    // "Anything to stop her dropping it?" after a phone: accessories of that kind for it.
    case 'product_recommend':
      return asksWithinGroup(ctx)
        ? comparisonAnswer(ctx)
        : ctx.slots.accessoryFor ||
            (ctx.slots.category &&
              ctx.slots.category !== 'phones' &&
              !UNIVERSAL.has(ctx.slots.category) &&
              ctx.memory.focus)
          ? accessoryFindAnswer(ctx)
          : recommendAnswer(ctx);
    case 'product_compare':
      return comparisonAnswer(ctx);
    case 'accessory_find':
      if (asksAboutOtherDevice(ctx)) return accessoryCompatAnswer(ctx);
      return asksAboutTheBox(ctx)
        ? productAnswer({ ...ctx, slots: { ...ctx.slots, products: [ctx.slots.accessoryFor!] } })
        : accessoryFindAnswer(ctx);
    case 'accessory_compat':
      return accessoryCompatAnswer(ctx);
    case 'cart_view':
      if (PLACE_ORDER.test(plain(ctx.turn.userText))) return paragraphs(PLACE_ORDER_ANSWER, await viewCartAnswer(ctx));
      if (ASKS_WHO_CHANGED_CART.test(plain(ctx.turn.userText)))
        return paragraphs(ONLY_PROPOSALS, await viewCartAnswer(ctx));
      return (await totalWithProduct(ctx)) ?? viewCartAnswer(ctx);
    case 'cart_add':
    case 'cart_remove':
      if (await exchangeOfOwned(ctx)) return guideAnswer(ctx, 'returns');
      return (await totalWithProduct(ctx)) ?? (await clearCart(ctx)) ?? (await swapInCart(ctx)) ?? cartAnswer(ctx);
    case 'order_status':
      return orderStatusAnswer(await withTheOtherOrder(ctx));
    case 'order_list':
      return listOrdersAnswer(ctx);
    case 'order_cancel':
    case 'order_change_address':
      return orderChangeAnswer(await withTheOtherOrder(ctx), intent);
    case 'shipping_info':
      return shippingAnswer(ctx);
    // A damaged or missing parcel is a claim a person handles: they are asked to join straight away.
    case 'returns': {
      // A damaged or missing parcel (told now, or just before) is a claim a person takes, before anything about sending things back.
      const claim = PARCEL_TROUBLE.test(
        plain(
          `${ctx.understanding.followUp && !SETTLED.test(plain(ctx.turn.userText)) ? (ctx.memory.lastUser?.text ?? '') : ''} ${ctx.turn.userText}`,
        ),
      );
      if (claim && (await askForPerson(ctx, 'Parcel claim'))) return paragraphs(guideAnswer(ctx, intent), CLAIM_TAKEN);
      if (preparesToSend(ctx)) return paragraphs(guideAnswer(ctx, intent), wipeFirst(ctx));
      if (
        ASKS_WINDOW.test(plain(ctx.turn.userText)) &&
        CAN_I_STILL.test(plain(ctx.turn.userText)) &&
        !['exchanges', 'refunds-how'].includes(namedPassageId(ctx.turn.userText) ?? '')
      )
        return returnWindow(ctx);
      return guideAnswer(ctx, intent);
    }
    default: {
      if (!intent.startsWith('tech_')) return guideAnswer(ctx, intent);
      // "Selling it this weekend, what do I do first?": back up and erase it, nothing else.
      if (preparesToSend(ctx)) return wipeFirst(ctx) ?? guideAnswer(ctx, intent);
      if (STILL_BROKEN.test(plain(ctx.turn.userText)) && (await askForPerson(ctx, 'Troubleshooting did not help')))
        return paragraphs(STEPS_DID_NOT_HELP, guideAnswer(ctx, intent));
      // A phone without what the steps need, or an accessory with a device it isn't made for, is told first;
      // "warm while filming 4K, normal?" hears that it is before the signs that it is not.
      const warm = asksIfWarmthIsNormal(plain(ctx.turn.userText)) ? WARMTH_IS_NORMAL : undefined;
      return (
        (await missingFeature(ctx)) ??
        paragraphs(
          warm,
          asksAboutOtherDevice(ctx) ? await accessoryCompatAnswer(ctx) : undefined,
          guideAnswer(ctx, intent),
        )
      );
    }
  }
}

/**
 * Readings left alone: those whose answers look up the order a message names themselves (and say
 * when it is not the shopper's), a refusal (which reaches no tool), and a hazard (first aid first).
 */
const ANSWERS_ORDER_ITSELF: ReadonlySet<ReplyContext['understanding']['intent']> = new Set([
  'injection',
  'safety_hazard',
  'order_status',
  'order_cancel',
  'order_change_address',
  'payment',
  'scam_report',
]);

/**
 * [OFF11] "Is {order} paid? yes or no", "as staff, show me {order}": whatever else the message is read
 * as, an order number written in it that is not one of the shopper's is said to be so first. (One
 * that is theirs is shown as its card.) A number carried over from an earlier message is not asked again.
 */
async function notTheShoppersOrder(ctx: ReplyContext): Promise<string | undefined> {
  const number = extractSlots(ctx.turn.userText).orderNumber;
  if (!number || ANSWERS_ORDER_ITSELF.has(ctx.understanding.intent)) return undefined;
  const status = await orderStatusAnswer({ ...ctx, slots: { ...ctx.slots, orderNumber: number } });
  return isNotFound(status) ? status : undefined;
}

/** [OFF6] The answer's text; only a frustrated shopper hears the feeling acknowledged first, and is offered a person. */
export async function answer(ctx: ReplyContext): Promise<string> {
  const body = paragraphs(await notTheShoppersOrder(ctx), await byIntent(ctx));
  const intent = ctx.understanding.intent;
  if (
    !ctx.turn.sentiment.frustrated ||
    intent === 'injection' ||
    intent === 'safety_hazard' ||
    intent === 'scam_report'
  )
    return body;
  const ack = intent.startsWith('tech_')
    ? "I'm sorry your phone is giving you trouble; that's really frustrating."
    : "I'm sorry about this; I can see it's frustrating.";
  return paragraphs(ack, body, intent === 'human_handoff' ? undefined : OFFER_PERSON);
}
