import type { Intent } from '../nlu/intents.js';
import { plain, type Slots } from '../../nlu/entities.js';
import { PHONE_SLUGS } from '../../nlu/words.js';
import { BUTTON_RESET, FLIGHT, FLYING_WITH_BATTERY, noWayBackIn, PHONE_RESET } from './before-classifier.js';
import {
  ACCOUNT_NOT_PHONE,
  ADDING,
  ASKS_US_TO_REPAIR,
  CART_VERB,
  HAZARD_WORD,
  LOCKED_OUT,
  PARCEL_TROUBLE,
  SETTLED,
  SHARED_WITH_SCAMMER,
  SIGN_IN_CODES,
  STILL_BROKEN,
} from './signs.js';
import type { PreviousTurn, Understanding } from './understand.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * Follow-ups of a known kind: a message read in the light of the one before it, when what it
 * means depends on what was just talked about ("add the cheaper one" after a comparison, "I
 * already gave it to him" after a scam, "none left" after a question about sign-in codes). Each
 * rule names what it recognises; the first that holds wins. A rule is added with a regression
 * case (server/eval/regression) in the shopper's own kind of words.
 */
export interface FollowUpInput {
  /** The message, plain (lowercase, no punctuation or accents). */
  p: string;
  text: string;
  slots: Slots;
  previous: PreviousTurn;
  /** The previous reading, unless it was a clarifying question or a refusal. */
  inherit: Intent | undefined;
  words: number;
  /** The classifier's likeliest reading that has its signs (consistency.ts), computed on demand. */
  classified: () => Intent | undefined;
}

interface FollowUp {
  why: string;
  when: (f: FollowUpInput) => boolean;
  intent: (f: FollowUpInput) => Understanding['intent'];
  /** The slots it reads with: its own, or carried over from the message before (the default). */
  slots?: 'own' | ((f: FollowUpInput) => Slots);
}

const PICKS_ONE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'cheaper',
      'cheapest',
      'pricier',
      'more expensive',
      'dearer',
      'other',
      'first',
      'second',
      'last',
      'bigger',
      'smaller',
      'lighter',
      'heavier',
    ],
    String.raw`) one\b`,
  ),
  String.raw`\bthe (cheaper|cheapest|pricier|first|second|other)\b`,
);
const WHICH_OTHERS = anyOf(
  '',
  group(
    String.raw`\b(`,
    ['which (ones?|phones?|models?)', 'what (phones?|models?|ones?)', 'any (that|which|others?|phones?)'],
    String.raw`)\b.{0,20}\b(do|does|have|has|can|got|come)\b`,
  ),
  String.raw`\bwhich (ones?|phones?) (do|does)\b`,
);
/** "What do I do now, do I need to wipe my phone?" after a scam: the steps after. */
const WHAT_NOW = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'what (do|should|can) i do( now)?',
      'what now',
      'now what',
      'do i (need|have) to (wipe|reset|change|cancel|block|call)',
      'should i (wipe|reset|change|cancel|block|call)',
    ],
    String.raw`)\b`,
  ),
);
const PRESSURE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`insist\w*`,
      'sinon',
      'sonst',
      'si no',
      'je (lui )?donne',
      'soll ich (ihm |ihr )?(den code )?geben',
      '(le|se lo) doy',
      'still (here|there|standing|waiting|calling|texting|at the door)',
      'says (hell|shell|theyll|he will|she will|they will)',
      String.raw`threat\w*`,
      'lose (it|my)',
      String.raw`urgent\w*`,
      'report me',
      'police',
      'legal action',
      'deadline',
      String.raw`within \d+ ?(h|hours?)`,
    ],
    String.raw`)\b`,
  ),
);
const CHECKS_OWN_ORDERS =
  /\b(check|look at|look up|see|show)\b.{0,30}\b(my orders?|my account|refunds? on|any refund)\b/;
const DO_IT = anyOf(
  '',
  group(
    '^ ?((ok|okay|fine|so|well) )?(can|could|would|will) (you|u) (',
    ['just ', 'please ', 'not just '],
    String.raw`)?(do|sort|handle) (it|that|this)( for me)?\b`,
  ),
);
const STILL_DOUBTS = anyOf(
  '',
  group(
    String.raw`\b(he|she|they|it|that|this|them|him)\b.{0,15}\b(`,
    ['must be', 'is', 'was', 'seems?', 'sounded', 'looks?', 'sure'],
    String.raw`)\b.{0,12}\b(real|legit|genuine|official|you)\b`,
  ),
  String.raw`\b(knew|knows) (my|our|all)\b`,
);
/** A word that fills the cart ("put it in rice" is no purchase, so not "put"). */
const TO_CART = /\b(add|buy|basket|cart|checkout|check out|order (it|one|that|the|a))\b/;
const REPLACEMENT = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'replace (it|that|this|them)( with)?',
      '(get|buy|order) (a |one )?(new one|another one|instead)',
      'new one',
      'another one',
      'which (one|charger|cable) should',
      'what should i (get|buy)',
      'safe (one|charger|cable)',
    ],
    String.raw`)\b`,
  ),
);

/** "How much cheaper is it?", "and the price gap?", "is the Halo heavier?": a comparative, asked of what was just compared. */
const COMPARATIVE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'how much (more|less|extra)',
      '(price|cost) (gap|difference|diff)',
      'the (gap|difference|diff)',
      'cheaper',
      'pricier',
      'dearer',
      'more expensive',
      'heavier',
      'lighter',
      'bigger',
      'larger',
      'smaller',
      'brighter',
      'faster',
      'quicker',
      'slower',
      'longer',
      'thinner',
      'thicker',
      'tougher',
    ],
    String.raw`)\b`,
  ),
);

/** "Do I have to wipe it to get back in?": after talk of the account, "it" is the phone. */
const WIPE_IT =
  /\b(wipe|wiping|reset|resetting|erase|erasing|format|formatting) (it|everything|the (whole )?thing|all of it)\b/;

/** Intents that leave a safety conversation: asking for a person, a scam, or a courtesy alone. */
const STILL_SAFE: ReadonlySet<Intent> = new Set(['human_handoff', 'thanks', 'goodbye', 'greeting', 'scam_report']);
const COURTESY: ReadonlySet<Intent> = new Set(['thanks', 'goodbye', 'greeting']);
/** A question inside a message: "thanks, can I charge it overnight now?" is not a courtesy alone. */
const ASKS = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'can',
      'could',
      'should',
      'shall',
      'will',
      'would',
      'what',
      'how',
      'when',
      'why',
      'do (i|we|you)',
      'does (it|he|she)',
      'is (it|he|she|that) (ok|okay|safe|fine|normal)',
      'ok to',
      'safe to',
    ],
    String.raw`)\b`,
  ),
);
/**
 * A thanks, goodbye or greeting leaves the hazard only when it is a few words and asks nothing;
 * a longer message read as one ("he's fine, thanks, can we wait till the morning?") is still about it.
 */
const leavesTheHazard = (reading: Intent, p: string, words: number) =>
  STILL_SAFE.has(reading) && (!COURTESY.has(reading) || (words <= 8 && !ASKS.test(p)));

/** After a hazard, a question of warranty, price or another thing to buy is its own question. */
export const MOVES_ON = anyOf(
  '',
  group(
    group(
      String.raw`^(?!.*\b(`,
      [
        'myself',
        'my self',
        'open (it|the phone|the back)',
        'unscrew',
        'pull (it|the battery) out',
        'take (it|the battery) out',
        'pop (it|the battery) out',
      ],
      String.raw`)\b).*\b(`,
    ),
    [
      String.raw`warrant\w*`,
      String.raw`warrent\w*`,
      'waranty',
      'warenty',
      'covered',
      String.raw`guarantee\w*`,
      String.raw`refund\w*`,
      String.raw`replace\w*`,
      'new one',
      'instead',
      'buy',
      'order',
      'cost',
      'price',
      // "How much rice?", "how much longer?" after a soaking are still about the soaking.
      String.raw`how much(?! (rice|time|longer)\b)(?! do i (need|have) to wait)`,
      'which (charger|phone|case|one|cable)',
      'allowed',
      'take it on',
      'fly',
      'flight',
      'plane',
      'airline',
      'garantie',
      'garantia',
      'gewahrleistung',
      String.raw`couvert\w*`,
      String.raw`cubiert\w*`,
      'abgedeckt',
      String.raw`rembours\w*`,
      String.raw`erstatt\w*`,
      String.raw`reembols\w*`,
      group(
        String.raw`(welche[srnm]?|quel(le)?s?|que|cual(es)?) (\w+ )?(`,
        ['kabel', 'ladegerat', 'hulle', 'cable', 'chargeur', 'coque', 'cargador', 'funda'],
        ')',
      ),
      'kaufen',
      'acheter',
      'comprar',
      'combien (ca |cela )?(coute|coutent)',
      'wie ?viel (kostet|kosten)',
      'cuanto (cuesta|cuestan|vale)',
      'prix',
      'preis',
      'precio',
    ],
    String.raw`)\b`,
  ),
);

/** "But it's my phone in that order, just tell me": insisting after a refusal. */
const INSISTS = /\b(just|only|still|but|come on|its my|it is my|my phone|tell me|yes or no)\b/;

const carried = (f: FollowUpInput) => carryOver(f.slots, f.previous.slots);

/** The one accessory a message named, if it named exactly one. */
const oneAccessory = (slots: Slots) => {
  const accessories = slots.products.filter((s) => !PHONE_SLUGS.has(s));
  return accessories.length === 1 ? accessories[0] : undefined;
};
/** Words of an accessory going on a phone. */
const FITS_ON = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'fits?',
      'fit (on|onto)',
      String.raw`snap\w* (on|onto|to)`,
      String.raw`stick\w* (on|onto|to)`,
      String.raw`attach\w* (to|on)`,
      'go (on|onto)',
      String.raw`work\w* (with|on)`,
      'compatible',
      String.raw`clip\w* (on|onto)`,
    ],
    String.raw`)\b`,
  ),
);
/** "It", "that one": the thing talked about before. */
const POINTS_BACK = /\b(it|its|it s|this|that|that one|this one|them|they)\b/;
/** "The equivalent", "one for the X instead": the same kind of thing for another phone. */
const EQUIVALENT = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(storage|gb|camera|cheaper|phone with|wife|husband|son|daughter|mum|mom|dad|friend)\b).*\b(`,
    [
      'equivalent',
      'same (thing|one|kind) for',
      'one that fits',
      'version (then|for (it|that|the|my|a))',
      '(what|which) (one|case|cover|glass|protector|charger|cable)s? (fits|for|works)',
    ],
    String.raw`)\b`,
  ),
);
/** "Has it shipped yet?", "can you tell me if it's been dispatched": an order's status asked after it was named. */
const SHIPPED_YET = anyOf(
  '',
  group(
    String.raw`\b(`,
    ['it', 'its', 'it s', 'that one', 'the order', '(her|his|their|that) order'],
    String.raw`) (has |is |was )?(been )?(shipped|dispatched|sent out|on (its|the) way)\b`,
  ),
  String.raw`\b(shipped|dispatched|sent out) yet\b`,
  String.raw`\bstatus of (it|that|her|his)\b`,
);

const FOLLOW_UPS: readonly FollowUp[] = [
  {
    why: '"Add the cheaper one" after a comparison picks among the products compared, not a new search.',
    when: (f) =>
      f.inherit === 'product_compare' &&
      (CART_VERB.test(f.p) || ADDING.test(f.p)) &&
      PICKS_ONE.test(f.p) &&
      !f.slots.products.length,
    intent: () => 'cart_add',
  },
  {
    why: '"And what does the cheapest version of each cost?" after a comparison: the same products, compared on that.',
    when: (f) =>
      f.inherit === 'product_compare' &&
      !f.slots.products.length &&
      f.previous.slots.products.length >= 2 &&
      /\b(each|both|all three|all of them|either|the two|the three)\b/.test(f.p) &&
      f.words <= 16,
    intent: () => 'product_compare',
    slots: (f) => ({ ...carried(f), products: f.previous.slots.products }),
  },
  {
    why: '"And what does the cheaper one weigh?" after a comparison: the one picked, not the cheapest of the shop.',
    when: (f) =>
      f.inherit === 'product_compare' &&
      PICKS_ONE.test(f.p) &&
      !/\b(as \w+ as|than|compared|versus|vs)\b/.test(f.p) &&
      !f.slots.products.length &&
      !CART_VERB.test(f.p) &&
      !ADDING.test(f.p) &&
      !notAComparison(f.p) &&
      f.words <= 16,
    intent: () => 'product_info',
    slots: (f) => ({
      ...carried(f),
      rank: undefined,
      alsoRank: undefined,
      aspects: f.slots.aspects.length > 1 ? f.slots.aspects.filter((a) => a !== 'price') : f.slots.aspects,
    }),
  },
  {
    why: '"And how much cheaper is it?", "how much heavier is the Halo?" after a comparison: the same products, compared on that.',
    when: (f) =>
      f.inherit === 'product_compare' &&
      f.previous.slots.products.length >= 2 &&
      f.slots.products.every((s) => f.previous.slots.products.includes(s)) &&
      COMPARATIVE.test(f.p) &&
      !notAComparison(f.p) &&
      !PICKS_ONE.test(f.p) &&
      !CART_VERB.test(f.p) &&
      !ADDING.test(f.p) &&
      f.words <= 14,
    intent: () => 'product_compare',
    slots: (f) => ({ ...carried(f), products: f.previous.slots.products }),
  },
  {
    why: '"Which ones do, then?" after "the Go has no eSIM": the phones that have it.',
    when: (f) =>
      f.inherit === 'product_info' &&
      WHICH_OTHERS.test(f.p) &&
      !f.slots.products.length &&
      f.words <= 10 &&
      f.previous.slots.features.length > 0,
    intent: () => 'product_recommend',
    slots: (f) => ({ ...carried(f), products: [] }),
  },
  {
    why: '"I fly again on Friday, can I take it on?" after talk of a power bank: the flying passage.',
    when: (f) => FLIGHT.test(f.p) && FLYING_WITH_BATTERY.test(plain(`${f.previous.text} ${f.text}`)),
    intent: () => 'product_info',
  },
  {
    why: '"Will deleting the account also remove stuff from my phone?" after an account question: the account\'s answer.',
    when: (f) => (f.inherit === 'account_manage' || f.inherit === 'account_password') && ACCOUNT_NOT_PHONE.test(f.p),
    intent: () => 'account_manage',
    slots: 'own',
  },
  {
    why: '"Do I have to reset my phone?" after a sign-in question: never; it is still the account\'s question.',
    when: (f) =>
      (f.inherit === 'account_password' || f.inherit === 'account_manage') &&
      (PHONE_RESET.test(f.p) || BUTTON_RESET.test(f.p) || WIPE_IT.test(f.p)),
    intent: () => 'account_password',
    slots: 'own',
  },
  {
    why: '"None left" after a question about sign-in codes: still the account\'s question (the answer brings in a person).',
    when: (f) => f.inherit === 'account_password' && noWayBackIn(f.p, SIGN_IN_CODES.test(plain(f.previous.text))),
    intent: () => 'account_password',
    slots: 'own',
  },
  {
    why: '"Already did all that, nothing works" after troubleshooting steps: the same fault, and now a person.',
    when: (f) =>
      !!f.inherit?.startsWith('tech_') &&
      STILL_BROKEN.test(f.p) &&
      !f.slots.products.length &&
      f.words <= 25 &&
      !CART_VERB.test(f.p) &&
      !ADDING.test(f.p) &&
      !SETTLED.test(f.p),
    intent: (f) => f.inherit!,
  },
  {
    why: '"It\'s {order}, I already asked the neighbours" after a missing or damaged parcel: the same claim.',
    when: (f) =>
      (f.inherit === 'returns' || f.inherit === 'shipping_info' || f.inherit === 'order_status') &&
      PARCEL_TROUBLE.test(plain(f.previous.text)) &&
      (!!f.slots.orderNumber ||
        anyOf(
          '',
          group(
            String.raw`\b(`,
            [
              'already',
              'asked',
              'checked',
              'looked',
              'photos?',
              'pictures?',
              'pics',
              'new one',
              'replacement',
              'replace (it|them)',
              'sorted',
              'sort (it|this) out',
              String.raw`refund\w*`,
            ],
            String.raw`)\b`,
          ),
        ).test(f.p)) &&
      !SETTLED.test(f.p) &&
      f.words <= 25,
    intent: () => 'returns',
  },
  {
    why: '"I don\'t trust myself with the tools though" after talk of a repair or the warranty: the service center (the warranty\'s part of the guide).',
    when: (f) =>
      (f.inherit === 'warranty' || !!f.inherit?.startsWith('tech_')) && ASKS_US_TO_REPAIR.test(f.p) && f.words <= 20,
    intent: () => 'warranty',
    slots: 'own',
  },
  {
    why: '"My order would be about 130 dollars, still pay shipping?" after shipping rates: the same country\'s rates, with the free threshold.',
    when: (f) =>
      f.inherit === 'shipping_info' &&
      anyOf(
        '',
        String.raw`\b(pay|paying|charge\w*|free|cost\w*) (for )?(the )?(shipping|postage|delivery)\b`,
        String.raw`\b(shipping|postage|delivery) (is |be )?(free|still)\b`,
        String.raw`\bstill pay\b`,
      ).test(f.p) &&
      f.words <= 20,
    intent: () => 'shipping_info',
  },
  {
    why: '"Does it have to go back in its original box?" after a return: the return\'s conditions.',
    when: (f) =>
      f.inherit === 'returns' &&
      /\b(packag\w*|box|boxes|label|receipt|condition|tags?|seal\w*|opened|unopened)\b/.test(f.p) &&
      /\b(it|they|them|its|the (phone|item|return))\b/.test(f.p) &&
      !/\b(come|comes|came|included|includes|inside) (in|with)\b/.test(f.p) &&
      !CART_VERB.test(f.p) &&
      !ADDING.test(f.p) &&
      f.words <= 20,
    intent: () => 'returns',
    slots: 'own',
  },
  {
    why: '"Can you just do it for me?" asks for what was just talked about (the answer says what the shopper can do).',
    when: (f) => !!f.inherit && DO_IT.test(f.p),
    intent: (f) => f.inherit!,
  },
  {
    why: "\"Can you at least tell me if it's shipped?\" after an order was named: that order's status (whoever's it is, the answer only ever shows the shopper's own).",
    when: (f) =>
      !!f.previous.slots.orderNumber &&
      !f.slots.orderNumber &&
      SHIPPED_YET.test(f.p) &&
      !PARCEL_TROUBLE.test(f.p) &&
      !f.slots.country &&
      !CART_VERB.test(f.p) &&
      f.words <= 25,
    intent: () => 'order_status',
    slots: (f) => ({ ...carried(f), orderNumber: f.previous.slots.orderNumber }),
  },
  {
    why: '"Would it snap onto my Terra?" after talk of one accessory: that accessory\'s fit with the phone named.',
    when: (f) =>
      oneAccessory(f.previous.slots) !== undefined &&
      f.slots.products.length === 1 &&
      PHONE_SLUGS.has(f.slots.products[0]!) &&
      !f.slots.category &&
      FITS_ON.test(f.p) &&
      POINTS_BACK.test(f.p) &&
      !CART_VERB.test(f.p) &&
      f.words <= 20,
    intent: () => 'accessory_compat',
    slots: (f) => withAccessoryOf(f.slots, f.previous.slots),
  },
  {
    why: '"What\'s the equivalent for the X then?" after an accessory that does not fit: the same kind of accessory for that phone.',
    when: (f) =>
      f.inherit === 'accessory_compat' &&
      !!f.previous.slots.category &&
      f.previous.slots.category !== 'phones' &&
      EQUIVALENT.test(f.p) &&
      f.slots.products.every((s) => PHONE_SLUGS.has(s)) &&
      f.slots.products.length <= 1 &&
      f.words <= 16,
    intent: () => 'accessory_find',
    slots: (f) => ({
      ...carried(f),
      products: [],
      category: f.previous.slots.category,
      accessoryFor: f.slots.products[0] ?? f.slots.accessoryFor ?? f.previous.slots.accessoryFor,
    }),
  },
  {
    why: 'After a person was asked for, "how long till they reply?" asks how the team answers.',
    when: (f) =>
      f.inherit === 'human_handoff' &&
      f.words <= 14 &&
      /\b(how long|how soon|when|reply|respond|answer|wait|hear back)\b/.test(f.p),
    intent: () => 'contact_info',
    slots: 'own',
  },
  {
    why: 'After a refusal, "but it\'s my phone in that order, just tell me" is the same request.',
    when: (f) => f.previous.intent === 'injection' && f.words <= 20 && INSISTS.test(f.p),
    intent: () => 'injection',
    slots: 'own',
  },
  {
    why: 'After a scam, "should I switch on that two-step thing as well?" is the account\'s question.',
    when: (f) =>
      f.inherit === 'scam_report' &&
      SIGN_IN_CODES.test(f.p) &&
      /\b(should i|how do i|how to|turn (it )?on|switch (it )?on|set (it )?up)\b/.test(f.p) &&
      !/\b(ever|really|actually) (phone|call|ring|text|email)\w*|\b(phone|call|ring)\w* (people|customers|me)\b/.test(
        f.p,
      ),
    intent: () => 'account_password',
    slots: 'own',
  },
  // "I already gave it to him" is the same danger: what to do now that they have it. "But he knew my order number, so he must be real?" is the same doubt,
  // in any of the four languages; so is the pressure they put on ("he's still at the door, says I'll lose it"). Checking one's own orders is not.
  {
    why: 'After a scam, what was shared, a lock-out, a doubt, pressure or "what now?" is the same danger.',
    when: (f) =>
      f.inherit === 'scam_report' &&
      !CHECKS_OWN_ORDERS.test(f.p) &&
      (SHARED_WITH_SCAMMER.test(f.p) ||
        LOCKED_OUT.test(f.p) ||
        STILL_DOUBTS.test(f.p) ||
        PRESSURE.test(f.p) ||
        (WHAT_NOW.test(f.p) && !f.slots.orderNumber && !/\b(order\w*|discount|deal|price|cheaper)\b/.test(f.p))),
    intent: () => 'scam_report',
    slots: 'own',
  },
  // "Should I dry it with a hair dryer?" or "can I leave it on the charger?" is still about staying safe; "is it still under warranty?", "which charger should I get
  // instead?" or "add the black braided one then" has moved on; "can I keep using it till you sort it" has not, whatever the classifier says.
  {
    why: 'After a hazard, a question about staying safe is still the hazard.',
    when: (f) =>
      f.inherit === 'safety_hazard' &&
      f.words <= 30 &&
      !leavesTheHazard(f.classified() ?? 'greeting', f.p, f.words) &&
      !MOVES_ON.test(f.p) &&
      !TO_CART.test(f.p),
    intent: () => 'safety_hazard',
    slots: 'own',
  },
  {
    why: '"What should I replace it with then?", "which one for my Go then?" after a charger or cable that sparked: one of those to buy instead (for the phone named).',
    when: (f) =>
      f.inherit === 'safety_hazard' &&
      !!f.previous.slots.category &&
      f.previous.slots.category !== 'phones' &&
      REPLACEMENT.test(f.p) &&
      !f.slots.products.some((s) => !PHONE_SLUGS.has(s)),
    intent: () => 'accessory_find',
    slots: forThePhoneNamed,
  },
];

/** The reading of a follow-up of a known kind, or undefined to read the message on its own. */
export function followUpReading(f: FollowUpInput): { intent: Understanding['intent']; slots: Slots } | undefined {
  const rule = FOLLOW_UPS.find((r) => r.when(f));
  if (!rule) return undefined;
  const slots = rule.slots === 'own' ? f.slots : rule.slots ? rule.slots(f) : carried(f);
  return { intent: rule.intent(f), slots };
}

/** "And against the Halo?", "how much heavier is the X than that?", "is it faster on a Pro Max Ultra?": a comparison with what was just talked about. */
const AGAINST = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'against',
      'compared? (to|with)',
      'compares?',
      'vs',
      'versus',
      'than',
      'difference',
      'diff',
      String.raw`unterschied\w*`,
      String.raw`differen\w*`,
      'closer',
      'further',
      'farther',
      'faster',
      'quicker',
      'slower',
      'heavier',
      'lighter',
      'bigger',
      'smaller',
      'longer',
      'cheaper',
      'pricier',
      'dearer',
      'more expensive',
      'better',
      'worse',
      '(do|does) anything',
      'which (one|of them|of the two|is|has|reaches|gets|lasts|charges)',
    ],
    String.raw`)\b`,
  ),
);

const EXPLICITLY_AGAINST = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'against',
      'compared? (to|with)',
      'compares?',
      'vs',
      'versus',
      'difference',
      'diff',
      String.raw`unterschied\w*`,
      String.raw`differen\w*`,
      'which (one|of them|of the two)',
    ],
    String.raw`)\b`,
  ),
);
const CARRIES_ON = /^ ?((ok|okay|so|hmm|right|well) )*(and|but|what about|how about|und|et|y)\b/;

/**
 * A comparative that is no comparison of products: a fault or a hazard on the shopper's own phone
 * ("my X gets hotter than my old phone"), a parcel, a refund or shipping "faster", a case "bigger".
 */
const notAComparison = (p: string) => HAZARD_WORD.test(p) || NOT_COMPARED_THINGS.test(p) || OWN_PHONE.test(p);
const NOT_COMPARED_THINGS = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`warm\w*`,
      'dangerous',
      'worried',
      'worry',
      'safe',
      'died',
      'dies',
      'dying',
      String.raw`drain\w*`,
      'than (usual|before|normal|it used to|ever)',
      'used to',
      String.raw`ship\w*`,
      String.raw`deliver\w*`,
      String.raw`refund\w*`,
      String.raw`return\w*`,
      'orders?',
      'ordered',
      'parcel',
      'stock',
      'esim',
      'sim',
      'transfer',
      'replacement',
      String.raw`repair\w*`,
      'broken',
      'faulty',
      'case',
      'cases',
      'cover',
      'protector',
      String.raw`fault\w*`,
      'problem',
      'issue',
    ],
    String.raw`)\b`,
  ),
);
const OWN_PHONE = /\bmy (own |old |new |current )?(vision|halo|terra|go|x|pro|phone|mobile)\b/;

/**
 * The product of the message before and the one named now, when the message compares them
 * ("and against the Halo? which one gets me closer?" after a question about the Pro Max Ultra):
 * both phones, or both accessories. Undefined when the message asks something else.
 */
export function againstPrevious(p: string, slots: Slots, previous: PreviousTurn | undefined): Slots | undefined {
  const before = previous?.slots.products;
  if (before?.length !== 1 || slots.products.length !== 1 || before[0] === slots.products[0]) return undefined;
  if (
    PHONE_SLUGS.has(before[0]!) !== PHONE_SLUGS.has(slots.products[0]!) ||
    slots.accessoryFor ||
    previous!.slots.accessoryFor
  )
    return undefined;
  // An explicit comparison ("against", "the difference"), or one that carries on ("and the Terra, is it heavier?").
  if (
    !(EXPLICITLY_AGAINST.test(p) || (CARRIES_ON.test(p) && AGAINST.test(p))) ||
    notAComparison(p) ||
    CART_VERB.test(p) ||
    ADDING.test(p) ||
    p.trim().split(' ').length > 25
  )
    return undefined;
  return { ...carryOver(slots, previous!.slots), products: [before[0]!, slots.products[0]!] };
}

const THAN_THAT = anyOf(
  '',
  group(
    String.raw`^(?=.*\b(\w{3,}er|more|less)\b).*\bthan (`,
    ['that', 'it', 'this', 'that one', 'this one', 'the one you (said|recommended|suggested|showed)'],
    String.raw`)\b`,
  ),
);

/** "How much heavier is the X than that?" after a recommendation: the one named against the one the answer was about ("my X runs hotter than it did" is no comparison). */
export const againstTheOneBefore = (p: string, slots: Slots) =>
  slots.products.length === 1 && THAN_THAT.test(p) && !notAComparison(p) && !CART_VERB.test(p) && !ADDING.test(p);

/** "Which one should I get for my Vision Go then?": the kind talked about, for the phone named now. */
function forThePhoneNamed(f: FollowUpInput): Slots {
  const phone = f.slots.products.find((s) => PHONE_SLUGS.has(s));
  const slots = carryOver(f.slots, f.previous.slots);
  return phone ? { ...slots, products: [], accessoryFor: phone } : slots;
}

/** "And my Go?" after a fit question: the accessory asked about before, beside what this message names. */
export function withAccessoryOf(slots: Slots, before: Slots): Slots {
  return {
    ...carryOver(slots, before),
    products: [...new Set([...before.products.filter((s) => !PHONE_SLUGS.has(s)), ...slots.products])],
  };
}

/** A follow-up keeps what the message before it named, unless it names its own. */
export function carryOver(slots: Slots, before: Slots): Slots {
  return {
    ...slots,
    country: slots.country ?? before.country,
    category: slots.category ?? before.category,
    // "And with the Terra?" after "does the pad work with the X?": the phone named now replaces the one before.
    accessoryFor:
      slots.accessoryFor ?? (slots.products.some((s) => PHONE_SLUGS.has(s)) ? undefined : before.accessoryFor),
    storageGb: slots.storageGb ?? before.storageGb,
    colour: slots.colour ?? before.colour,
    maxPriceCents: slots.maxPriceCents ?? before.maxPriceCents,
    minPriceCents: slots.minPriceCents ?? before.minPriceCents,
    orderNumber: slots.orderNumber ?? before.orderNumber,
    features: slots.features.length ? slots.features : before.features,
    // "And apart from the Terra?" after "the most water-resistant phone?": ranked the same way.
    rank: slots.rank ?? before.rank,
  };
}
