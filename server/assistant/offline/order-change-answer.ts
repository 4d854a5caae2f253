import { plain } from '../../nlu/entities.js';
import { anyOf } from '../../nlu/alternatives.js';
import { TOO_LATE_TO_CANCEL } from './canned.js';
import { paragraphs } from './format.js';
import { policyAnswer } from './guide-answer.js';
import { guideAnswer } from './intent-guide-answer.js';
import { isNotFound, orderStatusAnswer } from './orders-answer.js';
import type { ReplyContext } from './reply-context.js';

/** The guide's cancelling steps without its line on orders too far along to cancel. */
const withoutTooLate = (steps: string) =>
  steps
    .replace(/ ?Once an order is Packed, Shipped or Delivered you can no longer cancel it;[^.]*\./, '')
    .replace(/\n{3,}/g, '\n\n');

/** An order described as gone from the warehouse ("the one that's on its way", "it already shipped"). */
const LEFT_US = anyOf(
  '',
  String.raw`\b(is|s|its|it s|that s|thats) (already |now )?(on (its|the) way|in transit|out for delivery)\b`,
  String.raw`\b(already|has|have|that) (been )?(shipped|sent|dispatched|left)\b`,
  String.raw`\balready (on (its|the) way|in transit|out for delivery)\b`,
);

/** Cancelling or changing an order: the order's real status first when it names one, then what can be done. */
export async function orderChangeAnswer(
  ctx: ReplyContext,
  intent: 'order_cancel' | 'order_change_address',
): Promise<string> {
  // "Can I cancel it?" right after one order was shown means that order.
  const shown = ctx.memory.lastCards.filter((c) => c.kind === 'order');
  const orderNumber =
    ctx.slots.orderNumber ?? (shown.length === 1 && shown[0]!.kind === 'order' ? shown[0]!.number : undefined);
  const status = orderNumber ? await orderStatusAnswer({ ...ctx, slots: { ...ctx.slots, orderNumber } }) : undefined;
  // Not one of the shopper's orders: that is all, with no word about what orders go through.
  if (isNotFound(status)) return status;
  // "Can't you just do it for me?": only the shopper can, from the order's page.
  const forMe =
    intent === 'order_cancel' &&
    anyOf(
      '',
      String.raw`\b(do it|cancel it|sort it|do that)\b.{0,15}\b(for me|yourself|on your end|from your end)\b`,
      String.raw`\b(can t|cant|can you|could you|would you) (you )?(just )?(do|cancel|sort) (it|that)\b`,
    ).test(plain(ctx.turn.userText));
  if (forMe)
    return paragraphs(
      "I can't cancel an order from the chat: only you can, from the order's page, and while it is still **Placed** or **Paid** it takes one click and you're refunded in full.",
      status,
      guideAnswer(ctx, 'order_cancel'),
    );
  // Too late to cancel once it left the warehouse: the return is the way back.
  if (intent === 'order_cancel' && /^Order \*\*[^*]+\*\* is \*\*(Packed|Shipped|Delivered)\*\*/.test(status ?? '')) {
    const returns = ctx.knowledge.passages.find((x) => x.id.startsWith('the-30-day-return'));
    return paragraphs(status, TOO_LATE_TO_CANCEL, returns && policyAnswer(returns, 'return policy days'));
  }
  // "And the one that's already on its way, can I still cancel it?": no number, but too late all the same.
  if (intent === 'order_cancel' && !status && LEFT_US.test(plain(ctx.turn.userText))) {
    const returns = ctx.knowledge.passages.find((x) => x.id.startsWith('the-30-day-return'));
    return paragraphs(TOO_LATE_TO_CANCEL, returns && policyAnswer(returns, 'return policy days'));
  }
  // An order that can still be cancelled does not need the guide's line on those that can't.
  const cancellable = /^Order \*\*[^*]+\*\* is \*\*(Placed|Paid)\*\*/.test(status ?? '');
  if (intent === 'order_cancel')
    return paragraphs(
      status,
      cancellable ? withoutTooLate(guideAnswer(ctx, 'order_cancel')) : guideAnswer(ctx, 'order_cancel'),
    );
  return paragraphs(
    status,
    "You can't change the delivery address of an order once it's placed. If it is still **Placed** or **Paid**, cancel it from its page in [Your orders](/orders) (you're refunded in full) and order again with the right address. Once it's packed, a person from our team can check with the carrier: just ask me for a person.",
    "If anyone calls, emails or texts asking you to change your delivery address or pay a fee, it isn't VisionX: don't reply.",
  );
}
