import type { Classification } from '../nlu/classifier.js';
import type { Intent } from '../nlu/intents.js';
import { coloursIn, sizesIn, type Slots } from '../../nlu/entities.js';
import type { Language } from '../../nlu/language.js';
import { PHONE_SLUGS } from '../../nlu/words.js';
import { ADDING, CHANGE_WORDS, CART_VERB, COMPARING, HAZARD_WORD } from './signs.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * How the classifier's reading is weighed against what the message shows: a reading needs its
 * signs (plausible), and the entities overrule a reading they contradict (consistent).
 */

export const ABOUT_ONE_THING: ReadonlySet<Intent> = new Set([
  'product_info',
  'product_compare',
  'product_recommend',
  'accessory_find',
]);

/** Intents a message naming two phones keeps: a hazard, a scam, a person, the cart. */
export const NEVER_COMPARED: ReadonlySet<Intent> = new Set([
  'safety_hazard',
  'scam_report',
  'human_handoff',
  'cart_add',
  'cart_remove',
  'cart_view',
  'order_status',
  'order_list',
  'returns',
  'warranty',
]);
/** A cart or order reading stands against two phones named only when the message shows a cart or an order. */
export function keepsOwnReading(intent: Intent, p: string): boolean {
  // "Don't wanna buy something that's dead in 2 years" buys nothing.
  const said = p.replace(/\b(dont|do not|not|never|wont|didnt|no)( (wanna|want to|going to|gonna))? \w+/g, ' ');
  if (intent.startsWith('cart_')) return CART_VERB.test(said) || ADDING.test(said);
  if (intent.startsWith('order_') || intent === 'returns' || intent === 'warranty')
    return /\b(order\w*|bought|parcel|return\w*|refund\w*|warrant\w*|repair\w*|broken|faulty)\b/.test(p);
  return NEVER_COMPARED.has(intent);
}
const OPTION_WORDS = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'same price',
      'cost (more|less|extra)',
      'pay extra',
      'more expensive',
      'cheaper',
      'dearer',
      'difference',
      'vs',
      'versus',
      'worth it',
      'over the',
    ],
    String.raw`)\b`,
  ),
);
/** One product and two of its colours or sizes, and a comparing word. */
export function comparesOptions(slots: Slots, text: string, p: string): boolean {
  if (slots.products.length !== 1 || !OPTION_WORDS.test(p)) return false;
  return coloursIn(text).length >= 2 || sizesIn(text).length >= 2;
}
/** "Bitte auf 256 GB ändern" after the cart was shown: a change of option to the cart. */
export const changesCartOption = (intent: Intent | 'injection' | 'clarify', slots: Slots, p: string) =>
  intent === 'cart_view' && !!(slots.colour || slots.storageGb) && CHANGE_WORDS.test(p);
/** Two phones, or two accessories, and a comparing word ("Buds Pro or the over-ear ones?"). */
export function comparesPhones(slots: Slots, p: string): boolean {
  const phones = slots.products.filter((s) => PHONE_SLUGS.has(s)).length;
  const others = slots.products.length - phones;
  // "The X instead of the Go in my cart" swaps them; it compares nothing.
  const swaps = /\b(cart|basket)\b/.test(p) && CHANGE_WORDS.test(p);
  // "The 65 W charger or the pad for my Pro Max Ultra?": two accessories compared for the phone they are for.
  return (
    (phones >= 2
      ? (!slots.category || slots.category === 'phones') && !slots.accessoryFor
      : others >= 2 && phones === 0) &&
    COMPARING.test(p) &&
    !swaps
  );
}

/**
 * What some readings need to be possible at all: a cart change names something or a cart verb, a
 * scam a contact or a code, a cancellation the word. The classifier can be sure of a reading the
 * message has no sign of ("my phone feels warm while it fast charges" is no question about an
 * accessory); the next likeliest reading with its signs is taken instead.
 */
const NEEDS: Partial<Record<Intent, (s: Slots, p: string) => boolean>> = {
  accessory_compat: (s, p) => s.products.length > 0 || s.accessoryFor !== undefined || ACCESSORY_WORD.test(p),
  accessory_find: (s, p) =>
    s.products.length > 0 ||
    s.accessoryFor !== undefined ||
    (s.category !== undefined && s.category !== 'phones') ||
    ACCESSORY_WORD.test(p) ||
    /\b(protect\w*|gift|extras?|go with)\b/.test(p),
  cart_add: (s, p) => namesSomething(s) || ADDING.test(p),
  // "Cuts out every 10 minutes" takes nothing out: a removal says what, or from where.
  cart_remove: (_s, p) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'remove',
          'delete',
          'drop',
          'rid',
          'cart',
          'basket',
          'dont want',
          'no longer want',
          String.raw`take (it|that|them|this|those|one|the \w+( \w+)?) (out|off)`,
          'take out',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  scam_report: (_s, p) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'driver',
          'courier',
          'door',
          'cash',
          String.raw`demand\w*`,
          String.raw`call\w*`,
          'rang',
          String.raw`phon\w*`,
          String.raw`text\w*`,
          'sms',
          String.raw`e ?mail\w*`,
          String.raw`message\w*`,
          'whatsapp',
          'link',
          'someone',
          'somebody',
          'friend',
          'guy',
          String.raw`scam\w*`,
          'fake',
          String.raw`fraud\w*`,
          String.raw`phish\w*`,
          'suspicious',
          'legit',
          'code',
          'digits',
          'cvv',
          'cvc',
          'pin',
          'card',
          'verify',
          'password',
          'asked',
          'asking',
          'says',
          'said',
          'told',
          String.raw`claim\w*`,
          String.raw`pretend\w*`,
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  // A hazard the guard missed still names something dangerous: heat, smoke, liquid, a child, a swelling.
  safety_hazard: (_s, p) =>
    HAZARD_WORD.test(p) ||
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'lifting',
          'bent',
          'bit',
          String.raw`chew\w*`,
          String.raw`explod\w*`,
          String.raw`pop\w*`,
          'bang',
          String.raw`sizzl\w*`,
          'fumes?',
          'toxic',
          'gas',
          String.raw`electric\w*`,
          String.raw`tingl\w*`,
          String.raw`zap\w*`,
          'water',
          'liquid',
          'wet',
          'rain',
          'toilet',
          'sink',
          'child',
          'kid',
          'baby',
          'toddler',
          'dog',
          'cat',
          String.raw`danger\w*`,
          'unsafe',
          'safe',
          'eau',
          'wasser',
          'agua',
          'chaud',
          'heiss',
          'caliente',
          'calienta',
          String.raw`gonfl\w*`,
          String.raw`aufgebla\w*`,
          String.raw`hinchad\w*`,
          'fumee',
          'rauch',
          'humo',
          'brule',
          'verbrannt',
          String.raw`quemad\w*`,
          'enfant',
          'kind',
          'nino',
          'nina',
          'dangereux',
          'gefahrlich',
          String.raw`peligros\w*`,
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  product_recommend: (s, p) =>
    s.category !== undefined ||
    s.rank !== undefined ||
    s.maxPriceCents !== undefined ||
    s.features.length > 0 ||
    s.products.length > 0 ||
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`recommend\w*`,
          String.raw`suggest\w*`,
          'which',
          'what',
          'best',
          'buy',
          'get',
          'looking',
          'choose',
          'pick',
          'options?',
          'phones?',
          'gift',
          'present',
          'upgrade',
          'new one',
          'should i',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  // Thanks or a goodbye says so: "can I keep using it till you sort it" thanks nobody.
  thanks: (_s, p) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`thank\w*`,
          'thx',
          'thnx',
          'tks',
          'ty',
          'cheers',
          'ta',
          String.raw`appreciat\w*`,
          'great',
          'perfect',
          'brilliant',
          'awesome',
          'cool',
          'ok',
          'okay',
          'lovely',
          'helpful',
          'nice',
          'good',
          'sorted',
          'got it',
          'legend',
          'amazing',
          'fab',
          'fantastic',
          'wonderful',
          'excellent',
          'obliged',
          'lifesaver',
          'life saver',
          'star',
          'grateful',
          'kind',
          'sweet',
          'champion',
          'hero',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  goodbye: (_s, p) =>
    !anyOf(
      '',
      String.raw`\b(so|completely|totally|fed up and|sick and) done with\b`,
      String.raw`\bdone with (this|the|my|your) (phone|thing|device|rubbish|junk|company|shop|service)\b`,
    ).test(p) &&
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'bye',
          'goodbye',
          'see (you|ya)',
          'later',
          'cya',
          'night',
          'thats (all|it|everything)',
          'that s (all|it|everything)',
          'all done',
          'done',
          'ciao',
          'cheers',
          'take care',
          'have a (good|nice)',
          '(talk|speak|chat) soon',
          'gotta (run|go)',
          'got to (run|go)',
          'ttyl',
          'for today',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  cart_view: (s, p) =>
    s.products.length > 0 || /\b(cart|basket|bag|trolley|checkout|check out|total|subtotal|items?|added)\b/.test(p),
  // "Phone" alone is the device ("phone gets warm"); a phone to call is "by phone", "phone number", "on the phone".
  contact_info: (_s, p) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`contact\w*`,
          'reach',
          'e ?mail',
          '(by|on the|via) phone',
          'phone (number|line|support|lines)',
          'telephone',
          'call',
          'ring',
          'hours',
          'open',
          'opening',
          'reply',
          String.raw`respond\w*`,
          'address',
          'office hours',
          'head office',
          'your office',
          'write',
          'get in touch',
          'support',
          'team',
          'staff',
          'agents?',
          'someone',
          'people',
          'chat',
          'weekends?',
          'holidays?',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  shipping_info: (s, p) =>
    s.country !== undefined ||
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`ship\w*`,
          String.raw`deliver\w*`,
          'post(age|al)?',
          'send',
          'sent',
          String.raw`arriv\w*`,
          'courier',
          String.raw`dispatch\w*`,
          String.raw`track\w*`,
          'express',
          'standard',
          'parcel',
          'package',
          'carrier',
          'get here',
          'abroad',
          'international',
          'overseas',
          'lockers?',
          'po box',
          'cut ?off',
          'days?',
          'weekends?',
          'same day',
          'free',
          'tax',
          'vat',
          'duties',
          'customs',
          'how much',
          'cost',
          'price',
          'fast',
          'quick',
          'long',
          'faster',
          'sooner',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  // Off topic means nothing of the shop: a card, an order or a phone named is the shop's.
  off_topic: (s, p) =>
    !s.products.length &&
    !s.orderNumber &&
    !anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'visionx',
          'orders?',
          'cart',
          'basket',
          'card',
          'visa',
          'mastercard',
          'amex',
          'payment',
          'refund',
          'return',
          'warranty',
          'phones?',
          'case',
          'charger',
          'cable',
          'screen',
          'battery',
          'account',
          'password',
          'shipping',
          'delivery',
          'parcel',
          'checkout',
          'privacy',
          'my data',
          'contact',
          'support',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  human_handoff: (_s, p) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'person',
          'people',
          'human',
          'someone',
          'somebody',
          'agent',
          'team',
          'staff',
          'manager',
          'supervisor',
          'representative',
          'rep',
          'real',
          'live',
          'call',
          String.raw`complain\w*`,
          String.raw`escalat\w*`,
          'speak',
          'talk',
          'bot',
          'useless',
          'operator',
          'employee',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  order_change_address: (s, p) =>
    s.orderNumber !== undefined ||
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'address',
          String.raw`deliver\w*`,
          String.raw`ship\w*`,
          'send',
          'sent',
          String.raw`order\w*`,
          String.raw`mov\w*`,
          'redirect',
          'wrong (street|house|flat|apartment|city)',
          'postcode',
          'zip',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  // A return or exchange is of something bought: "switch my Vision Go to 256 GB" with no order in sight changes the cart.
  returns: (s, p) =>
    s.orderNumber !== undefined ||
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`return\w*`,
          String.raw`refund\w*`,
          String.raw`exchange\w*`,
          String.raw`(send|sent|sending|post|posted|mail|mailed) (it |them |(the|my) \w+ )?back`,
          String.raw`money (\w+ )?back`,
          String.raw`order\w*`,
          'bought',
          String.raw`purchas\w*`,
          'received',
          'arrived',
          'delivered',
          'came',
          'parcel',
          'package',
          'damaged',
          'broken',
          'wrong',
          'faulty',
          'label',
          'days?',
          'policy',
          String.raw`retour\w*`,
          String.raw`rembours\w*`,
          String.raw`zuruck\w*`,
          String.raw`erstatt\w*`,
          String.raw`devol\w*`,
          String.raw`reembols\w*`,
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  // A question about an order names one or speaks of ordering, a parcel or a delivery ("is it normal to get warm" is not).
  order_status: (s, p) => s.orderNumber !== undefined || ORDER_WORDS.test(p),
  order_list: (s, p) => s.orderNumber !== undefined || ORDER_WORDS.test(p),
  order_cancel: (_s, p) =>
    /\b(cancel\w*|annul\w*|stornier\w*|call (it )?off|dont want|changed my mind|stop (the|my) order)\b/.test(p),
};
const ORDER_WORDS = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'orders?',
      'ordered',
      'bought',
      String.raw`purchas\w*`,
      'parcel',
      'package',
      String.raw`deliver\w*`,
      String.raw`ship\w*`,
      String.raw`track\w*`,
      String.raw`arriv\w*`,
      'status',
      'where is',
      'where s',
      'wheres',
      'coming',
      String.raw`dispatch\w*`,
      'sent',
      'confirmation',
      'receipt',
      String.raw`commande\w*`,
      String.raw`bestell\w*`,
      String.raw`pedido\w*`,
      'paket',
      'colis',
      'envio',
    ],
    String.raw`)\b`,
  ),
);
const ACCESSORY_WORD = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'cases?',
      'covers?',
      'glass',
      'protectors?',
      'chargers?',
      'cables?',
      'pad',
      'power ?bank',
      'buds',
      'earbuds',
      'headphones',
      'watch',
      String.raw`accessor\w*`,
      'strap',
      'band',
    ],
    String.raw`)\b`,
  ),
);

const namesSomething = (s: Slots) =>
  s.products.length > 0 ||
  s.accessoryFor !== undefined ||
  s.category !== undefined ||
  s.colour !== undefined ||
  s.storageGb !== undefined;
/** The likeliest reading with the signs it needs; the signs are English words, so other languages keep the first. */
export function plausible(
  c: Classification,
  slots: Slots,
  p: string,
  language: Language,
): { intent: Intent; score: number } | undefined {
  // The signs are English words, except a hazard's and a cart change's, which know French, German and Spanish too.
  const needs = language === 'en' ? NEEDS : { safety_hazard: NEEDS.safety_hazard, cart_add: NEEDS.cart_add };
  return c.ranked.find((r) => needs[r.intent]?.(slots, p) ?? true);
}
