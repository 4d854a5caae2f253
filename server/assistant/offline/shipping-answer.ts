import { COUNTRIES, SHIPPING_RATES, type Country } from '../../../shared/shipping.js';
import { plain } from '../../nlu/entities.js';
import { dollars, listWords, paragraphs } from './format.js';
import { policyAnswer } from './guide-answer.js';
import { passageFor } from './intent-passages.js';
import { cartShipping } from './cart-changes.js';
import type { ReplyContext } from './reply-context.js';
import { anyOf, group } from '../../nlu/alternatives.js';

const COUNTRY_NAMES: Record<string, string> = {
  US: 'the United States (all 50 states and Washington, D.C.)',
  CA: 'Canada',
  GB: 'the United Kingdom',
  DE: 'Germany',
  FR: 'France',
  AU: 'Australia',
  MX: 'Mexico',
  ES: 'Spain',
  IT: 'Italy',
  IE: 'Ireland',
  NL: 'the Netherlands',
  AT: 'Austria',
  CH: 'Switzerland',
  BE: 'Belgium',
  JP: 'Japan',
  IN: 'India',
  NZ: 'New Zealand',
  BR: 'Brazil',
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
  const eu = EU.has(code)
    ? ' If you are in another EU country, write to us from the [Contact page](/contact) before ordering and we will see what we can do.'
    : '';
  return `Sorry, we don't deliver to ${COUNTRY_NAMES[code] ?? 'that country'} yet. VisionX ships to ${where}.${eu}`;
}

const ASKS_IF_WE_SHIP = anyOf(
  '',
  String.raw`\b(do|can|will|would) (you|u|ya|visionx|you guys) (\w+ )?(ship|deliver|send|post)\b`,
  String.raw`\bis (shipping|delivery) (possible|available)\b`,
  String.raw`\b(livrez|liefern|versendet|envian|envias|hacen envios)\b`,
);
const CART_WORDS = /\b(cart|basket|what i have|whats in|my stuff|my items)\b/;
const ASKS_DISPATCH = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'cut ?off',
      'cutoff',
      'same day',
      'what time',
      'before what time',
      String.raw`dispatch\w*`,
      'ship (out|the same)',
      'leave the warehouse',
      'when (will|does|do) (it|my order|orders) (ship|leave|go out)',
      'weekends?',
      'holidays?',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      String.raw`\d{1,2} ?(am|pm)`,
      'noon',
    ],
    String.raw`)\b`,
  ),
);
/** Places an order cannot go, from the "where we ship" passage. */
const ASKS_WHERE = /\b(lockers?|po box(es)?|p o box|post office box|forward\w*|freight|islands?|military|apo)\b/;
const ASKS_COST_OR_TIME = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'how much',
      String.raw`cost\w*`,
      'price',
      'rate',
      'fee',
      'free',
      'how long',
      'how many days',
      'time',
      'take',
      'fast',
      'express',
      'standard',
      String.raw`deliver\w*`,
      String.raw`arriv\w*`,
      String.raw`ship\w*`,
      'send',
      'post(age)?',
    ],
    String.raw`)\b`,
  ),
);

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
  const dispatch = ASKS_DISPATCH.test(p)
    ? ctx.knowledge.passages.find((x) => /^when-a-visionx-order-ships/.test(x.id))
    : undefined;
  const leaves = dispatchDay(p);
  if (country && isShipped(country) && (ASKS_COST_OR_TIME.test(p) || !dispatch)) {
    const told = orderOf(p, country);
    const forCart = CART_WORDS.test(p) && !told ? await cartShipping(ctx, country, COUNTRY_NAMES[country]!) : undefined;
    const duties =
      country === 'US' ? '' : ' Prices include import duties and taxes, so there is nothing more to pay at the door.';
    // "Do you ship to Germany?": yes first, then what it costs.
    const yes =
      ASKS_IF_WE_SHIP.test(p) && !told && !forCart && !ctx.slots.orderNumber
        ? `Yes, we ship to ${COUNTRY_NAMES[country]}.`
        : undefined;
    return paragraphs(
      leaves,
      yes,
      told,
      forCart ?? rateLines(country),
      `Days are business days from the day your order leaves our warehouse.${duties}`,
    );
  }
  if (dispatch) return paragraphs(leaves, policyAnswer(dispatch, ctx.turn.userText));
  const passage = passageFor(ctx.knowledge, 'shipping_info', ctx.turn.userText);
  return passage ? policyAnswer(passage, ctx.turn.userText) : rateLines('US');
}

/** "My order would be about 130 dollars, still pay shipping?": that amount against the country's free-shipping threshold. */
function orderOf(p: string, country: Country): string | undefined {
  const m = /\$ ?(\d+(?:\.\d+)?)|\b(\d+(?:\.\d+)?) ?(dollars|bucks|usd)\b/.exec(p);
  if (!m || !/\b(order|cart|basket|spend\w*|total|worth|comes? to|buying)\b/.test(p)) return undefined;
  const cents = Math.round(Number(m[1] ?? m[2]) * 100);
  const r = SHIPPING_RATES[country];
  return cents >= r.freeStandardFromCents
    ? `**Standard shipping is free** on an order of ${dollars(cents)}: it is over the ${dollars(r.freeStandardFromCents)} threshold for ${COUNTRY_NAMES[country]}. Express still costs ${dollars(r.expressCents)}.`
    : `An order of ${dollars(cents)} is under the ${dollars(r.freeStandardFromCents)} free-shipping threshold for ${COUNTRY_NAMES[country]}, so Standard shipping costs ${dollars(r.standardCents)}.`;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const title = (d: string) => d.charAt(0).toUpperCase() + d.slice(1);

/**
 * [SHIP3] "If I order on Saturday morning, does it go out Saturday?": the day it leaves, worked out
 * from the guide's rule (before 2 p.m. Eastern Time on a business day: the same day; otherwise the
 * next business day). Undefined when the message names no day, or a weekday and no time.
 */
export function dispatchDay(p: string): string | undefined {
  const day =
    DAYS.find((d) => new RegExp(`\\b${d}s?\\b`).test(p)) ?? (/\bweekends?\b/.test(p) ? 'saturday' : undefined);
  // "Do you deliver on Saturdays?" asks about delivery days, not when an order placed then leaves.
  if (!day || !/\b(order\w*|buy|bought|pay|paid|plac\w*|check\w* ?out|purchas\w*)\b/.test(p)) return undefined;
  const rule =
    'Orders leave the same day only when placed before 2 p.m. Eastern Time on a business day; public holidays count as weekends.';
  const index = DAYS.indexOf(day);
  if (index >= 5)
    return `**An order placed on ${/\bweekends?\b/.test(p) && !/\b(saturday|sunday)\b/.test(p) ? 'the weekend' : title(day)} leaves on Monday**, the next business day. ${rule}`;
  const clock = /\b(\d{1,2})(?: ?[:.]? ?(\d{2}))? ?(am|pm)\b/.exec(p);
  const hour = clock
    ? (Number(clock[1]) % 12) + (clock[3] === 'pm' ? 12 : 0)
    : /\b(morning|noon|lunch\w*)\b/.test(p)
      ? 10
      : /\b(evening|night|tonight|late)\b/.test(p)
        ? 20
        : undefined;
  if (hour === undefined) return undefined;
  const next = index === 4 ? 'Monday' : title(DAYS[index + 1]!);
  return hour < 14
    ? `**An order placed on ${title(day)} at that time leaves the same day**, as it is before the 2 p.m. Eastern Time cut-off. ${rule}`
    : `**An order placed on ${title(day)} at that time leaves on ${next}**, the next business day, as it is after the 2 p.m. Eastern Time cut-off. ${rule}`;
}
