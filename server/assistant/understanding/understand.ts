import type { Classification, IntentClassifier } from '../nlu/classifier.js';
import type { Intent } from '../nlu/intents.js';
import { extractSlots, plain, ruledOutProducts, type Slots } from '../../nlu/entities.js';
import { detectLanguage, type Language } from '../../nlu/language.js';
import { inGuideEnglish } from '../knowledge/glossary.js';
import { changesCartOption, comparesOptions, comparesPhones, keepsOwnReading, plausible } from './consistency.js';
import { consistent } from './reroutes.js';
import { guardOf } from './guards.js';
import { decidedBeforeClassifier } from './before-classifier.js';
import { PHONE_SLUGS } from '../../nlu/words.js';
import { ADDING, CART_VERB, CHOOSING, FAULT, NO_5G, WIRELESS_NOT_CABLE } from './signs.js';
import {
  againstPrevious,
  againstTheOneBefore,
  carryOver,
  followUpReading,
  MOVES_ON,
  withAccessoryOf,
} from './follow-ups.js';
import { anyOf, group } from '../../nlu/alternatives.js';

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

/** Below this the classifier's best guess is not trusted: refitted on the tuning sets for the three voices (ADR 022). */
export const CONFIDENCE_THRESHOLD = 0.25;

/** Words that make a short message lean on the one before it. */
/** "And for accessories?", "what about Canada?": the strongest sign of a continuation. */
const LEADS_ON = anyOf(
  '',
  group(
    '^ ?((ok|okay|fine|alright|right|hmm|so|well|yes|yeah|no) )*(',
    ['and', 'what about', 'how about', 'or', 'ok (and|what about)', 'und', 'oder', 'et', 'y'],
    String.raw`)\b`,
  ),
);
const CONTINUES = anyOf(
  '',
  group(
    '^ ?((ok|okay|fine|alright|right|hmm|so|well|yes|yeah|no) )*(',
    [
      'and',
      'what about',
      'how about',
      'also',
      'or',
      'in',
      'with',
      'for',
      'same',
      'ok (and|what about)',
      'but',
      'then',
      'und',
      'oder',
      'et',
      'y',
    ],
    String.raw`)\b`,
  ),
  String.raw`\b(it|that|this|those|them|one|ones|instead|too|as well|sie|es|ihn|das|il|elle|ca|lo|eso)\b ?$`,
  group(
    '^ ?(',
    ['how long', 'how much', 'when', 'where', 'why', 'is', 'does', 'can', 'will'],
    String.raw`) (does |do |is |will |can )?(that|it|this|they)\b`,
  ),
);

/** "What happens to my stuff afterwards?", "do you keep my orders?": what is kept once the account is gone. */
const KEPT_AFTERWARDS =
  /\b(afterwards|after that|after (i|it s|its) (delete|deleted|gone|closed)|what happens to|do you (still )?keep|is (it )?kept|are (they )?kept|still (there|stored|kept)|get deleted|be deleted)\b/;

const wordCount = (p: string) => p.trim().split(' ').filter(Boolean).length;

/** Entities only, no question of its own: "canada?", "in blue", "the 512 gb one". */
function onlyEntities(slots: Slots): boolean {
  return !!(
    slots.country ||
    slots.colour ||
    slots.storageGb ||
    slots.products.length ||
    slots.maxPriceCents ||
    slots.orderNumber
  );
}

/** Below this, a French, German or Spanish message is also read by the English model. */
const GLOSSED_BELOW = 0.75;

async function classifyAnyLanguage(
  classifier: IntentClassifier,
  text: string,
  language: Language,
): Promise<Classification> {
  const first = await classifier.classify(text, language);
  if (language === 'en' || first.confidence >= GLOSSED_BELOW) return first;
  // Unsure in its own language: the English model reads it too, as written and with the shop's words in English.
  const readings = [
    first,
    await classifier.classify(text, 'en'),
    await classifier.classify(inGuideEnglish(plain(text)), 'en'),
  ];
  return readings.reduce((best, r) => (r.confidence > best.confidence ? r : best));
}

/**
 * Every message is classified afresh; the previous message fills in only a genuine follow-up:
 * a short message that continues it ("and in blue?") or names only an option or a place, and
 * that the classifier cannot place with confidence on its own.
 */
export async function understand(
  classifier: IntentClassifier,
  text: string,
  previous?: PreviousTurn,
): Promise<Understanding> {
  const u = await reading(classifier, text, previous);
  // "Does that phone do wireless charging?" after the cart was shown: the phone in it.
  const asksOfIt =
    (u.intent === 'product_recommend' ||
      (u.intent === 'cart_view' &&
        u.slots.features.length > 0 &&
        !/\b(cart|basket|total|checkout)\b/.test(plain(text)))) &&
    POINTS_AT_ONE.test(plain(text));
  if (asksOfIt && previous?.intent === 'cart_view' && !u.slots.products.length && !u.slots.rank)
    return { ...u, intent: 'product_info' };
  // "Does it charge wirelessly?" after a recommendation asks about the phone recommended, not for another list.
  if (u.intent === 'product_recommend' && previous?.intent === 'product_recommend') {
    const own = extractSlots(text);
    if (asksAboutThePick(own, plain(text))) return { ...u, intent: 'product_info', slots: own };
  }
  return u;
}

const POINTS_AT_ONE = anyOf(
  '',
  String.raw`\b(it|its|that one|this one|that phone|this phone|the one you (said|recommended|suggested))\b`,
  String.raw`\b(get|have|buy|order) (that|this) in\b`,
  group(
    '^ ?(y |et |und |pero |mais |aber )?(',
    ['tiene', 'est ce qu (il|elle) (a|est)', 'a t (il|elle)', 'hat (es|er|sie|das)', 'ist (es|er|sie|das)'],
    String.raw`)\b`,
  ),
);
const ASKS_FOR_OTHERS = /\b(which|any|anything else|other|others|another|alternatives?|cheaper|pricier|instead|else)\b/;
const asksAboutThePick = (slots: Slots, p: string) =>
  POINTS_AT_ONE.test(p) &&
  !ASKS_FOR_OTHERS.test(p) &&
  !slots.rank &&
  !slots.products.length &&
  !slots.maxPriceCents &&
  (!slots.category || slots.category === 'phones') &&
  !slots.accessoryFor;

async function reading(classifier: IntentClassifier, text: string, previous?: PreviousTurn): Promise<Understanding> {
  const language = await detectLanguage(text);
  const slots = extractSlots(text);
  const guard = guardOf(text);
  if (guard) return { language, intent: guard, confidence: 1, alternatives: [], slots, followUp: false };
  const decided = decidedBeforeClassifier(plain(text));
  if (decided) return { language, intent: decided, confidence: 1, alternatives: [], slots, followUp: false };
  const c = await classifyAnyLanguage(classifier, text, language);
  const alternatives = c.ranked.slice(0, 2).map((r) => r.intent);
  const p = plain(text);
  const short = wordCount(p) <= 6;
  // A continuation the classifier reads confidently as its own question is that question ("will it fit
  // my Vision X?"); one that opens with "and" / "what about" needs near certainty to stand alone.
  // "And for accessories?": a lead-on and a thing named, nothing else, is always the same question about that thing.
  // "Et mon remboursement pour {order} ?", "and my refund for {order}?": a lead-on that names an order or its topic is its own question.
  const foreignOwn =
    /^ ?(und|oder|et|y|and)\b/.test(p) &&
    (!!slots.orderNumber ||
      anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            String.raw`rembours\w*`,
            String.raw`refund\w*`,
            'parcel',
            'warranty',
            'commande',
            'colis',
            'paquete',
            'pedido',
            'bestellung',
            'paket',
            'reembolso',
            'erstattung',
            'livraison',
            'envio',
            'lieferung',
            'garantie',
            'garantia',
          ],
          String.raw`)\b`,
        ),
      ).test(p));
  const namesOnly =
    !foreignOwn &&
    LEADS_ON.test(p) &&
    wordCount(p) <= (onlyEntities(slots) ? 6 : 4) &&
    (onlyEntities(slots) || slots.category !== undefined || /\baccessor(y|ies)\b/.test(p));
  const own = !namesOnly && c.intent !== null && c.confidence >= (LEADS_ON.test(p) ? 0.95 : 0.75);
  const continues =
    !foreignOwn && short && ((CONTINUES.test(p) && !own) || (onlyEntities(slots) && c.confidence < 0.6));
  const inherit =
    previous && previous.intent !== 'clarify' && previous.intent !== 'injection' ? previous.intent : undefined;
  // A follow-up read as `intent`, with the slots it carries (by default the message before's, carried over).
  const followUpAs = (intent: Understanding['intent'], carried?: Slots): Understanding => ({
    language,
    intent,
    confidence: c.confidence,
    alternatives,
    slots: carried ?? carryOver(slots, previous!.slots),
    followUp: true,
  });
  // A follow-up about the product the message before was about: its slots carried over.
  const aboutTheOneBefore = (intent: 'product_info' | 'cart_add' = 'product_info') => followUpAs(intent);
  // "And against the Halo? Which one gets me closer?" after a question about the Pro Max Ultra: the two compared.
  // "How much heavier is the X than that?" after a recommendation: the one named against the one recommended (the answer's focus).
  const thanThat = inherit && PRODUCT_TALK.has(inherit) && againstTheOneBefore(p, slots) ? slots : undefined;
  if (thanThat) return followUpAs('product_compare', thanThat);
  // "Not the Halo, it's too dear. Another?" after a recommendation: the same question (what it was
  // about too: "too dear" is why the Halo goes, not a new ranking) without the one ruled out.
  if (inherit === 'product_recommend' && !slots.products.length && ruledOutProducts(text).length)
    return followUpAs('product_recommend', { ...carryOver(slots, previous!.slots), aspects: previous!.slots.aspects });
  // "What happens to my stuff afterwards, like my order history?" after deleting the account: what is kept.
  if (inherit === 'account_manage' && !slots.orderNumber && KEPT_AFTERWARDS.test(p))
    return followUpAs('account_manage');
  const against = inherit && PRODUCT_TALK.has(inherit) ? againstPrevious(p, slots, previous) : undefined;
  if (against) return followUpAs('product_compare', against);
  // "And my kid's Vision Go?" after "does the power bank stick to the Terra?": the same accessory's fit with that phone.
  if (
    inherit === 'accessory_compat' &&
    previous!.slots.products.some((s) => !PHONE_SLUGS.has(s)) &&
    slots.products.length === 1 &&
    PHONE_SLUGS.has(slots.products[0]!) &&
    OPENS_ON.test(p) &&
    wordCount(p) <= 12
  )
    return followUpAs(inherit, withAccessoryOf(slots, previous!.slots));
  // "Is it still under warranty?" after a hazard is its own question, however short.
  if (inherit && continues && !CART_VERB.test(p) && !(inherit === 'safety_hazard' && MOVES_ON.test(p))) {
    // The entities still have their say: "can I still cancel it?" after an order's status is a cancellation.
    // A fit question carries its accessory on, so the next "and my Go?" still has it.
    const keepsAccessory = inherit === 'accessory_compat' && !slots.products.some((s) => !PHONE_SLUGS.has(s));
    const kept = keepsAccessory ? withAccessoryOf(slots, previous!.slots) : carryOver(slots, previous!.slots);
    return {
      language,
      intent: changesCartOption(inherit, slots, p) ? 'cart_add' : consistent(inherit, kept, p),
      confidence: c.confidence,
      alternatives,
      slots: kept,
      followUp: true,
    };
  }
  // A follow-up of a known kind ("add the cheaper one" after a comparison, "I already gave it to him" after a scam).
  const known = previous
    ? followUpReading({
        p,
        text,
        slots,
        previous,
        inherit,
        words: wordCount(p),
        classified: () => plausible(c, slots, p, language)?.intent,
      })
    : undefined;
  if (known)
    return {
      language,
      intent: known.intent,
      confidence: known.intent === 'injection' ? 1 : c.confidence,
      alternatives,
      slots: known.slots,
      followUp: true,
    };
  // A question that leans on the one before it ("what if I want it faster?", "how long for the refund?")
  // starts with the previous topic ahead: it wins unless the message reads clearly as something else.
  // A message that leans on the one before is also read together with it ("the box came crushed… | is
  // there a time limit on reporting it?"), and the two readings are averaged.
  // A ranking word ("is that the cheapest phone you sell?") asks for a choice among products, below.
  const leans =
    !!inherit &&
    leansOn(p, slots) &&
    !CART_VERB.test(p) &&
    !slots.rank &&
    !(inherit === 'safety_hazard' && MOVES_ON.test(p));
  const read = leans ? blend(c, await classifyAnyLanguage(classifier, `${previous!.text} ${text}`, language)) : c;
  const best = plausible(c, slots, p, language);
  if (leans && scoreOf(read, inherit) + headStart(p) >= (plausible(read, slots, p, language)?.score ?? 0)) {
    return {
      language,
      intent: consistent(inherit, slots, p),
      confidence: c.confidence,
      alternatives,
      slots: carryOver(slots, previous!.slots),
      followUp: true,
    };
  }
  // "Black then, how much is it?", "is it in stock in sand?": options and a price or stock, nothing else, after talk of a product.
  if (
    inherit &&
    (PRODUCT_TALK.has(inherit) || inherit === 'cart_add') &&
    !slots.products.length &&
    (slots.colour || slots.storageGb) &&
    slots.aspects.every((a) => OPTION_ASPECTS.has(a)) &&
    wordCount(p) <= 14 &&
    !CART_VERB.test(p) &&
    !ADDING.test(p)
  ) {
    return aboutTheOneBefore(inherit === 'cart_add' ? 'cart_add' : 'product_info');
  }
  // "And the battery, would it get me through a weekend?" after talk of a product: a question about that product.
  if (
    inherit &&
    PRODUCT_TALK.has(inherit) &&
    slots.aspects.length &&
    !slots.products.length &&
    !slots.rank &&
    (!slots.category || slots.category === 'phones') &&
    /\b(it|its|this|that|the (battery|screen|camera))\b/.test(p) &&
    !/\b(one|ones|other|another|protect\w*)\b/.test(p) &&
    !FAULT.test(p) &&
    !CART_VERB.test(p) &&
    !ADDING.test(p) &&
    wordCount(p) <= 20
  ) {
    return aboutTheOneBefore();
  }
  // Two phones and a comparing word are a comparison, however unsure the classifier is of the rest.
  if (comparesPhones(slots, p) && (!c.intent || !keepsOwnReading(c.intent, p)))
    return { language, intent: 'product_compare', confidence: c.confidence, alternatives, slots, followUp: false };
  // "Is the transparent one the same price as the black one?": two options of one product.
  if (comparesOptions(slots, text, p))
    return { language, intent: 'product_compare', confidence: c.confidence, alternatives, slots, followUp: false };
  // "Le Vision X Terra peut se recharger sans fil ?": a feature of a named phone is a question about it, however unsure the rest.
  if (
    slots.features.length &&
    slots.products.length === 1 &&
    PHONE_SLUGS.has(slots.products[0]!) &&
    !FAULT.test(p) &&
    !NO_5G.test(p) &&
    !WIRELESS_NOT_CABLE.test(p) &&
    (!best || best.score < CONFIDENCE_THRESHOLD)
  ) {
    return { language, intent: 'product_info', confidence: c.confidence, alternatives, slots, followUp: false };
  }
  // "Something lighter but still a big battery?": a ranking word and no fault is a choice to make, however unsure the rest.
  // So is a colour of phone asked for ("got any phones in a pinky purple?").
  // So is a budget ("256 GB and I can't go over $400, is there anything?").
  const choosing =
    !!slots.rank ||
    (!!slots.colour && slots.category === 'phones' && CHOOSING.test(p)) ||
    ((slots.maxPriceCents !== undefined || (slots.features.length > 0 && !HOW_TO.test(p))) &&
      (slots.category ?? 'phones') === 'phones' &&
      CHOOSING.test(p));
  // "Always dead by lunch, which one of yours lasts longest?" tells a fault and asks for a choice: the choice.
  if (
    choosing &&
    !slots.products.length &&
    (!FAULT.test(p) || ASKS_WHICH_OF_OURS.test(p) || slots.maxPriceCents !== undefined) &&
    (!best || best.score < CONFIDENCE_THRESHOLD || best.intent.startsWith('tech_'))
  ) {
    return {
      language,
      intent: 'product_recommend',
      confidence: c.confidence,
      alternatives,
      slots: inherit ? carryOver(slots, previous!.slots) : slots,
      followUp: !!inherit,
    };
  }
  // In doubt between a hazard and anything else: the hazard's first aid (and a person asked to look)
  // rather than a question back while a battery overheats. Not gated on the hazard words of
  // consistency.ts: hazards come in words no list has ("battery temperature too high"), and gating
  // lost five such cases on the blind halves while no ordinary message was read as a hazard without it.
  if ((!best || best.score < CONFIDENCE_THRESHOLD) && alternatives.includes('safety_hazard'))
    return { language, intent: 'safety_hazard', confidence: c.confidence, alternatives, slots, followUp: false };
  // "What colours can I get it in?" right after a product was talked about: its colours, not a question back.
  if (
    (!best || best.score < CONFIDENCE_THRESHOLD) &&
    slots.aspects.includes('colours') &&
    !slots.products.length &&
    inherit &&
    PRODUCT_TALK.has(inherit) &&
    previous!.slots.products.length
  )
    return aboutTheOneBefore();
  if (!best || best.score < CONFIDENCE_THRESHOLD)
    return { language, intent: 'clarify', confidence: c.confidence, alternatives, slots, followUp: false };
  const intent = consistent(best.intent, slots, p);
  // "Which is the cheapest?" after "what chargers do you sell?" still means chargers.
  const followUp = !!inherit && short && (CONTINUES.test(p) || (PRODUCT_TALK.has(intent) && PRODUCT_TALK.has(inherit)));
  return {
    language,
    intent,
    confidence: c.confidence,
    alternatives,
    slots: followUp ? carryOver(slots, previous!.slots) : slots,
    followUp,
  };
}

/**
 * How far ahead the previous message's topic starts, in the reading of the two messages together,
 * for a message that leans on it (tuned on the dev splits): further for one that opens by carrying
 * on ("what if…", "and…"), less for one that only points back ("…for it").
 */
export const TOPIC_HEAD_START = { opens: 0.3, points: 0.15 } as const;
const OPENS_ON = anyOf(
  '',
  group(
    '^ ?((',
    ['ok', 'okay', 'fine', 'alright', 'right', 'so', 'well', 'yes', 'yeah', 'no', 'hmm', 'ah', 'oh', 'wait'],
    String.raw`) )*(what if|and if|and|what about|how about|also|then|but)\b`,
  ),
);
const headStart = (p: string) =>
  OPENS_ON.test(p) || LEANS_FR_DE_ES.test(p) ? TOPIC_HEAD_START.opens : TOPIC_HEAD_START.points;

/** The average of two readings of one message, best first. */
function blend(a: Classification, b: Classification): Classification {
  const scores = new Map<Intent, number>();
  for (const r of [...a.ranked, ...b.ranked]) scores.set(r.intent, (scores.get(r.intent) ?? 0) + r.score / 2);
  const ranked = [...scores].map(([intent, score]) => ({ intent, score })).sort((x, y) => y.score - x.score);
  return { intent: ranked[0]?.intent ?? null, confidence: ranked[0]?.score ?? 0, ranked };
}

const scoreOf = (c: Classification, intent: Understanding['intent']) =>
  c.ranked.find((r) => r.intent === intent)?.score ?? 0;

/** A question that does not stand alone: short, and opening on or pointing back at what came before. */
const LEANS = anyOf(
  '',
  group(
    '^ ?((ok|okay|fine|alright|right|so|well|yes|yeah|no|hmm|ah|oh|and|but|also|then|wait) )*(',
    [
      'what if',
      'and if',
      'if',
      'how long',
      'how much',
      'how many',
      'how soon',
      'how fast',
      'when',
      'do i',
      'does it',
      'does that',
      'is it',
      'is that',
      'will it',
      'will that',
      'would it',
      'can i',
      'can it',
      'could i',
      'what about',
      'and',
    ],
    String.raw`)\b`,
  ),
  String.raw`\b(it|that|this|they|them|those|one|there|then|too|instead|also|as well)\b`,
);
/** The same openings in French, German and Spanish ("und wann…", "et si…", "¿y el…", "sind die noch…"). */
const LEANS_FR_DE_ES = anyOf(
  '',
  String.raw`^ ?(und|et|y|aber|mais|pero|alors|dann|entonces|donc)\b`,
  String.raw`^ ?(sind|ist|gibt es) (die|das|sie|es|ihn)\b`,
  String.raw`^ ?(et|y) (si|le|la|les|el|los|las|celui|celle|ca|eso)\b`,
);
const leansOn = (p: string, slots: Slots) =>
  wordCount(p) <= 14 && (LEANS.test(p) || LEANS_FR_DE_ES.test(p)) && !slots.products.length && !slots.orderNumber;

const OPTION_ASPECTS: ReadonlySet<string> = new Set(['price', 'stock', 'colours', 'storage']);

/** Questions about products: a short one continues the one before it. */
const PRODUCT_TALK: ReadonlySet<Intent | 'injection' | 'clarify'> = new Set([
  'product_info',
  'product_recommend',
  'product_compare',
  'accessory_find',
  'accessory_compat',
]);

/** "How do I set up an eSIM?": how to use a feature, not a phone to buy for it. */
const HOW_TO =
  /\b(how (do|can|should|would) i|how to|set ?(it )?up|turn (it )?(on|off)|enable|disable|activate|settings?)\b/;
const ASKS_WHICH_OF_OURS = anyOf(
  '',
  group(
    String.raw`\bwhich (one|phone|model)s? (`,
    [
      'of yours',
      'of your (phones|models)',
      'do you (have|sell|make|recommend)',
      'would you (recommend|suggest)',
      'should i (get|buy)',
    ],
    String.raw`)\b`,
  ),
  String.raw`\bwhich of your (phones|models)\b`,
);
