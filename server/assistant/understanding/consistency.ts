import type { Classification } from '../nlu/classifier.js';
import type { Intent } from '../nlu/intents.js';
import { coloursIn, sizesIn, type Slots } from '../../nlu/entities.js';
import { repairProductWords } from '../../nlu/fuzzy.js';
import type { Language } from '../../nlu/language.js';
import { PHONE_SLUGS } from '../../nlu/words.js';
import { ADDING, CHANGE_WORDS, CART_VERB, CHOOSING, COMPARING, FAULT, FAULT_NOW, HAZARD_WORD, PARCEL, PARCEL_TROUBLE, PAYMENT_TALK, SIGN_IN_CODES, SPEC_QUESTION, THIRD_PARTY, WARRANTY_WORD } from './signs.js';

/**
 * How the classifier's reading is weighed against what the message shows: a reading needs its
 * signs (plausible), and the entities overrule a reading they contradict (consistent).
 */

const ABOUT_ONE_THING: ReadonlySet<Intent> = new Set(['product_info', 'product_compare', 'product_recommend', 'accessory_find']);

/** Intents a message naming two phones keeps: a hazard, a scam, a person, the cart. */
const NEVER_COMPARED: ReadonlySet<Intent> = new Set(['safety_hazard', 'scam_report', 'human_handoff', 'cart_add', 'cart_remove', 'cart_view', 'order_status', 'order_list', 'returns', 'warranty']);
/** A cart or order reading stands against two phones named only when the message shows a cart or an order. */
export function keepsOwnReading(intent: Intent, p: string): boolean {
  // "Don't wanna buy something that's dead in 2 years" buys nothing.
  const said = p.replace(/\b(dont|do not|not|never|wont|didnt|no)( (wanna|want to|going to|gonna))? \w+/g, ' ');
  if (intent.startsWith('cart_')) return CART_VERB.test(said) || ADDING.test(said);
  if (intent.startsWith('order_') || intent === 'returns' || intent === 'warranty') return /\b(order\w*|bought|parcel|return\w*|refund\w*|warrant\w*|repair\w*|broken|faulty)\b/.test(p);
  return NEVER_COMPARED.has(intent);
}
const OPTION_WORDS = /\b(same price|cost (more|less|extra)|pay extra|more expensive|cheaper|dearer|difference|vs|versus|worth it|over the)\b/;
/** One product and two of its colours or sizes, and a comparing word. */
export function comparesOptions(slots: Slots, text: string, p: string): boolean {
  if (slots.products.length !== 1 || !OPTION_WORDS.test(p)) return false;
  return coloursIn(text).length >= 2 || sizesIn(text).length >= 2;
}
/** "Bitte auf 256 GB ändern" after the cart was shown: a change of option to the cart. */
export const changesCartOption = (intent: Intent | 'injection' | 'clarify', slots: Slots, p: string) => intent === 'cart_view' && !!(slots.colour || slots.storageGb) && CHANGE_WORDS.test(p);
/** Two phones, or two accessories, and a comparing word ("Buds Pro or the over-ear ones?"). */
export function comparesPhones(slots: Slots, p: string): boolean {
  const phones = slots.products.filter((s) => PHONE_SLUGS.has(s)).length;
  const others = slots.products.length - phones;
  // "The X instead of the Go in my cart" swaps them; it compares nothing.
  const swaps = /\b(cart|basket)\b/.test(p) && CHANGE_WORDS.test(p);
  return (phones >= 2 ? !slots.category || slots.category === 'phones' : others >= 2 && phones === 0) && !slots.accessoryFor && COMPARING.test(p) && !swaps;
}

/**
 * What some readings need to be possible at all: a cart change names something or a cart verb, a
 * scam a contact or a code, a cancellation the word. The classifier can be sure of a reading the
 * message has no sign of ("my phone feels warm while it fast charges" is no question about an
 * accessory); the next likeliest reading with its signs is taken instead.
 */
const NEEDS: Partial<Record<Intent, (s: Slots, p: string) => boolean>> = {
  accessory_compat: (s, p) => s.products.length > 0 || s.accessoryFor !== undefined || ACCESSORY_WORD.test(p),
  accessory_find: (s, p) => s.products.length > 0 || s.accessoryFor !== undefined || (s.category !== undefined && s.category !== 'phones') || ACCESSORY_WORD.test(p) || /\b(protect\w*|gift|extras?|go with)\b/.test(p),
  cart_add: (s, p) => s.products.length > 0 || s.accessoryFor !== undefined || s.category !== undefined || s.colour !== undefined || s.storageGb !== undefined || ADDING.test(p),
  cart_remove: (s, p) => s.products.length > 0 || /\b(remove|delete|take|drop|out|rid|cart|basket|it|that|them)\b/.test(p),
  scam_report: (_s, p) => /\b(call\w*|rang|phon\w*|text\w*|sms|e ?mail\w*|message\w*|whatsapp|link|someone|somebody|friend|guy|scam\w*|fake|fraud\w*|phish\w*|suspicious|legit|code|digits|cvv|cvc|pin|card|verify|password|asked|asking|says|said|told|claim\w*|pretend\w*)\b/.test(p),
  // A hazard the guard missed still names something dangerous: heat, smoke, liquid, a child, a swelling.
  safety_hazard: (_s, p) => HAZARD_WORD.test(p) || /\b(lifting|bent|bit|chew\w*|explod\w*|pop\w*|bang|sizzl\w*|fumes?|toxic|gas|electric\w*|tingl\w*|zap\w*|water|liquid|wet|rain|toilet|sink|child|kid|baby|toddler|dog|cat|danger\w*|unsafe|safe|eau|wasser|agua|chaud|heiss|caliente|calienta|gonfl\w*|aufgebla\w*|hinchad\w*|fumee|rauch|humo|brule|verbrannt|quemad\w*|enfant|kind|nino|nina|dangereux|gefahrlich|peligros\w*)\b/.test(p),
  product_recommend: (s, p) => s.category !== undefined || s.rank !== undefined || s.maxPriceCents !== undefined || s.features.length > 0 || s.products.length > 0 || /\b(recommend\w*|suggest\w*|which|what|best|buy|get|looking|choose|pick|options?|phones?|gift|present|upgrade|new one|should i)\b/.test(p),
  cart_view: (s, p) => s.products.length > 0 || /\b(cart|basket|bag|trolley|checkout|check out|total|subtotal|items?|added)\b/.test(p),
  // "Phone" alone is the device ("phone gets warm"); a phone to call is "by phone", "phone number", "on the phone".
  contact_info: (_s, p) => /\b(contact\w*|reach|e ?mail|(by|on the|via) phone|phone (number|line|support|lines)|telephone|call|ring|hours|open|opening|reply|respond\w*|address|office hours|head office|your office|write|get in touch|support|team|staff|agents?|someone|people|chat|weekends?|holidays?)\b/.test(p),
  shipping_info: (s, p) => s.country !== undefined || /\b(ship\w*|deliver\w*|post(age|al)?|send|sent|arriv\w*|courier|dispatch\w*|track\w*|express|standard|parcel|package|carrier|get here|abroad|international|overseas|lockers?|po box|cut ?off|days?|weekends?|same day|free|tax|vat|duties|customs|how much|cost|price|fast|quick|long|faster|sooner)\b/.test(p),
  // Off topic means nothing of the shop: a card, an order or a phone named is the shop's.
  off_topic: (s, p) => !s.products.length && !s.orderNumber && !/\b(visionx|orders?|cart|basket|card|visa|mastercard|amex|payment|refund|return|warranty|phones?|case|charger|cable|screen|battery|account|password|shipping|delivery|parcel|checkout|privacy|my data|contact|support)\b/.test(p),
  human_handoff: (_s, p) => /\b(person|people|human|someone|somebody|agent|team|staff|manager|supervisor|representative|rep|real|live|call|complain\w*|escalat\w*|speak|talk|bot|useless|operator|employee)\b/.test(p),
  order_change_address: (s, p) => s.orderNumber !== undefined || /\b(address|deliver\w*|ship\w*|send|sent|order\w*|mov\w*|redirect|wrong (street|house|flat|apartment|city)|postcode|zip)\b/.test(p),
  // A return or exchange is of something bought: "switch my Vision Go to 256 GB" with no order in sight changes the cart.
  returns: (s, p) => s.orderNumber !== undefined || /\b(return\w*|refund\w*|exchange\w*|send (it |them )?back|money back|order\w*|bought|purchas\w*|received|arrived|delivered|came|parcel|package|damaged|broken|wrong|faulty|label|days?|policy|retour\w*|rembours\w*|zuruck\w*|erstatt\w*|devol\w*|reembols\w*)\b/.test(p),
  // A question about an order names one or speaks of ordering, a parcel or a delivery ("is it normal to get warm" is not).
  order_status: (s, p) => s.orderNumber !== undefined || ORDER_WORDS.test(p),
  order_list: (s, p) => s.orderNumber !== undefined || ORDER_WORDS.test(p),
  order_cancel: (_s, p) => /\b(cancel\w*|annul\w*|stornier\w*|call (it )?off|dont want|changed my mind|stop (the|my) order)\b/.test(p),
};
const ORDER_WORDS = /\b(orders?|ordered|bought|purchas\w*|parcel|package|deliver\w*|ship\w*|track\w*|arriv\w*|status|where is|where s|wheres|coming|dispatch\w*|sent|confirmation|receipt|commande\w*|bestell\w*|pedido\w*|paket|colis|envio)\b/;
const ACCESSORY_WORD = /\b(cases?|covers?|glass|protectors?|chargers?|cables?|pad|power ?bank|buds|earbuds|headphones|watch|accessor\w*|strap|band)\b/;

/** The likeliest reading with the signs it needs; the signs are English words, so other languages keep the first. */
export function plausible(c: Classification, slots: Slots, p: string, language: Language): { intent: Intent; score: number } | undefined {
  // The signs are English words, except a hazard's and a cart change's, which know French, German and Spanish too.
  const needs = language === 'en' ? NEEDS : { safety_hazard: NEEDS.safety_hazard, cart_add: NEEDS.cart_add };
  return c.ranked.find((r) => needs[r.intent]?.(slots, p) ?? true);
}

/** The entities overrule a reading they contradict: a fit question names a phone, or asks about fitting. */
export function consistent(intent: Intent, slots: Slots, p: string): Intent {
  // "Is it normal for a Vision X to get a bit warm?" asks about heat, not about the phone, the cart or an order.
  if (['product_info', 'order_status', 'order_list', 'accessory_find', 'product_recommend', 'cart_add', 'cart_view'].includes(intent) && !slots.rank && /\b(normal|ok|okay|safe|bad|worry|worried)\b/.test(p) && /\b(warm|hot|heat\w*)\b/.test(p)) return 'tech_battery';
  if (intent === 'order_list' && slots.orderNumber) return 'order_status';
  // "Add a case for my Vision Go" is an instruction to fill the cart, whatever else it names.
  if ((intent === 'accessory_find' || intent === 'product_info' || intent === 'product_recommend') && /^ ?(please |pls |can you |could you )?(add|put|throw|pop)\b/.test(p)) return 'cart_add';
  // A parcel that came damaged or never came is a claim (returns), not a status to read out.
  if ((intent === 'order_status' || intent === 'order_list') && PARCEL_TROUBLE.test(p)) return 'returns';
  // "{order} turned up today, the box is crushed and the screen cracked" is a claim, not a screen to fix.
  if ((intent.startsWith('tech_') || intent === 'warranty') && (slots.orderNumber || PARCEL.test(p)) && PARCEL_TROUBLE.test(p)) return 'returns';
  // "Ordered on Saturday, when will it ship?" asks the dispatch rule, not one order's status.
  if (intent === 'order_status' && !slots.orderNumber && /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holiday|\d{1,2} ?(am|pm)|noon|cut ?off|same day|what time)\b/.test(p)) return 'shipping_info';
  // "If I order today" is a question about ordering, not about an order that exists.
  if (intent === 'order_status' && !slots.orderNumber && /\bif (i|we) (order|buy|place|get)\b|\b(order|buy) (it )?(today|now|tonight)\b/.test(p)) return 'shipping_info';
  const fitWords = slots.accessoryFor !== undefined || slots.products.length >= 2 || /\b(fits?|compatible|works? with|go with)\b/.test(p);
  if (intent === 'accessory_compat' && !fitWords && slots.products.length === 1) return 'product_info';
  // Two products named with a comparing word ("is the Terra tougher than the X", "Go or X for my dad") are compared.
  if (!keepsOwnReading(intent, p) && comparesPhones(slots, p)) return 'product_compare';
  // "Can I pop a microSD card in my Halo?": a feature of a named phone is a question about that phone.
  // ("Can I add a memory card to it?" adds the card to the phone, not to the cart.)
  if (slots.features.length && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) && !FAULT_NOW.test(p) && !keepsOwnReading(intent, p.replace(/\b(add|put|stick|insert|use) (a |an |the |my )?(micro ?sd|memory|sd) cards?\b/g, ' ')) && intent !== 'product_compare') return 'product_info';
  // "Which phones have a headphone jack?": a feature to have, no phone named, is a choice among phones.
  if (slots.features.length && !slots.products.length && !slots.accessoryFor && (!slots.category || slots.category === 'phones') && !FAULT.test(p) && CHOOSING.test(p) && (!NEVER_COMPARED.has(intent) || (intent === 'cart_add' && !ADDING.test(p))) && !intent.startsWith('tech_')) return 'product_recommend';
  // "Is the Everyday Case OK for the Pro Max Ultra?": an accessory and the phone it is for is a fit question.
  if (slots.accessoryFor && slots.products.filter((s) => !PHONE_SLUGS.has(s)).length === 1 && ABOUT_ONE_THING.has(intent) && !ADDING.test(p)) return 'accessory_compat';
  // "Something lighter but still a big battery?" ranks phones; a ranking word with no fault is a choice, not a symptom.
  if (intent.startsWith('tech_') && slots.rank && !slots.products.length && !FAULT.test(p)) return 'product_recommend';
  // "My brother just got a Pro Max Ultra, gift ideas under $50?": things for that phone, not the phone.
  if ((intent === 'product_info' || intent === 'product_recommend') && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) && /\b(gifts?|presents?|ideas?|extras?|stocking fillers?|go with it|goes with it)\b/.test(p)) return 'accessory_find';
  // "Do you have the Watch 41 mm in coral?" asks about that accessory, not for accessories to fit a phone.
  if (intent === 'accessory_find' && !slots.accessoryFor && slots.products.some((s) => !PHONE_SLUGS.has(s)) && (slots.colour || slots.storageGb || slots.aspects.length)) return 'product_info';
  // The shop's own sign-in codes and recovery codes are the account's, not a scam or a phone problem.
  if (SIGN_IN_CODES.test(p) && (intent === 'account_manage' || intent.startsWith('tech_') || (intent === 'scam_report' && !THIRD_PARTY.test(p)))) return 'account_password';
  // "Do I have to factory reset my phone to fix my shop login?": never; it is the account's question.
  if (intent.startsWith('tech_') && /\b(factory )?reset\b/.test(p) && /\b(shop|visionx|store) (login|log in|sign in|account|password)\b|\b(login|log in|sign in|password)\b.{0,30}\b(shop|website|site|store|visionx)\b/.test(p)) return 'account_password';
  // "Can I still cancel {order}?" is a cancellation, whatever the order's status reads like.
  if ((intent === 'order_status' || intent === 'order_list') && /\bcancel\w*\b/.test(p)) return 'order_cancel';
  // "Do I have anything on the way?": the shopper's orders.
  if (!slots.products.length && /\b(on (the|its) way|anything coming|anything arriving|coming to me|in transit)\b/.test(p) && !intent.startsWith('safety')) return 'order_list';
  // "Where do I find tracking for {order}?" is about that order, even with "email" in it.
  if (slots.orderNumber && (intent === 'contact_info' || intent.startsWith('account_') || intent.startsWith('tech_'))) return 'order_status';
  // PO boxes, lockers and forwarders are where we ship, not an address to change.
  if (/\b(po box|p o box|parcel lockers?|forward\w* (company|service|address)|freight forwarder|forwarder)\b/.test(p)) return 'shipping_info';
  // "Can I order one from Dublin?": a country and ordering is where we ship.
  if (slots.country && !slots.orderNumber && (intent === 'order_list' || intent === 'order_status' || intent === 'order_change_address') && /\b(can i|do you|order one|buy|ship|deliver|send)\b/.test(p)) return 'shipping_info';
  // Bulk and business orders, and "call me back", are for a person.
  // Who to contact about privacy is the privacy passage (its own address and reply time).
  if (intent === 'contact_info' && /\b(privacy|gdpr|my data|personal data|data protection|details were)\b/.test(p)) return 'account_manage';
  if (changesCartOption(intent, slots, p)) return 'cart_add';
  // "The Vision X instead of the Go in my cart", "could I get three of the 41 mm watches in coral?": a cart change.
  if (!NEVER_COMPARED.has(intent) && slots.products.length && /\b(cart|basket)\b/.test(p) && CHANGE_WORDS.test(p)) return 'cart_add';
  if (slots.quantity && slots.quantity > 1 && slots.products.length && /\b(get|add|buy|order|want|take|put|grab)\b/.test(p) && ['accessory_find', 'product_info', 'contact_info', 'human_handoff', 'product_recommend'].includes(intent)) return 'cart_add';
  // Money on the card ("charged twice", "did any of those go through", "spread the cost", "is VAT included") is payment.
  if (PAYMENT_TALK.test(p) && !slots.orderNumber && ['order_status', 'product_recommend', 'product_info', 'cart_view', 'cart_add', 'warranty', 'order_list'].includes(intent)) return 'payment';
  // "Is shipping free on what's in my cart to Canada?" asks a shipping cost.
  if ((intent === 'cart_view' || intent === 'cart_add') && slots.country && /\b(ship\w*|deliver\w*|postage|send|express|standard)\b/.test(p)) return 'shipping_info';
  // "What would my total be if I added the Buds?" asks a sum; "the cheapest way to get a transparent one" a choice.
  if ((intent === 'product_info' || intent === 'cart_add') && /\b(total|subtotal|cost me|come to)\b/.test(p) && /\bif (i|we)\b/.test(p)) return 'cart_view';
  if (intent === 'cart_add' && !slots.products.length && slots.rank) return 'product_recommend';
  // "Are the Buds in green available?" asks about stock; only a word of adding puts something in the cart.
  if (intent === 'cart_add' && !ADDING.test(p) && (slots.aspects.includes('stock') || slots.aspects.includes('price') || /^ ?(is|are|do|does|have|has|got|u got|you got|any|can|could|will|would)\b|\b(has|does|is|can|will) (that|it|this|they)\b/.test(p))) return 'product_info';
  // "What's the screen size on the Go" asks a spec of a named phone, not for help with a fault.
  // A product named, or "it" after one ("how fast would it charge with your charger?"), with a spec word and no fault.
  const specOf = slots.products.length > 0 || (slots.aspects.length > 0 && /\b(it|its|this one|that one)\b/.test(p));
  if ((intent.startsWith('tech_') || (intent === 'safety_hazard' && !HAZARD_WORD.test(p)) || (intent === 'warranty' && !WARRANTY_WORD.test(p))) && specOf && (slots.aspects.length || slots.products.length) && SPEC_QUESTION.test(p) && !FAULT.test(p)) return 'product_info';
  // "Just got a Terra, what accessories work with it?": accessories for the phone named, not the phone.
  if ((intent === 'product_info' || intent === 'accessory_compat') && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) && /\baccessor(y|ies)\b/.test(repairProductWords(p))) return 'accessory_find';
  // A comparison needs two things to compare; one product named is a question about it.
  if (intent === 'product_compare' && slots.products.length === 1 && !/\b(vs|versus|compare\w*|difference|better|or)\b/.test(p)) return 'product_info';
  // "I'm looking at the Vision X" names a phone and no accessory: it is about the phone.
  const accessoryAsked = slots.accessoryFor !== undefined || (slots.category !== undefined && slots.category !== 'phones') || /\baccessor(y|ies)\b|\b(gifts?|presents?|ideas?|extras?)\b/.test(repairProductWords(p));
  if (intent === 'accessory_find' && !accessoryAsked && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!)) return 'product_info';
  return intent;
}
