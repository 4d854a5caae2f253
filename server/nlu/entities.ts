import { repairProductWords } from './fuzzy.js';
import {
  ASPECTS,
  CATEGORY_WORDS,
  COLOUR_WORDS,
  COUNTRY_WORDS,
  FEATURE_WORDS,
  PHONE_SLUGS,
  PRODUCT_PATTERNS,
  RANK_WORDS,
  type Aspect,
  type FeatureId,
  type Rank,
} from './words.js';
import { anyOf, group } from './alternatives.js';

/** What a shopper's message names: products, options, a budget, an order, what they ask about. */
export interface Slots {
  /** Product slugs in the order they appear (a phone named only as what an accessory is for is not among them). */
  products: string[];
  /** "a case for my Vision Go": the phone an accessory must fit. */
  accessoryFor?: string;
  colour?: string;
  storageGb?: number;
  maxPriceCents?: number;
  minPriceCents?: number;
  /** "cheapest", "biggest battery", "lightest": what to rank by. */
  rank?: Rank;
  /** A second ranking word ("lighter but still a big battery"): the answer keeps the better half by it. */
  alsoRank?: Rank;
  quantity?: number;
  orderNumber?: string;
  category?: string;
  /** A country by name ("canada", "the uk"): an ISO code, shipped to or not. */
  country?: string;
  aspects: Aspect[];
  /** "With a headphone jack", "optical zoom": what a phone must have. */
  features: FeatureId[];
}

/** Lower case, punctuation to spaces ("USB-C" → "usb c", "$700" keeps its "$"). */
export const plain = (text: string) =>
  ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    // French elision ("l'évier", "d'eau", "qu'il") keeps its words apart; English contractions close up ("don't" → "dont").
    .replace(/\b([ldjsnmtc]|qu)[’'](?=\p{L})/gu, '$1 ')
    .replace(/[’']/g, '')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/[^\p{L}\p{N}$.]+/gu, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  couple: 2,
  pair: 2,
};
/** "3" or "three": the number a word of a count says. */
export const NUMBER_OR_WORD = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word]);

interface Mention {
  slug: string;
  at: number;
  end: number;
}

/** Product mentions in a plain text, most specific pattern first, each span used once. */
function mentions(p: string): Mention[] {
  // "the halo's screen" → "halos": the possessive s is blanked, keeping every position.
  let rest = repairProductWords(p).replace(/\b(halo|go|terra|x|ultra|max|buds|watch)s\b/g, '$1 ');
  const found: Mention[] = [];
  for (const [slug, re] of PRODUCT_PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    found.push({ slug, at: m.index, end: m.index + m[0].length });
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  return found.sort((a, b) => a.at - b.at);
}

export const findProducts = (text: string): string[] => mentions(plain(text)).map((m) => m.slug);

/** "…sorry, I meant the Vision Go", "no wait, make that the Terra": the product named next is the one meant. */
const CORRECTED_TO =
  /\b(i meant|i mean|i meant to say|make (that|it)|no wait|scratch that|correction)( to say)?( the| a)? $/;

/**
 * A plain text with a product the shopper corrected themselves about replaced by the one they
 * meant ("is there a case for the Halo? sorry, I meant the Vision Go" → "is there a case for the
 * vision go"): the product of the same kind (phone or not) named last before the correction.
 */
export function corrected(p: string): string {
  const found = mentions(p);
  const to = found.find((m) => CORRECTED_TO.test(p.slice(Math.max(0, m.at - 36), m.at).replace(/ zzlist\b/g, '')));
  if (!to) return p;
  const kind = (m: Mention) => PHONE_SLUGS.has(m.slug);
  const from = found.filter((m) => m.end <= to.at && kind(m) === kind(to)).at(-1);
  if (!from) return p;
  const between = p
    .slice(from.end, to.at)
    .replace(
      /\b(zzlist|sorry|oh|oops|no|wait|uh|um|i meant|i mean|make that|scratch that|correction|to say|the|a)\b/g,
      ' ',
    );
  return `${p.slice(0, from.at)}${p.slice(to.at, to.end)}${between}${p.slice(to.end)}`;
}

/** Products named to be ruled out ("the best camera under 800, but not the Terra"). */
export function ruledOutProducts(text: string): string[] {
  const p = plain(text);
  return mentions(p)
    .filter((m) => RULED_OUT_PRODUCT.test(p.slice(Math.max(0, m.at - 24), m.at)))
    .map((m) => m.slug);
}

/**
 * The message as the intent classifier sees it: named things replaced by what they are
 * ("does the loop case fit my vision go" → "does the zzaccessory fit my zzphone"), so what it
 * learnt about one product, price, country or order holds for every other.
 */
export function classifierText(text: string): string {
  const p = corrected(plain(text));
  let out = repairProductWords(p);
  for (const m of mentions(p).sort((a, b) => b.at - a.at)) {
    // "The best battery apart from the Terra" asks what "the best battery" asks: the product ruled out goes, with its words.
    const before = out.slice(0, m.at);
    const ruledOut = RULED_OUT_PRODUCT.test(before.slice(-24));
    out = ruledOut
      ? `${before.replace(RULED_OUT_PRODUCT, ' ')} ${out.slice(m.end)}`
      : `${before} ${PHONE_SLUGS.has(m.slug) ? 'zzphone' : 'zzaccessory'} ${out.slice(m.end)}`;
  }
  for (const [, re] of COUNTRY_WORDS) out = out.replace(new RegExp(re.source, 'g'), ' zzcountry ');
  return out
    .replace(/\bvx\s?-?\s?[2-9a-hj-np-z]{8}\b/g, ' zzorder ')
    .replace(/\$\s?\d+(\.\d+)?\s?k?\b|\b\d+(\.\d+)?\s?(dollars|bucks|usd|eur|euros?)\b/g, ' zzmoney ')
    .replace(
      anyOf(
        'g',
        String.raw`\b\d+(\.\d+)?\s?(gb|tb)\b`,
        String.raw`\b(64|128|256|512)\s?go\b`,
        String.raw`(?<=\b(version|modele|de|le|en|avec|stockage) )[12]\s?to\b(?! \d)`,
      ),
      ' zzstorage ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const ACCESSORY_NOUN = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'cases?',
      'covers?',
      'bumpers?',
      'screen protectors?',
      'protectors?',
      'tempered glass',
      'glass',
      'chargers?',
      'charging pad',
      'cables?',
      'power ?banks?',
      'accessor(y|ies)',
      'straps?',
      'bands?',
      'headphones',
      'earbuds',
      'buds',
      'hullen?',
      'coques?',
      'fundas?',
      'ladegerate?',
      'chargeurs?',
      'cargador(es)?',
      'zubehor',
      'accessoires',
      'accesorios',
      '(lade)?kabel',
      'schutzhulle',
      'panzerglas',
      'schutzglas',
      'verre trempe',
      'protege ecran',
      'protector de pantalla',
      'ecouteurs',
      'kopfhorer',
      'auriculares',
      'batterie externe',
      'bateria externa',
    ],
    String.raw`)\b`,
  ),
);
/** "for my", "fits the", "compatible with a": the phone after it is what an accessory must fit. */
const FITS_BEFORE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'for',
      'fits?',
      'fitting',
      'fit on',
      'on',
      'with',
      'compatible with',
      'works? with',
      'go with',
      'match(es)?',
      'fur',
      'pour',
      'para',
      'zum',
      'zur',
      'passt (zu|an|auf)',
      'kompatibel mit',
      'avec',
      'va (avec|sur)',
      'compatible (avec|con)',
      'con',
      'sirve para',
    ],
    String.raw`)( (my|the|a|an|your|das|den|die|dem|mein|meinen|meinem|le|la|mon|ma|el|la|mi))?\s*$`,
  ),
);
/** "A gift for my brother, he has the Halo": the phone someone has, beside a gift, is what the gift is for (a watch or headphones work with any of them). */
const OWNS_BEFORE = /\b(has|have|got|owns|uses|using)( (a|an|the|his|her|their))?\s*$/;
const GIFT = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(`,
    [String.raw`watch\w*`, 'wrists?', 'headphones', 'earbuds', 'buds', 'runs?', 'running', 'music'],
    String.raw`)\b).*\b(gifts?|presents?|stocking fillers?|gift ideas?)\b`,
  ),
);
/** "Vision Go case": the phone before an accessory word. */
const NOUN_AFTER =
  /^\s*(phone )?(cases?|covers?|bumpers?|screen protectors?|protectors?|glass|chargers?|cables?|accessor(y|ies))\b/;

/**
 * The phone an accessory is for ("a case for my Vision Go", "does the Everyday Case fit a
 * Vision Go", "Terra screen protector"), taken out of the products named: the shopper wants
 * the accessory, never the phone itself.
 */
function accessoryRelation(p: string, found: Mention[]): { accessoryFor?: string; rest: Mention[] } {
  const gift = GIFT.test(p);
  const accessoryNamed = found.some((m) => !PHONE_SLUGS.has(m.slug)) || ACCESSORY_NOUN.test(p) || gift;
  if (!accessoryNamed) return { rest: found };
  // "My Pro Max Ultra is on 10%: the 65 W charger or the pad?": beside two accessories, the shopper's own phone is the one they are for.
  const twoAccessories = found.filter((m) => !PHONE_SLUGS.has(m.slug)).length >= 2;
  const target = found.find(
    (m) =>
      PHONE_SLUGS.has(m.slug) &&
      (FITS_BEFORE.test(p.slice(Math.max(0, m.at - 24), m.at)) ||
        NOUN_AFTER.test(p.slice(m.end)) ||
        (twoAccessories && /\bmy\s*$/.test(p.slice(Math.max(0, m.at - 6), m.at))) ||
        (gift && OWNS_BEFORE.test(p.slice(Math.max(0, m.at - 16), m.at)))),
  );
  if (!target) return { rest: found };
  return { accessoryFor: target.slug, rest: found.filter((m) => m !== target) };
}

const money = (raw: string, k?: string) => Math.round(Number(raw) * (k ? 1000 : 1) * 100);

/**
 * How budgets are written: "under $500", "max 600", "$700 budget", "unter 300". The catalog's
 * search takes the same phrases out of its text (search-intent.ts), so there is one list.
 */
export const PRICE_PHRASES = {
  max: [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'under',
          'below',
          'less than',
          'max(imum)?',
          'up to',
          'at most',
          'no more than',
          'cheaper than',
          'within',
          'budget( of| is)?',
          'around',
          'about',
          'sub',
          'unter',
          'moins de',
          'menos de',
          '(?:hard |strict |absolute )?limit (?:of|is)',
          'stretch (?:it )?to',
          'cap (?:of|is)',
          'ceiling (?:of|is)',
        ],
        String.raw`)\s+(?:(?:exactly|just|only|roughly|about|around|like|max) )?\$?\s?(\d+(?:\.\d+)?)\s?(k\b)?`,
      ),
    ),
    /\$\s?(?<n>\d+(?:\.\d+)?)\s?(?<k>k\b)?\s+(budget|max|or less|tops)/,
    /\b(?<n>\d+(?:\.\d+)?)\s?(?<k>k\b)?\s?(\$|dollars|bucks|usd)?\s+(budget|max|or less|tops|to spend)\b/,
    // "I have 500 dollars", "if I can only spend 600": what there is to spend.
    /\b(?:i|we) (?:only )?(?:have|ve got|got) (?:only |just |about |around |up to )?\$?\s?(?<n>\d+(?:\.\d+)?)\s?(?<k>k\b)?(?=\s?(?:\$|dollars|bucks|usd|quid|euros?|pounds|to spend|tops|max)\b)/,
    /\b(?:i|we) (?:can |could )?(?:only )?(?:spend|afford|pay) (?:only |just |about |around |up to |max |maximum )?\$?\s?(?<n>\d+(?:\.\d+)?)\s?(?<k>k\b)?/,
  ],
  /** "Between 500 and 700", "$600-650", "600 to 650 to spend" (plain text: the dash is a space). */
  range: anyOf(
    '',
    String.raw`\b(?:between|budget (?:is |of )?) ?\$? ?(\d{2,5}) (?:and|to) \$? ?(\d{2,5})\b`,
    String.raw`\$ ?(\d{2,5}) (?:to |and )?\$? ?(\d{2,5})\b`,
    String.raw`\b(\d{2,5}) (?:to )?(\d{2,5}) (?:to spend|budget|dollars|bucks|usd|at most|max|tops|or less)\b`,
  ),
  min: /\b(over|above|more than|at least)\s+\$?\s?(\d+(?:\.\d+)?)\s?(k\b)?/,
} as const;

const NOT_MONEY = anyOf(
  '',
  group(
    String.raw`^\s?(`,
    [
      'months?',
      'years?',
      'yrs?',
      'days?',
      'weeks?',
      'hours?',
      'hrs?',
      'mins?',
      'minutes?',
      'seconds?',
      '%',
      'percent',
      'per ?cent',
      'per (customer|person|order)',
      'each',
      String.raw`gb\b`,
      String.raw`tb\b`,
      'mah',
      'mm',
      'cm',
      String.raw`m\b`,
      String.raw`w\b`,
      'watts?',
      String.raw`g\b`,
      'grams?',
      'hz',
      'times',
      'people',
      'phones',
      'units',
      'metres?',
      'meters?',
      'miles?',
      'km',
      String.raw`inch\w*`,
    ],
    ')',
  ),
);

function budget(text: string): Pick<Slots, 'maxPriceCents' | 'minPriceCents'> {
  const out: Pick<Slots, 'maxPriceCents' | 'minPriceCents'> = {};
  const range = PRICE_PHRASES.range.exec(text)?.slice(1).filter(Boolean).map(Number);
  // A range's lower end is no limit: "600-650 to spend" is glad of a $599 phone.
  if (range?.length === 2 && range[0]! < range[1]!) return { maxPriceCents: range[1]! * 100 };
  // "About 18 months old", "up to 5 days": a number with a unit is no money.
  const max = PRICE_PHRASES.max
    .map((re) => re.exec(text))
    .find((m) => m !== null && !NOT_MONEY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)));
  if (max) out.maxPriceCents = max.groups ? money(max.groups.n!, max.groups.k) : money(max[4]!, max[5]);
  // Nothing here costs under $10: "a limit of 2 per customer" is no budget.
  if (out.maxPriceCents !== undefined && out.maxPriceCents < 1000) delete out.maxPriceCents;
  // "I'd rather not spend more than 400", "without going over 600" are ceilings, not floors.
  const notOver = anyOf(
    '',
    group(
      String.raw`\b(`,
      ['not', 'never', 'dont', 'don t', 'wont', 'won t', 'cant', 'can t', 'cannot', 'without', 'nothing', 'no', 'none'],
      String.raw`)( \w+){0,3} (more than|over|above|past|beyond)\s+\$?\s?(\d+(?:\.\d+)?)\s?(k\b)?`,
    ),
  ).exec(text);
  if (
    notOver &&
    out.maxPriceCents === undefined &&
    !NOT_MONEY.test(text.slice(notOver.index + notOver[0].length, notOver.index + notOver[0].length + 12)) &&
    money(notOver[4]!, notOver[5]) >= 1000
  )
    return { maxPriceCents: money(notOver[4]!, notOver[5]) };
  // "No more than 500" is a ceiling, its "more than 500" no floor: the floor is looked for outside the ceiling's words.
  const rest = max ? text.slice(0, max.index) + text.slice(max.index + max[0].length) : text;
  const min = notOver ? null : PRICE_PHRASES.min.exec(rest);
  if (min) out.minPriceCents = money(min[2]!, min[3]);
  return out;
}

function quantity(text: string): number | undefined {
  const set = anyOf(
    '',
    String.raw`\b(?:qty|quantity|amount)\b.{0,25}?\bto (\d{1,2}|two|three|four|five)\b`,
    String.raw`\bmake it (\d{1,2}|two|three|four|five)\b(?! ?(gb|tb))`,
  ).exec(text);
  if (set) return NUMBER_OR_WORD(set[1] ?? set[2]!);
  const m =
    /\b(\d{1,2}|two|three|four|five|couple|pair)\s+(of (them|those|it|the|these)|units?|pieces?|more|x\b|items?)/.exec(
      text,
    ) ?? /\b(?:add|put|buy|get|want|take)\s+(\d{1,2}|two|three|four|five)\b(?!\s?(gb|tb|mm|m\b|w\b))/.exec(text);
  return m ? NUMBER_OR_WORD(m[1]!) : undefined;
}

/**
 * The country the shopper is asking about: the first one named, unless it is only where they
 * ordered from before ("I live in the UK … last time I ordered from the US").
 */
function countryOf(p: string): string | undefined {
  const named = COUNTRY_WORDS.flatMap(([code, re]) =>
    [...p.matchAll(new RegExp(re.source, 'g'))].map((m) => ({
      code,
      at: m.index!,
      from: /\b(ordered|bought|buying|shipped|coming|imported|order) (it |them |one )?from (the )?$/.test(
        p.slice(0, m.index),
      ),
    })),
  );
  const sorted = named.sort((a, b) => a.at - b.at);
  return (sorted.find((c) => !c.from) ?? sorted[0])?.code;
}

/** Every colour a message names, in the order it names them ("from coral to lilac"). */
export function coloursIn(text: string): string[] {
  const p = plain(text);
  return COLOUR_WORDS.flatMap(([name, re]) => {
    const m = new RegExp(re.source).exec(p);
    return m ? [{ name, at: m.index }] : [];
  })
    .sort((a, b) => a.at - b.at)
    .map((c) => c.name);
}

/** "The best battery apart from the Terra": a product named to be left out ("instead of the X" compares it). */
const RULED_OUT_PRODUCT = anyOf(
  '',
  group(
    String.raw`\b(`,
    ['other than', 'apart from', 'aside from', 'except( for)?', 'excluding', 'not', 'anything but', 'besides'],
    ')( the)? $',
  ),
);
/** "Anything other than black? She loves purple": a colour named to be ruled out is not the one wanted. */
const RULED_OUT = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'other than',
      'apart from',
      'except',
      'not',
      'anything but',
      'besides',
      'instead of',
      'rather than',
      'sick of',
      'bored of',
      'hates?',
    ],
    ')( (the|in|a|boring|plain))? $',
  ),
);
/** "The screen stays totally black", "it just shows a black screen": a fault, not a colour. */
const BLACK_FAULT = anyOf(
  'g',
  group(
    String.raw`\b(screen|display|it|phone)( s)? (\w+ ){0,2}(`,
    [
      'stays?',
      'stayed',
      'goes',
      'went',
      'gone',
      'turned',
      'turns',
      'stuck',
      'remains',
      'is (just|all|completely|totally|pitch)',
    ],
    String.raw`) (\w+ ){0,2}black\b`,
  ),
  String.raw`\bblack screen (of death|and|but|when|with|after)\b`,
  String.raw`\b(shows?|showing|get|getting|got) (a |just a |only a )?black (screen|display)\b`,
);
function wantedColour(text: string): string | undefined {
  const p = text.replace(BLACK_FAULT, ' ');
  const named = COLOUR_WORDS.flatMap(([name, re]) => {
    const m = new RegExp(re.source).exec(p);
    return m ? [{ name, at: m.index, ruledOut: RULED_OUT.test(p.slice(Math.max(0, m.index - 24), m.index)) }] : [];
  });
  if (!named.some((c) => c.ruledOut)) return firstOf(COLOUR_WORDS, p);
  return named.sort((a, b) => a.at - b.at).find((c) => !c.ruledOut)?.name;
}

const PHONE_RANKS: ReadonlySet<Rank> = new Set([
  'battery',
  'weight',
  'screen',
  'camera',
  'performance',
  'software',
  'charging',
  'water',
]);
const PROTECTION = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      group(
        String.raw`protect\w*(?! (my |your |the |our )?(`,
        ['data', 'privacy', 'card', 'account', 'details', 'information', 'info', 'password', 'payment'],
        '))',
      ),
      String.raw`stop (her|him|them|me|it)? ?(from )?dropp\w*`,
      'keeps? dropping',
      'survive (a )?drops?',
      'drop proof',
      String.raw`scratch\w*`,
    ],
    String.raw`)\b`,
  ),
);

/** Every storage size a message names, in GB and in order ("the 512 gig one over the 256", "1 TB"). */
export function sizesIn(text: string): number[] {
  return [...plain(text).matchAll(/\b(64|128|256|512|1)\s?(gb|gigs?|tb)?\b/g)]
    .filter((m) => m[1] !== '1' || m[2] === 'tb')
    .map((m) => Number(m[1]) * (m[2] === 'tb' ? 1024 : 1));
}

const firstOf = <T>(table: ReadonlyArray<readonly [T, RegExp]>, p: string) => table.find(([, re]) => re.test(p))?.[0];

export function extractSlots(text: string): Slots {
  const p = corrected(plain(text));
  // "Vision X, Pro Max Ultra, Halo": a comma between names keeps them apart (plain text drops it).
  const listed = corrected(plain(text.replace(/,\s+(?=[^\d\s])/g, ' zzlist ')));
  // Mentions are found in the repaired text ("acessories", "visoin"), so the relation reads it too.
  const repaired = repairProductWords(listed);
  const { accessoryFor, rest } = accessoryRelation(repaired, mentions(listed));
  // "The best battery apart from the Terra": a product ruled out is not one the message is about.
  const about = rest.filter((m) => !RULED_OUT_PRODUCT.test(repaired.slice(Math.max(0, m.at - 24), m.at)));
  const slots: Slots = { products: [...new Set(about.map((m) => m.slug))], aspects: [], features: [], ...budget(p) };
  if (accessoryFor) slots.accessoryFor = accessoryFor;
  const colour = wantedColour(p);
  if (colour) slots.colour = colour;
  // "lilac go 256": a bare size after a phone's name is its storage.
  const storage =
    // French "256 Go", "1 To" only as real sizes: "600 to spend" and "500 to 700" are money.
    anyOf(
      '',
      String.raw`\b(\d+(?:\.\d+)?)\s?(gb|tb)\b`,
      String.raw`\b(64|128|256|512)\s?(go)\b`,
      String.raw`(?<=\b(version|modele|de|le|en|avec|stockage) )(1|2)\s?(to)\b(?! \d)`,
    )
      .exec(p)
      ?.filter(Boolean) ??
    /\bthe (128|256|512)()\b/.exec(p) ??
    /\b(?<!\$ ?)(128|256|512)() (one|version|model|variant|option)\b/.exec(p) ??
    // "what about 512": a short follow-up naming only a size.
    (p.trim().split(' ').length <= 4 ? /\b(?<!\$ ?)(128|256|512)()\b/.exec(p) : null) ??
    (rest.some((m) => PHONE_SLUGS.has(m.slug))
      ? /\b(?<!\$ ?)(128|256|512)()\b(?! ?(mah|mm|g|w|hz|nits|dollars|bucks|usd)\b)/.exec(p)
      : null);
  if (storage)
    slots.storageGb =
      storage[2] === 'tb' || storage[2] === 'to' ? Math.round(Number(storage[1]) * 1024) : Number(storage[1]);
  const q = quantity(p);
  if (q) slots.quantity = q;
  const order = /\bvx\s?-?\s?([2-9a-hj-np-z]{8})\b/i.exec(text);
  if (order) slots.orderNumber = `VX-${order[1]!.toUpperCase()}`;
  // "Something to stop her dropping it": protection is a case.
  // "What would protect it" asks for a case, even beside the word "phone".
  // "Charges wirelessly without needing some special case": an accessory ruled out is no kind asked for.
  const named = firstOf(
    CATEGORY_WORDS,
    p.replace(
      anyOf(
        'g',
        group(
          String.raw`\b(without|no need for|not needing|dont need|doesnt need|no)(`,
          [' needing', ' having', ' a', ' any', ' some', ' an', ' the', ' extra', ' special', ' separate'],
          String.raw`){0,3} (cases?|covers?|chargers?|adapters?|accessor\w*)\b`,
        ),
      ),
      ' ',
    ),
  );
  const category = PROTECTION.test(p) && (!named || named === 'phones') ? 'cases' : named;
  if (category) slots.category = category;
  // "A budget of $1,000" is a limit, not a wish for the cheapest.
  const rankText = slots.maxPriceCents !== undefined ? p.replace(/\bbudget\b/g, ' ') : p;
  const [rank, alsoRank] = RANK_WORDS.filter(([, re]) => re.test(rankText)).map(([r]) => r);
  if (rank) slots.rank = rank;
  // "Which of your phones charges quickest with a cable?": a phone's figure ranks phones, whatever else is named.
  if (rank && PHONE_RANKS.has(rank) && /\bphones?\b/.test(p)) slots.category = 'phones';
  // "Best phone for small hands" has one ranking: "best phone" is praise, not a second measure.
  if (alsoRank && !rank!.startsWith('price') && !alsoRank.startsWith('price')) slots.alsoRank = alsoRank;
  const country = countryOf(p);
  if (country) slots.country = country;
  slots.aspects = (Object.keys(ASPECTS) as Aspect[]).filter((a) => ASPECTS[a].test(p));
  slots.features = (Object.keys(FEATURE_WORDS) as FeatureId[]).filter((f) => FEATURE_WORDS[f].test(p));
  return slots;
}
