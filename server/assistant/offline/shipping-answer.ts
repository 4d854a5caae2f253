import { COUNTRIES, SHIPPING_RATES, type Country } from '../../../shared/shipping.js';
import { plain } from '../../nlu/entities.js';
import { dollars, listWords, paragraphs } from './format.js';
import { policyAnswer } from './guide-answer.js';
import { passageFor } from './intent-passages.js';
import { cartShipping } from './cart-changes.js';
import type { ReplyContext } from './reply-context.js';

const COUNTRY_NAMES: Record<string, string> = {
  US: 'the United States (all 50 states and Washington, D.C.)', CA: 'Canada', GB: 'the United Kingdom', DE: 'Germany', FR: 'France', AU: 'Australia', MX: 'Mexico',
  ES: 'Spain', IT: 'Italy', IE: 'Ireland', NL: 'the Netherlands', AT: 'Austria', CH: 'Switzerland', BE: 'Belgium', JP: 'Japan',
  IN: 'India', NZ: 'New Zealand', BR: 'Brazil',
};
const EU = new Set(['ES', 'IT', 'IE', 'NL', 'AT', 'BE']);
const isShipped = (code: string): code is Country => (COUNTRIES as readonly string[]).includes(code);

/** The rates and times of one country, as checkout charges them (shared/shipping.ts). */
export function rateLines(code: Country): string {
  const r = SHIPPING_RATES[code];
  return [
    `Shipping to **${COUNTRY_NAMES[code]}**:`,
    `- **Standard**: ${r.standardDays} days, ${dollars(r.standardCents)}, free on orders of ${dollars(r.freeStandardFromCents)} or more`,
    `- **Express**: ${r.expressDays} days, ${dollars(r.expressCents)}`,
  ].join('\n');
}

function notShipped(code: string): string {
  const where = listWords(COUNTRIES.map((c) => COUNTRY_NAMES[c]!));
  const eu = EU.has(code) ? ' If you are in another EU country, write to us from the [Contact page](/contact) before ordering and we will see what we can do.' : '';
  return `Sorry, we don't deliver to ${COUNTRY_NAMES[code] ?? 'that country'} yet. VisionX ships to ${where}.${eu}`;
}

const CART_WORDS = /\b(cart|basket|what i have|whats in|my stuff|my items)\b/;
const ASKS_DISPATCH = /\b(cut ?off|cutoff|same day|what time|before what time|dispatch\w*|ship (out|the same)|leave the warehouse|when (will|does|do) (it|my order|orders) (ship|leave|go out)|weekends?|holidays?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2} ?(am|pm)|noon)\b/;
/** Places an order cannot go, from the "where we ship" passage. */
const ASKS_WHERE = /\b(lockers?|po box(es)?|p o box|post office box|forward\w*|freight|islands?|military|apo)\b/;
const ASKS_COST_OR_TIME = /\b(how much|cost\w*|price|rate|fee|free|how long|how many days|time|take|fast|express|standard|deliver\w*|arriv\w*|ship\w*|send|post(age)?)\b/;

/**
 * [SHIP1] The specific fact asked: a named country's rates and times (or that we don't ship there),
 * the dispatch cut-off, else the shipping part of the guide.
 */
export async function shippingAnswer(ctx: ReplyContext): Promise<string> {
  const p = plain(ctx.turn.userText);
  // "us" is a country only in a shipping question: "ship to us", "cost us"?
  const country = ctx.slots.country ?? (/\bus\b/.test(p) ? 'US' : undefined);
  const where = ASKS_WHERE.test(p) ? ctx.knowledge.passages.find((x) => /^where-visionx-ships/.test(x.id)) : undefined;
  if (where) return policyAnswer(where, ctx.turn.userText);
  if (country && !isShipped(country)) return notShipped(country);
  const dispatch = ASKS_DISPATCH.test(p) ? ctx.knowledge.passages.find((x) => /^when-a-visionx-order-ships/.test(x.id)) : undefined;
  if (country && isShipped(country) && (ASKS_COST_OR_TIME.test(p) || !dispatch)) {
    const forCart = CART_WORDS.test(p) ? await cartShipping(ctx, country, COUNTRY_NAMES[country]!) : undefined;
    const duties = country === 'US' ? '' : ' Prices include import duties and taxes, so there is nothing more to pay at the door.';
    return paragraphs(forCart ?? rateLines(country), `Days are business days from the day your order leaves our warehouse.${duties}`);
  }
  if (dispatch) return policyAnswer(dispatch, ctx.turn.userText);
  const passage = passageFor(ctx.knowledge, 'shipping_info', ctx.turn.userText);
  return passage ? policyAnswer(passage, ctx.turn.userText) : rateLines('US');
}
