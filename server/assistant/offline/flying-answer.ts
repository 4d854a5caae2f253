import { plain } from '../../nlu/entities.js';
import { FLIGHT, FLYING_WITH_BATTERY } from '../understanding/before-classifier.js';
import { hazardKinds } from '../understanding/hazards.js';
import { paragraphs } from './format.js';
import { policyAnswer } from './guide-answer.js';
import { showProducts, type ReplyContext } from './reply-context.js';

/**
 * A power bank on a flight, in whatever language: the guide's flying passage, and the power
 * bank's card, so "how long does it take to recharge it?" next means it.
 */
export async function flyingAnswer(ctx: ReplyContext): Promise<string | undefined> {
  const flying = ctx.knowledge.passages.find((x) => x.id.startsWith('flying-with-a-power-bank'));
  if (!flying) return undefined;
  await showProducts(ctx, [
    ctx.slots.products.find((slug) => slug.includes('power-bank')) ?? 'visionx-magnetic-power-bank',
  ]);
  // One that overheated or swelled just before is damaged: it does not fly at all.
  const damaged = hazardKinds(ctx.memory.lastUser?.text ?? '').length > 0;
  return paragraphs(damaged ? DAMAGED_DOES_NOT_FLY : undefined, policyAnswer(flying, ctx.turn.userText));
}
const DAMAGED_DOES_NOT_FLY =
  "**Don't take that one with you, and don't use or charge it**: a power bank that got hot on its own, swelled or smelled may be damaged, and a damaged battery must not fly. Keep it on a hard surface away from anything that burns, and ask for a person here to arrange what happens to it.";
/** A power bank and a flight, in this message or (when this one speaks of flying) with the one before. */
export const asksAboutFlying = (ctx: ReplyContext) => {
  const p = plain(ctx.turn.userText);
  return (
    FLYING_WITH_BATTERY.test(p) ||
    (FLIGHT.test(p) && FLYING_WITH_BATTERY.test(plain(`${ctx.memory.lastUser?.text ?? ''} ${ctx.turn.userText}`)))
  );
};
