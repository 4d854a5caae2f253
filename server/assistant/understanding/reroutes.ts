import type { Intent } from '../nlu/intents.js';
import type { Slots } from '../../nlu/entities.js';
import { repairProductWords } from '../../nlu/fuzzy.js';
import { PHONE_SLUGS } from '../../nlu/words.js';
import { ABOUT_ONE_THING, changesCartOption, comparesPhones, keepsOwnReading, NEVER_COMPARED } from './consistency.js';
import { ADDING, CHANGE_WORDS, CHOOSING, FAULT, FAULT_NOW, HAZARD_WORD, PARCEL, PARCEL_TROUBLE, PAYMENT_TALK, SIGN_IN_CODES, SPEC_QUESTION, THIRD_PARTY, WARRANTY_WORD } from './signs.js';

/**
 * The entities overrule a reading they contradict. Each rule names what it recognises and the
 * reading it leads to; the first that holds wins, so the more specific rules come first. A rule
 * is added with a regression case (offline/eval) and, where it came from a held-out set, a case
 * of the shopper's own kind in that set's place, never the set's sentence.
 */
interface Reroute {
  why: string;
  to: Intent;
  when: (intent: Intent, slots: Slots, p: string) => boolean;
}

/** A phone the accessory is for, two products, or a word of fitting. */
const fitWords = (slots: Slots, p: string) => slots.accessoryFor !== undefined || slots.products.length >= 2 || /\b(fits?|compatible|works? with|go with)\b/.test(p);
/** A product named, or "it" after one, with a spec word ("how fast would it charge with your charger?"). */
const specOf = (slots: Slots, p: string) => slots.products.length > 0 || (slots.aspects.length > 0 && /\b(it|its|this one|that one)\b/.test(p));
/** Something shows an accessory is wanted: the phone it is for, a category of accessories, or gift words. */
const accessoryAsked = (slots: Slots, p: string) => slots.accessoryFor !== undefined || (slots.category !== undefined && slots.category !== 'phones') || /\baccessor(y|ies)\b|\b(gifts?|presents?|ideas?|extras?)\b/.test(repairProductWords(p));

export const REROUTES: readonly Reroute[] = [
  { why: '"Is it normal for a Vision X to get a bit warm?" asks about heat, not about the phone, the cart or an order.', to: 'tech_battery', when: (intent, slots, p) => ['product_info', 'order_status', 'order_list', 'accessory_find', 'accessory_compat', 'product_recommend', 'cart_add', 'cart_view'].includes(intent) && !slots.rank && /\b(normal|okay|bad|worry|worried)\b|\bis (it|this|that) (ok|safe)\b/.test(p) && /\b(warm|hot|heat\w*)\b/.test(p) },
  { why: 'An order number asks about that order, not for the list.', to: 'order_status', when: (intent, slots, p) => !!(intent === 'order_list' && slots.orderNumber) },
  { why: '"Add a case for my Vision Go" is an instruction to fill the cart, whatever else it names.', to: 'cart_add', when: (intent, slots, p) => (intent === 'accessory_find' || intent === 'product_info' || intent === 'product_recommend') && /^ ?(please |pls |can you |could you )?(add|put|throw|pop)\b/.test(p) },
  { why: 'A parcel that came damaged or never came is a claim (returns), not a status to read out.', to: 'returns', when: (intent, slots, p) => (intent === 'order_status' || intent === 'order_list') && PARCEL_TROUBLE.test(p) },
  { why: '"{order} turned up today, the box is crushed and the screen cracked" is a claim, not a screen to fix.', to: 'returns', when: (intent, slots, p) => !!((intent.startsWith('tech_') || intent === 'warranty') && (slots.orderNumber || PARCEL.test(p)) && PARCEL_TROUBLE.test(p)) },
  { why: '"Ordered on Saturday, when will it ship?" asks the dispatch rule, not one order\'s status.', to: 'shipping_info', when: (intent, slots, p) => intent === 'order_status' && !slots.orderNumber && /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holiday|\d{1,2} ?(am|pm)|noon|cut ?off|same day|what time)\b/.test(p) },
  { why: '"If I order today" is a question about ordering, not about an order that exists.', to: 'shipping_info', when: (intent, slots, p) => intent === 'order_status' && !slots.orderNumber && /\bif (i|we) (order|buy|place|get)\b|\b(order|buy) (it )?(today|now|tonight)\b/.test(p) },
  { why: 'A fit question names the phone, or asks about fitting; one product and neither is a question about it.', to: 'product_info', when: (intent, slots, p) => intent === 'accessory_compat' && !fitWords(slots, p) && slots.products.length === 1 },
  { why: 'Two products named with a comparing word ("is the Terra tougher than the X", "Go or X for my dad") are compared.', to: 'product_compare', when: (intent, slots, p) => !keepsOwnReading(intent, p) && comparesPhones(slots, p) },
  { why: '"Can I pop a microSD card in my Halo?": a feature of a named phone is a question about that phone. ("Can I add a memory card to it?" adds the card to the phone, not to the cart.)', to: 'product_info', when: (intent, slots, p) => !!(slots.features.length && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) && !FAULT_NOW.test(p) && !keepsOwnReading(intent, p.replace(/\b(add|put|stick|insert|use) (a |an |the |my )?(micro ?sd|memory|sd) cards?\b/g, ' ')) && intent !== 'product_compare') },
  { why: '"Which phones have a headphone jack?": a feature to have, no phone named, is a choice among phones.', to: 'product_recommend', when: (intent, slots, p) => !!(slots.features.length && !slots.products.length && !slots.accessoryFor && (!slots.category || slots.category === 'phones') && !FAULT.test(p) && CHOOSING.test(p) && (!NEVER_COMPARED.has(intent) || (intent === 'cart_add' && !ADDING.test(p))) && !intent.startsWith('tech_')) },
  { why: '"Is the Everyday Case OK for the Pro Max Ultra?": an accessory and the phone it is for is a fit question.', to: 'accessory_compat', when: (intent, slots, p) => !!(slots.accessoryFor && slots.products.filter((s) => !PHONE_SLUGS.has(s)).length === 1 && ABOUT_ONE_THING.has(intent) && !ADDING.test(p)) },
  { why: '"Something lighter but still a big battery?" ranks phones; a ranking word with no fault is a choice, not a symptom.', to: 'product_recommend', when: (intent, slots, p) => !!(intent.startsWith('tech_') && slots.rank && !slots.products.length && !FAULT.test(p)) },
  { why: '"My brother just got a Pro Max Ultra, gift ideas under $50?": things for that phone, not the phone.', to: 'accessory_find', when: (intent, slots, p) => (intent === 'product_info' || intent === 'product_recommend') && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) && /\b(gifts?|presents?|ideas?|extras?|stocking fillers?|go with it|goes with it)\b/.test(p) },
  { why: '"Do you have the Watch 41 mm in coral?" asks about that accessory, not for accessories to fit a phone.', to: 'product_info', when: (intent, slots, p) => !!(intent === 'accessory_find' && !slots.accessoryFor && slots.products.some((s) => !PHONE_SLUGS.has(s)) && (slots.colour || slots.storageGb || slots.aspects.length)) },
  { why: 'The shop\'s own sign-in codes and recovery codes are the account\'s, not a scam or a phone problem.', to: 'account_password', when: (intent, slots, p) => SIGN_IN_CODES.test(p) && (intent === 'account_manage' || intent.startsWith('tech_') || (intent === 'scam_report' && !THIRD_PARTY.test(p))) },
  { why: '"Do I have to factory reset my phone to fix my shop login?": never; it is the account\'s question.', to: 'account_password', when: (intent, slots, p) => intent.startsWith('tech_') && /\b(factory )?reset\b/.test(p) && /\b(shop|visionx|store) (login|log in|sign in|account|password)\b|\b(login|log in|sign in|password)\b.{0,30}\b(shop|website|site|store|visionx)\b/.test(p) },
  { why: '"Can I still cancel {order}?" is a cancellation, whatever the order\'s status reads like.', to: 'order_cancel', when: (intent, slots, p) => (intent === 'order_status' || intent === 'order_list') && /\bcancel\w*\b/.test(p) },
  { why: '"Do I have anything on the way?": the shopper\'s orders.', to: 'order_list', when: (intent, slots, p) => !slots.products.length && /\b(on (the|its) way|anything coming|anything arriving|coming to me|in transit)\b/.test(p) && !intent.startsWith('safety') },
  { why: '"Where do I find tracking for {order}?" is about that order, even with "email" in it.', to: 'order_status', when: (intent, slots, p) => !!(slots.orderNumber && (intent === 'contact_info' || intent.startsWith('account_') || intent.startsWith('tech_'))) },
  { why: 'PO boxes, lockers and forwarders are where we ship, not an address to change.', to: 'shipping_info', when: (intent, slots, p) => /\b(po box|p o box|parcel lockers?|forward\w* (company|service|address)|freight forwarder|forwarder)\b/.test(p) },
  { why: '"Can I order one from Dublin?": a country and ordering is where we ship.', to: 'shipping_info', when: (intent, slots, p) => !!(slots.country && !slots.orderNumber && (intent === 'order_list' || intent === 'order_status' || intent === 'order_change_address') && /\b(can i|do you|order one|buy|ship|deliver|send)\b/.test(p)) },
  { why: 'Bulk and business orders, and "call me back", are for a person. Who to contact about privacy is the privacy passage (its own address and reply time).', to: 'account_manage', when: (intent, slots, p) => intent === 'contact_info' && /\b(privacy|gdpr|my data|personal data|data protection|details were)\b/.test(p) },
  { why: '"Bitte auf 256 GB ändern" after the cart was shown: a change of option to the cart.', to: 'cart_add', when: (intent, slots, p) => changesCartOption(intent, slots, p) },
  { why: '"The Vision X instead of the Go in my cart", "could I get three of the 41 mm watches in coral?": a cart change.', to: 'cart_add', when: (intent, slots, p) => !!(!NEVER_COMPARED.has(intent) && slots.products.length && /\b(cart|basket)\b/.test(p) && CHANGE_WORDS.test(p)) },
  { why: '"Could I get three of the 41 mm watches in coral?": a quantity of a product named, and a word of getting.', to: 'cart_add', when: (intent, slots, p) => !!(slots.quantity && slots.quantity > 1 && slots.products.length && /\b(get|add|buy|order|want|take|put|grab)\b/.test(p) && ['accessory_find', 'product_info', 'contact_info', 'human_handoff', 'product_recommend'].includes(intent)) },
  { why: 'Money on the card ("charged twice", "did any of those go through", "spread the cost", "is VAT included") is payment.', to: 'payment', when: (intent, slots, p) => PAYMENT_TALK.test(p) && !slots.orderNumber && ['order_status', 'product_recommend', 'product_info', 'cart_view', 'cart_add', 'warranty', 'order_list'].includes(intent) },
  { why: '"Is shipping free on what\'s in my cart to Canada?" asks a shipping cost.', to: 'shipping_info', when: (intent, slots, p) => !!((intent === 'cart_view' || intent === 'cart_add') && slots.country && /\b(ship\w*|deliver\w*|postage|send|express|standard)\b/.test(p)) },
  { why: '"What would my total be if I added the Buds?" asks a sum; "the cheapest way to get a transparent one" a choice.', to: 'cart_view', when: (intent, slots, p) => (intent === 'product_info' || intent === 'cart_add') && /\b(total|subtotal|cost me|come to)\b/.test(p) && /\bif (i|we)\b/.test(p) },
  { why: '"Add the cheapest one" with nothing named is a choice to make first.', to: 'product_recommend', when: (intent, slots, p) => !!(intent === 'cart_add' && !slots.products.length && slots.rank) },
  { why: '"Are the Buds in green available?" asks about stock; only a word of adding puts something in the cart.', to: 'product_info', when: (intent, slots, p) => intent === 'cart_add' && !ADDING.test(p) && (slots.aspects.includes('stock') || slots.aspects.includes('price') || /^ ?(is|are|do|does|have|has|got|u got|you got|any|can|could|will|would)\b|\b(has|does|is|can|will) (that|it|this|they)\b/.test(p)) },
  { why: '"What\'s the screen size on the Go" asks a spec of a named phone, not for help with a fault. A product named, or "it" after one ("how fast would it charge with your charger?"), with a spec word and no fault.', to: 'product_info', when: (intent, slots, p) => !!((intent.startsWith('tech_') || (intent === 'safety_hazard' && !HAZARD_WORD.test(p)) || (intent === 'warranty' && !WARRANTY_WORD.test(p))) && specOf(slots, p) && (slots.aspects.length || slots.products.length) && SPEC_QUESTION.test(p) && !FAULT.test(p)) },
  { why: '"Just got a Terra, what accessories work with it?": accessories for the phone named, not the phone.', to: 'accessory_find', when: (intent, slots, p) => (intent === 'product_info' || intent === 'accessory_compat') && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) && /\baccessor(y|ies)\b/.test(repairProductWords(p)) },
  { why: 'A comparison needs two things to compare; one product named is a question about it.', to: 'product_info', when: (intent, slots, p) => intent === 'product_compare' && slots.products.length === 1 && !/\b(vs|versus|compare\w*|difference|better|or)\b/.test(p) },
  { why: '"I\'m looking at the Vision X" names a phone and no accessory: it is about the phone.', to: 'product_info', when: (intent, slots, p) => intent === 'accessory_find' && !accessoryAsked(slots, p) && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) },
];

/** The reading after the entities have had their say: the first rule that holds, else the classifier's. */
export const consistent = (intent: Intent, slots: Slots, p: string): Intent => REROUTES.find((r) => r.when(intent, slots, p))?.to ?? intent;
