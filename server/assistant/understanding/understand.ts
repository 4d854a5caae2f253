import type { Classification, IntentClassifier } from '../nlu/classifier.js';
import type { Intent } from '../nlu/intents.js';
import { coloursIn, extractSlots, plain, type Slots } from '../../nlu/entities.js';
import { repairProductWords } from '../../nlu/fuzzy.js';
import { PHONE_SLUGS } from '../../nlu/words.js';
import { detectLanguage, type Language } from '../../nlu/language.js';
import { ASKS_WHO_CHANGED_CART, guardOf } from './guards.js';

/** What the assistant makes of one shopper message. */
export interface Understanding {
  language: Language;
  /** `injection`: a request for someone else's data or to drop the rules; `clarify`: not sure enough to answer. */
  intent: Intent | 'injection' | 'clarify';
  confidence: number;
  /** The two likeliest readings, for a clarifying question. */
  alternatives: Intent[];
  slots: Slots;
  /** The message only makes sense with the one before it ("and in blue?", "what about canada"). */
  followUp: boolean;
}

/** The shopper's previous message and what it was understood as. */
export interface PreviousTurn {
  text: string;
  intent: Understanding['intent'];
  slots: Slots;
}

/** Below this the classifier's best guess is not trusted (calibrated on the dev split, docs/ASSISTANT.md). */
export const CONFIDENCE_THRESHOLD = 0.35;

/** Words that make a short message lean on the one before it. */
/** "And for accessories?", "what about Canada?": the strongest sign of a continuation. */
const LEADS_ON = /^ ?((ok|okay|fine|alright|right|hmm|so|well|yes|yeah|no) )*(and|what about|how about|or|ok (and|what about))\b/;
const CONTINUES = /^ ?((ok|okay|fine|alright|right|hmm|so|well|yes|yeah|no) )*(and|what about|how about|also|or|in|with|for|same|ok (and|what about)|but|then)\b|\b(it|that|this|those|them|one|ones|instead|too|as well|sie|es|ihn|das|il|elle|ca|lo|eso)\b ?$|^ ?(how long|how much|when|where|why|is|does|can|will) (does |do |is |will |can )?(that|it|this|they)\b/;

const wordCount = (p: string) => p.trim().split(' ').filter(Boolean).length;

/** Entities only, no question of its own: "canada?", "in blue", "the 512 gb one". */
function onlyEntities(slots: Slots): boolean {
  return !!(slots.country || slots.colour || slots.storageGb || slots.products.length || slots.maxPriceCents || slots.orderNumber);
}

async function classifyAnyLanguage(classifier: IntentClassifier, text: string, language: Language): Promise<Classification> {
  const first = await classifier.classify(text, language);
  if (language === 'en' || first.confidence >= CONFIDENCE_THRESHOLD) return first;
  const english = await classifier.classify(text, 'en');
  return english.confidence > first.confidence ? english : first;
}

/**
 * Every message is classified afresh; the previous message fills in only a genuine follow-up:
 * a short message that continues it ("and in blue?") or names only an option or a place, and
 * that the classifier cannot place with confidence on its own.
 */
export async function understand(classifier: IntentClassifier, text: string, previous?: PreviousTurn): Promise<Understanding> {
  const language = detectLanguage(text);
  const slots = extractSlots(text);
  const guard = guardOf(text);
  if (guard) return { language, intent: guard, confidence: 1, alternatives: [], slots, followUp: false };
  // "Did you just add something to my cart?" is about the cart, however alarmed it sounds; "qty of the Go to 2" changes it.
  const p0 = plain(text);
  if (/\b(qty|quantity)\b/.test(p0) && /\b(cart|basket|change|set|make|to \d)\b/.test(p0)) return { language, intent: 'cart_add', confidence: 1, alternatives: [], slots, followUp: false };
  // Bulk and business orders, and "call me back", are for a person, however the rest reads.
  if (BULK.test(p0) || (CALLBACK.test(p0) && !/\b(code|password|card|asked me|said they|claim\w*)\b/.test(p0))) return { language, intent: 'human_handoff', confidence: 1, alternatives: [], slots, followUp: false };
  if (/\b(cart|basket)\b/.test(p0) && ASKS_WHO_CHANGED_CART.test(p0)) return { language, intent: 'cart_view', confidence: 1, alternatives: [], slots, followUp: false };
  const c = await classifyAnyLanguage(classifier, text, language);
  const alternatives = c.ranked.slice(0, 2).map((r) => r.intent);
  const p = plain(text);
  const short = wordCount(p) <= 6;
  // A continuation the classifier reads confidently as its own question is that question ("will it fit
  // my Vision X?"); one that opens with "and" / "what about" needs near certainty to stand alone.
  // "And for accessories?": a lead-on and a thing named, nothing else, is always the same question about that thing.
  const namesOnly = LEADS_ON.test(p) && wordCount(p) <= 4 && (onlyEntities(slots) || slots.category !== undefined || /\baccessor(y|ies)\b/.test(p));
  const own = !namesOnly && c.intent !== null && c.confidence >= (LEADS_ON.test(p) ? 0.95 : 0.75);
  const continues = short && ((CONTINUES.test(p) && !own) || (onlyEntities(slots) && c.confidence < 0.6));
  const inherit = previous && previous.intent !== 'clarify' && previous.intent !== 'injection' ? previous.intent : undefined;
  if (inherit && continues && !CART_VERB.test(p)) {
    return { language, intent: inherit, confidence: c.confidence, alternatives, slots: carryOver(slots, previous!.slots), followUp: true };
  }
  // After a refusal, "but it's my phone in that order, just tell me" is the same request.
  if (previous?.intent === 'injection' && wordCount(p) <= 20 && /\b(just|only|still|but|come on|its my|it is my|my phone|tell me|yes or no)\b/.test(p)) {
    return { language, intent: 'injection', confidence: 1, alternatives, slots, followUp: true };
  }
  // After a scam, "I already gave it to him" is the same danger: what to do now that they have it.
  if (inherit === 'scam_report' && /\b(already|just|i) (gave|sent|shared|told|typed|entered|clicked|paid|read)\b|\btoo late\b/.test(p)) {
    return { language, intent: 'scam_report', confidence: c.confidence, alternatives, slots, followUp: true };
  }
  // After a hazard, "should I dry it with a hair dryer?" is still about staying safe.
  if (inherit === 'safety_hazard' && wordCount(p) <= 16 && !STILL_SAFE.has(c.intent ?? 'greeting')) {
    return { language, intent: 'safety_hazard', confidence: c.confidence, alternatives, slots, followUp: true };
  }
  // A question that leans on the one before it ("what if I want it faster?", "how long for the refund?")
  // starts with the previous topic ahead: it wins unless the message reads clearly as something else.
  const best = plausible(c, slots, p, language);
  if (inherit && leansOn(p, slots) && !CART_VERB.test(p) && scoreOf(c, inherit) + headStart(p) >= (best?.score ?? 0)) {
    return { language, intent: inherit, confidence: c.confidence, alternatives, slots: carryOver(slots, previous!.slots), followUp: true };
  }
  // "Black then, how much is it?", "is it in stock in sand?": options and a price or stock, nothing else, after talk of a product.
  if (inherit && PRODUCT_TALK.has(inherit) && !slots.products.length && (slots.colour || slots.storageGb) && slots.aspects.every((a) => OPTION_ASPECTS.has(a)) && wordCount(p) <= 14 && !CART_VERB.test(p)) {
    return { language, intent: 'product_info', confidence: c.confidence, alternatives, slots: carryOver(slots, previous!.slots), followUp: true };
  }
  // Two phones and a comparing word are a comparison, however unsure the classifier is of the rest.
  if (comparesPhones(slots, p) && (!c.intent || !keepsOwnReading(c.intent, p))) return { language, intent: 'product_compare', confidence: c.confidence, alternatives, slots, followUp: false };
  // "Is the transparent one the same price as the black one?": two options of one product.
  if (comparesOptions(slots, text, p)) return { language, intent: 'product_compare', confidence: c.confidence, alternatives, slots, followUp: false };
  // "Something lighter but still a big battery?": a ranking word and no fault is a choice to make, however unsure the rest.
  if (slots.rank && !slots.products.length && !FAULT.test(p) && (!best || best.score < CONFIDENCE_THRESHOLD || best.intent.startsWith('tech_'))) {
    return { language, intent: 'product_recommend', confidence: c.confidence, alternatives, slots: inherit ? carryOver(slots, previous!.slots) : slots, followUp: !!inherit };
  }
  if (!best || best.score < CONFIDENCE_THRESHOLD) return { language, intent: 'clarify', confidence: c.confidence, alternatives, slots, followUp: false };
  const intent = consistent(best.intent, slots, p);
  // "Which is the cheapest?" after "what chargers do you sell?" still means chargers.
  const followUp = !!inherit && short && (CONTINUES.test(p) || (PRODUCT_TALK.has(intent) && PRODUCT_TALK.has(inherit)));
  return { language, intent, confidence: c.confidence, alternatives, slots: followUp ? carryOver(slots, previous!.slots) : slots, followUp };
}

/**
 * How far ahead the previous message's topic starts for a message that leans on it (tuned on the
 * dev splits): far for one that opens by carrying on ("what if…", "and…"), less for one that only
 * points back ("…for it").
 */
export const TOPIC_HEAD_START = { opens: 0.6, points: 0.3 } as const;
const OPENS_ON = /^ ?((ok|okay|fine|alright|right|so|well|yes|yeah|no|hmm|ah|oh|wait) )*(what if|and if|and|what about|how about|also|then|but)\b/;
const headStart = (p: string) => (OPENS_ON.test(p) || LEANS_FR_DE_ES.test(p) ? TOPIC_HEAD_START.opens : TOPIC_HEAD_START.points);

const scoreOf = (c: Classification, intent: Understanding['intent']) => c.ranked.find((r) => r.intent === intent)?.score ?? 0;

/** A question that does not stand alone: short, and opening on or pointing back at what came before. */
const LEANS = /^ ?((ok|okay|fine|alright|right|so|well|yes|yeah|no|hmm|ah|oh|and|but|also|then|wait) )*(what if|and if|if|how long|how much|how many|how soon|how fast|when|do i|does it|does that|is it|is that|will it|will that|would it|can i|can it|could i|what about|and)\b|\b(it|that|this|they|them|those|one|there|then|too|instead|also|as well)\b/;
/** The same openings in French, German and Spanish ("und wann…", "et si…", "¿y el…", "sind die noch…"). */
const LEANS_FR_DE_ES = /^ ?(und|et|y|aber|mais|pero|alors|dann|entonces|donc)\b|^ ?(sind|ist|gibt es) (die|das|sie|es|ihn)\b|^ ?(et|y) (si|le|la|les|el|los|las|celui|celle|ca|eso)\b/;
const leansOn = (p: string, slots: Slots) => wordCount(p) <= 14 && (LEANS.test(p) || LEANS_FR_DE_ES.test(p)) && !slots.products.length && !slots.orderNumber;

/** Intents a message naming two phones keeps: a hazard, a scam, a person, the cart. */
const NEVER_COMPARED: ReadonlySet<Intent> = new Set(['safety_hazard', 'scam_report', 'human_handoff', 'cart_add', 'cart_remove', 'cart_view', 'order_status', 'order_list', 'returns', 'warranty']);
/** A cart or order reading stands against two phones named only when the message shows a cart or an order. */
function keepsOwnReading(intent: Intent, p: string): boolean {
  if (intent.startsWith('cart_')) return CART_VERB.test(p) || ADDING.test(p);
  if (intent.startsWith('order_') || intent === 'returns' || intent === 'warranty') return /\b(order\w*|bought|parcel|return\w*|refund\w*|warrant\w*|repair\w*|broken|faulty)\b/.test(p);
  return NEVER_COMPARED.has(intent);
}
const OPTION_WORDS = /\b(same price|cost (more|less|extra)|pay extra|more expensive|cheaper|dearer|difference|vs|versus|worth it|over the)\b/;
/** One product and two of its colours or sizes, and a comparing word. */
function comparesOptions(slots: Slots, text: string, p: string): boolean {
  if (slots.products.length !== 1 || !OPTION_WORDS.test(p)) return false;
  return coloursIn(text).length >= 2 || (p.match(/\b(64|128|256|512)\b|\b1 ?tb\b/g) ?? []).length >= 2;
}
/** Two phones, or two accessories, and a comparing word ("Buds Pro or the over-ear ones?"). */
function comparesPhones(slots: Slots, p: string): boolean {
  const phones = slots.products.filter((s) => PHONE_SLUGS.has(s)).length;
  const others = slots.products.length - phones;
  return (phones >= 2 ? !slots.category || slots.category === 'phones' : others >= 2 && phones === 0) && !slots.accessoryFor && COMPARING.test(p);
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
  contact_info: (_s, p) => /\b(contact\w*|reach|e ?mail|phone|call|ring|hours|open|opening|reply|respond\w*|address|office|write|get in touch|support|team|staff|agents?|someone|people|chat|weekends?|holidays?)\b/.test(p),
  shipping_info: (s, p) => s.country !== undefined || /\b(ship\w*|deliver\w*|post(age|al)?|send|sent|arriv\w*|courier|dispatch\w*|track\w*|express|standard|parcel|package|carrier|get here|abroad|international|overseas|lockers?|po box|cut ?off|days?|weekends?|same day|free|tax|vat|duties|customs|how much|cost|price|fast|quick|long|faster|sooner)\b/.test(p),
  human_handoff: (_s, p) => /\b(person|people|human|someone|somebody|agent|team|staff|manager|supervisor|representative|rep|real|live|call|complain\w*|escalat\w*|speak|talk|bot|useless|operator|employee)\b/.test(p),
  order_change_address: (s, p) => s.orderNumber !== undefined || /\b(address|deliver\w*|ship\w*|send|sent|order\w*|mov\w*|redirect|wrong (street|house|flat|apartment|city)|postcode|zip)\b/.test(p),
  order_cancel: (_s, p) => /\b(cancel\w*|annul\w*|stornier\w*|call (it )?off|dont want|changed my mind|stop (the|my) order)\b/.test(p),
};
const ACCESSORY_WORD = /\b(cases?|covers?|glass|protectors?|chargers?|cables?|pad|power ?bank|buds|earbuds|headphones|watch|accessor\w*|strap|band)\b/;

/** The likeliest reading with the signs it needs; the signs are English words, so other languages keep the first. */
function plausible(c: Classification, slots: Slots, p: string, language: Language): { intent: Intent; score: number } | undefined {
  const needs = language === 'en' ? NEEDS : { safety_hazard: NEEDS.safety_hazard };
  return c.ranked.find((r) => needs[r.intent]?.(slots, p) ?? true);
}

/** An explicit cart action is never a continuation of the question before it. */
const CART_VERB = /\b(add|buy|put|remove|delete|take (it )?out|drop|order it|get it|i ll take|checkout|check out|basket|cart)\b/;

const OPTION_ASPECTS: ReadonlySet<string> = new Set(['price', 'stock', 'colours', 'storage']);

/** Questions about products: a short one continues the one before it. */
const PRODUCT_TALK: ReadonlySet<Intent | 'injection' | 'clarify'> = new Set(['product_info', 'product_recommend', 'product_compare', 'accessory_find', 'accessory_compat']);

/** Intents that leave a safety conversation: asking for a person, thanks, goodbye. */
const STILL_SAFE: ReadonlySet<Intent> = new Set(['human_handoff', 'thanks', 'goodbye', 'greeting', 'scam_report']);

/** A follow-up keeps what the message before it named, unless it names its own. */
function carryOver(slots: Slots, before: Slots): Slots {
  return {
    ...slots,
    country: slots.country ?? before.country,
    category: slots.category ?? before.category,
    accessoryFor: slots.accessoryFor ?? before.accessoryFor,
    storageGb: slots.storageGb ?? before.storageGb,
    colour: slots.colour ?? before.colour,
    maxPriceCents: slots.maxPriceCents ?? before.maxPriceCents,
    minPriceCents: slots.minPriceCents ?? before.minPriceCents,
    orderNumber: slots.orderNumber ?? before.orderNumber,
    features: slots.features.length ? slots.features : before.features,
  };
}

const ABOUT_ONE_THING: ReadonlySet<Intent> = new Set(['product_info', 'product_compare', 'product_recommend', 'accessory_find']);
const SIGN_IN_CODES = /\b(recovery codes?|authenticator|two step|2 step|two factor|2fa|sign in codes?|login codes?|6 digit code)\b/;
const THIRD_PARTY = /\b(someone|somebody|they|he|she|caller|called|rang|texted|emailed|messaged|asked me|wants me|told me)\b/;
/** A parcel that came damaged or never came. */
export const PARCEL_TROUBLE = /\b(damaged|broken|smashed|crushed|dented|crack\w*|missing|stolen|never (arrived|came|got)|not (arrived|delivered)|wrong (item|phone|colour)|says delivered|marked (as )?delivered|shows delivered|nothing (here|there|at the door)|(cant|can t) find (it|the (parcel|package|box)))\b/;
const PARCEL = /\b(parcel|package|box|delivery|delivered|courier|arrived|turned up|came today|showed up|shipment)\b/;
const BULK = /\b(bulk|wholesale|business (order|purchase|account)|company (order|purchase)|\d{2,} (phones|units|devices|handsets|of them|vision)|fleet|corporate (order|account))\b/;
const CALLBACK = /\b(call|ring|phone) me( back)?\b|\bcall ?back\b|\bring (me )?back\b/;
/** Money on a card, tax on a price, paying over time. */
const PAYMENT_TALK = /\b(charged|charges|charge me|debited|billed|statement|go (thru|through)|went (thru|through)|declined|spread the (cost|payments?)|instal+ments?|pay (monthly|later|over time|in parts)|financ\w*|split (the )?(payment|cost)|vat|sales tax|tax(es)?|duties|customs|invoice|receipt)\b/;
const ADDING = /\b(add|buy|put|take|order|bump|upgrade|swap|switch|change it|make it|ajoute\w*|mets|hinzufug\w*|fug\w* hinzu|leg\w* in|anad\w*|agreg\w*|pon(lo|la)?|andern|wechseln|changer|cambiar|get (me|it|one|the|a)|i ll (take|have|get)|want (it|one|the|a|to (buy|get|order))|grab|throw|pop|purchase|cart|basket|checkout)\b/;
const CHOOSING = /\b(which|what|any|anything|do you (have|sell|make)|does any|is there|are there|recommend\w*|suggest\w*|need|want|looking for|options?|phones?)\b/;
const COMPARING = /\b(\w+er than|better|worse|vs|versus|or|diff\w*|compare\w*|which|ou|oder|o)\b/;
/** What makes a message about a phone a hazard; without these a classifier's "safety" on a spec question is a misreading. */
const HAZARD_WORD = /\b(swell\w*|swollen|bulg\w*|smok\w*|burn\w*|fire|spark\w*|hot|heat\w*|overheat\w*|swallow\w*|dropp?ed|fell|spill\w*|soak\w*|crack\w*|shock\w*|leak\w*|melt\w*|hiss\w*|smell\w*|puff\w*)\b/;
const WARRANTY_WORD = /\b(warrant\w*|guarantee\w*|covered|cover|repair\w*|fix\w*|broken?|claim|defect\w*|replace\w*|spare|module)\b/;
const SPEC_QUESTION = /^ ?(what|whats|which|how (big|large|heavy|much|many|long|bright|fast)|does|do|is|has|can|got)\b|\b(can i still|size|resolution|specs?|inch(es)?|hz|megapixels?|mah|weight|how many|sealed|rated|rating|waterproof|water resistant|dustproof)\b|\b(is|does|has) (the|it|my|your)\b/;
/** Something wrong right now ("my eSIM won't install"), as opposed to a question about what a phone has. */
const FAULT_NOW = /\b(wont|doesnt|cant|isnt|not working|stopped|stuck|broken?|error|fail\w*|keeps?|anymore)\b/;
/** Words of something wrong: with them a spec word is a symptom ("the screen flickers"). */
const FAULT = /\b(warm|hot|heat\w*|is (that|it|this) (bad|normal|ok|okay|safe)|not|no longer|wont|doesnt|dont|cant|cannot|isnt|aint|stopped|stuck|broken?|broke|crack\w*|flicker\w*|dead|died|problem|issues?|fix|help|keeps? (crash\w*|freez\w*|dropp\w*|restart\w*|turning|dying|shutting|disconnect\w*|reboot\w*|happening|getting|going|saying|showing|asking|rejecting)|slow\w*|drain\w*|hot|overheat\w*|lag\w*|freez\w*|blank|lines|error|fail\w*|randomly|suddenly|why|anymore|weird|wrong)\b/;

/** The entities overrule a reading they contradict: a fit question names a phone, or asks about fitting. */
function consistent(intent: Intent, slots: Slots, p: string): Intent {
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
  if (slots.features.length && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) && !FAULT_NOW.test(p) && !NEVER_COMPARED.has(intent) && intent !== 'product_compare') return 'product_info';
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
  // Money on the card ("charged twice", "did any of those go through", "spread the cost", "is VAT included") is payment.
  if (PAYMENT_TALK.test(p) && !slots.products.length && ['product_recommend', 'product_info', 'cart_view', 'cart_add', 'warranty', 'order_list'].includes(intent)) return 'payment';
  // "Is shipping free on what's in my cart to Canada?" asks a shipping cost.
  if ((intent === 'cart_view' || intent === 'cart_add') && slots.country && /\b(ship\w*|deliver\w*|postage|send|express|standard)\b/.test(p)) return 'shipping_info';
  // "What would my total be if I added the Buds?" asks a sum; "the cheapest way to get a transparent one" a choice.
  if ((intent === 'product_info' || intent === 'cart_add') && /\b(total|subtotal|cost me|come to)\b/.test(p) && /\bif (i|we)\b/.test(p)) return 'cart_view';
  if (intent === 'cart_add' && !slots.products.length && slots.rank) return 'product_recommend';
  // "Are the Buds in green available?" asks about stock; only a word of adding puts something in the cart.
  if (intent === 'cart_add' && !ADDING.test(p) && (slots.aspects.includes('stock') || slots.aspects.includes('price') || /^ ?(is|are|do|does|have|has|got|u got|you got|any)\b/.test(p))) return 'product_info';
  // "What's the screen size on the Go" asks a spec of a named phone, not for help with a fault.
  if ((intent.startsWith('tech_') || (intent === 'safety_hazard' && !HAZARD_WORD.test(p)) || (intent === 'warranty' && !WARRANTY_WORD.test(p))) && slots.products.length && slots.aspects.length && SPEC_QUESTION.test(p) && !FAULT.test(p)) return 'product_info';
  // "Just got a Terra, what accessories work with it?": accessories for the phone named, not the phone.
  if ((intent === 'product_info' || intent === 'accessory_compat') && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!) && /\baccessor(y|ies)\b/.test(repairProductWords(p))) return 'accessory_find';
  // A comparison needs two things to compare; one product named is a question about it.
  if (intent === 'product_compare' && slots.products.length === 1 && !/\b(vs|versus|compare\w*|difference|better|or)\b/.test(p)) return 'product_info';
  // "I'm looking at the Vision X" names a phone and no accessory: it is about the phone.
  const accessoryAsked = slots.accessoryFor !== undefined || (slots.category !== undefined && slots.category !== 'phones') || /\baccessor(y|ies)\b|\b(gifts?|presents?|ideas?|extras?)\b/.test(repairProductWords(p));
  if (intent === 'accessory_find' && !accessoryAsked && slots.products.length === 1 && PHONE_SLUGS.has(slots.products[0]!)) return 'product_info';
  return intent;
}
