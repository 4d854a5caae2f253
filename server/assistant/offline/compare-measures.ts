import { plain } from '../../nlu/entities.js';
import type { Aspect, Rank } from '../../nlu/words.js';
import { dollars, listWords, storageLabel } from './format.js';
import { specValue } from './product-text.js';
import type { ProductFacts, ReplyContext } from './reply-context.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * One thing two products can be compared on: a figure read from the tool's facts, which way is
 * better, and how the answer says it ("has the biggest battery (6000 mAh, against 4600 mAh…)").
 */
export interface Measure {
  aspect: Aspect;
  figure: (f: ProductFacts) => number | undefined;
  higherIsBetter: boolean;
  /** "has the biggest battery", "is the lightest". */
  winner: string;
  /** The figure's unit, for the difference between two ("24 g less"). */
  unit?: string;
  /** "has a zoom lens": said when only one of them has the thing at all. */
  alone?: string;
  /** The figure as the answer shows it. */
  show: (f: ProductFacts) => string | undefined;
}

const numberIn = (re: RegExp, value: string | undefined) => {
  const m = value === undefined ? null : re.exec(value.replace(/,/g, ''));
  return m ? Number(m[1]) : undefined;
};
const mah = (f: ProductFacts) => numberIn(/(\d+)\s?mAh/, specValue(f, /^battery$/i));
const listeningRow = (f: ProductFacts) => specValue(f, /^(earbuds|playback)$/i);
export const refreshRate = (f: ProductFacts) => numberIn(/(\d+)\s?Hz/, specValue(f, /^screen$/i));
const lowestPrice = (f: ProductFacts) => Math.min(...f.variants.map((v) => v.priceCents));
const row = (name: RegExp) => (f: ProductFacts) => specValue(f, name);
const waterRow = (f: ProductFacts) => specValue(f, /^durability$/i) ?? specValue(f, /^water resistance$/i);
/** The highest IP rating the product states: IP69 beats IP68 beats IP54. */
const ipRating = (f: ProductFacts) => {
  const ratings = [...(waterRow(f) ?? '').matchAll(/IP(\d\d)/g)].map((m) => Number(m[1]));
  return ratings.length ? Math.max(...ratings) : undefined;
};
const wiredRow = (f: ProductFacts) => specValue(f, /^wired charging$/i) ?? specValue(f, /^charging$/i);

export const MEASURES: Record<string, Measure> = {
  price: {
    aspect: 'price',
    figure: lowestPrice,
    higherIsBetter: false,
    winner: 'is the cheapest',
    show: (f) => `from ${dollars(lowestPrice(f))}`,
  },
  battery: {
    aspect: 'battery',
    unit: 'mAh',
    figure: mah,
    higherIsBetter: true,
    winner: 'has the biggest battery',
    show: (f) => (mah(f) ? `${mah(f)} mAh` : undefined),
  },
  // Earbuds and headphones state hours of listening, not mAh: "7 hours with ANC, 9 hours without".
  listening: {
    aspect: 'battery',
    figure: (f) => numberIn(/(\d+)\s?hours?/, listeningRow(f)),
    higherIsBetter: true,
    winner: 'lasts the longest on a charge',
    show: (f) => {
      const hours = numberIn(/(\d+)\s?hours?/, listeningRow(f));
      return hours === undefined ? undefined : `${hours} hours`;
    },
  },
  weight: {
    aspect: 'size',
    unit: 'g',
    figure: (f) => numberIn(/(\d+(?:\.\d+)?)\s?g\b/, specValue(f, /^weight$/i)),
    higherIsBetter: false,
    winner: 'is the lightest',
    show: row(/^weight$/i),
  },
  brightness: {
    aspect: 'screen',
    figure: (f) => numberIn(/([\d,]+)\s?nits/, `${specValue(f, /^screen$/i)} ${specValue(f, /^brightness$/i) ?? ''}`),
    higherIsBetter: true,
    winner: 'has the brightest screen, the easiest to read in the sun',
    show: (f) => [specValue(f, /^screen$/i), specValue(f, /^brightness$/i)].filter(Boolean).join(', '),
  },
  selfie: {
    aspect: 'camera',
    figure: (f) => numberIn(/(\d+)\s?MP/, specValue(f, /^front$/i)),
    higherIsBetter: true,
    winner: 'has the best selfie camera',
    show: (f) => specValue(f, /^front$/i) && `front camera ${specValue(f, /^front$/i)}`,
  },
  screen: {
    aspect: 'screen',
    figure: (f) => numberIn(/(\d+(?:\.\d+)?)-?\s?inch/, specValue(f, /^screen$/i)),
    higherIsBetter: true,
    winner: 'has the biggest screen',
    show: row(/^screen$/i),
  },
  // Equal megapixels: the pricier phone has the larger sensor and the better lenses (as recommendations rank).
  // "Which gets me closer to the birds?": the furthest reach, optical or lossless ("4.3x optical, lossless crop to 10x" reaches 10x).
  zoom: {
    aspect: 'camera',
    figure: (f) =>
      Math.max(
        0,
        ...[...(specValue(f, /^telephoto$/i) ?? '').matchAll(/(\d+(?:\.\d+)?)x\b/g)].map((m) => Number(m[1])),
      ) || undefined,
    higherIsBetter: true,
    winner: 'zooms the furthest',
    alone: 'has a zoom lens',
    show: (f) => specValue(f, /^telephoto$/i) && `telephoto ${specValue(f, /^telephoto$/i)}`,
  },
  camera: {
    aspect: 'camera',
    figure: (f) => (numberIn(/(\d+)\s?MP/, specValue(f, /^main$/i)) ?? 0) * 1e7 + lowestPrice(f),
    higherIsBetter: true,
    winner: 'has the best camera',
    show: (f) =>
      specValue(f, /^main$/i) &&
      `main camera ${specValue(f, /^main$/i)}${specValue(f, /^telephoto$/i) ? `; telephoto ${specValue(f, /^telephoto$/i)}` : ''}`,
  },
  storage: {
    aspect: 'storage',
    figure: (f) => Math.max(0, ...f.variants.map((v) => v.storageGb ?? 0)),
    higherIsBetter: true,
    winner: 'offers the most storage',
    show: row(/^storage$/i),
  },
  water: {
    aspect: 'water',
    figure: ipRating,
    higherIsBetter: true,
    winner: 'is the toughest and most water-resistant',
    show: waterRow,
  },
  performance: {
    aspect: 'performance',
    figure: (f) => numberIn(/(\d+)\s?GB/, specValue(f, /^ram$/i)),
    higherIsBetter: true,
    winner: 'is the most powerful',
    show: (f) =>
      [
        specValue(f, /^chip$/i),
        specValue(f, /^ram$/i) && `${specValue(f, /^ram$/i)} RAM`,
        refreshRate(f) && `a ${refreshRate(f)} Hz screen`,
      ]
        .filter(Boolean)
        .join(', '),
  },
  charging: {
    aspect: 'charging',
    figure: (f) => numberIn(/(\d+)\s?W\b/, wiredRow(f)),
    higherIsBetter: true,
    winner: 'charges the fastest',
    show: wiredRow,
  },
  software: {
    aspect: 'software',
    figure: (f) => numberIn(/(\d+) years? of security/, specValue(f, /^software support$/i)),
    higherIsBetter: true,
    winner: 'gets updates the longest',
    show: row(/^software support$/i),
  },
  repair: {
    aspect: 'repair',
    figure: (f) => numberIn(/(\d+(?:\.\d+)?)\/10/, specValue(f, /^repairability$/i)),
    higherIsBetter: true,
    winner: 'is the easiest to repair',
    show: row(/^repairability$/i),
  },
};

const RANK_MEASURE: Partial<Record<Rank, string>> = {
  'price-asc': 'price',
  battery: 'battery',
  weight: 'weight',
  screen: 'screen',
  camera: 'camera',
  storage: 'storage',
};

/** Comparative words and what a shopper's use of the phone asks for ("for gaming", "just calls"). */
const WORDED: Array<[string, RegExp]> = [
  ['selfie', /\b(selfies?|front camera|video calls?|facetime|zoom calls?|vlog\w*)\b/],
  ['zoom', /\b(zoom\w*|closer|telephoto|far away|distant|birds?|birding|wildlife|moon)\b/],
  ['camera', /\b(camera|cameras|photos?|pictures?|pics|photography|instagram|selfies?|kamera|camara|fotos)\b/],
  ['brightness', /\b(bright\w*|sun\w*|outside|glare|daylight|nits)\b/],
  [
    'water',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`fall\w*`,
          'ladder',
          String.raw`crack(?!l)\w*`,
          String.raw`smash\w*`,
          String.raw`break\w*`,
          String.raw`tough\w*`,
          String.raw`rugged\w*`,
          String.raw`durab\w*`,
          String.raw`sturd\w*`,
          'drops?',
          'dropping',
          String.raw`water\w*`,
          String.raw`swim\w*`,
          'outdoors?',
          String.raw`hik\w*`,
          'building site',
          'construction',
          String.raw`robust\w*`,
          'etanche',
          'wasserdicht',
          'resistente',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  // "How much faster does the Halo charge?" is about charging, not the chip.
  [
    'charging',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        ['(fills?|filling|tops?|topping|juices?) up', String.raw`recharg\w*`],
        String.raw`)\b.{0,20}\b(faster|quicker|quickest|fastest|speed|quick)\b`,
      ),
      String.raw`\bcharg\w*\b.{0,30}\b(faster|quicker|quickest|fastest|speed|quick)\b`,
      String.raw`\b(faster|quicker|quickest|fastest|how fast|how quick\w*)\b.{0,30}\bcharg\w*`,
      String.raw`\bfast(er)? charg\w*`,
      String.raw`\bwattage\b`,
    ),
  ],
  [
    'performance',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'faster',
          'fastest',
          'quicker',
          'powerful',
          'performance',
          'gaming',
          'games?',
          'speed',
          'snappier',
          'ram',
          'chip',
          'processor',
          'spiele',
          'jeux',
          'juegos',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  [
    'battery',
    anyOf(
      '',
      String.raw`\b(battery|batteries|mah|last longer|lasts longer|all day|two days|akku|batterie|bateria|autonomie|autonomia)\b`,
      // "How long do the Buds last on a charge?"
      String.raw`\blasts? (on|per|for) (a|one) (single |full )?charge\b`,
      String.raw`\bhow long (do|does|will|would|can) .{0,40}\blast\b`,
    ),
  ],
  ['screen', /\b(screen|display|bildschirm|ecran|pantalla)\b/],
  [
    'weight',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'lighter',
          'lightest',
          String.raw`weigh\w*`,
          String.raw`heav\w*`,
          'compact',
          'pocket',
          String.raw`one hand\w*`,
          'small hands',
          '(small|skinny|thin|tiny|slim|little) wrists?',
          'leger',
          String.raw`leicht\w*`,
          'ligero',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  ['software', /\b(updates?|software|support (longer|for longer)|years of)\b/],
  ['repair', /\b(repair\w*|fix it myself)\b/],
  // Someone who only calls and messages wants the simplest, cheapest phone that does it well.
  [
    'price',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          group(
            String.raw`how much (more|less|extra|cheaper|dearer)\b(?! (`,
            [
              'battery',
              'storage',
              'space',
              'room',
              'weight',
              'light',
              'zoom',
              'screen',
              String.raw`bright\w*`,
              'power',
              'mah',
              'gb',
              'tb',
              'hours?',
              'days?',
            ],
            '))',
          ),
          'much more than',
          'more expensive',
          'pricier',
          'dearer',
          '(price|cost) (gap|difference|diff)',
          'cheaper',
          'cheapest',
          'price',
          'cost',
          'value',
          'money',
          'budget',
          String.raw`afford\w*`,
          String.raw`just (calls?|texts?|whatsapps?|messag\w*)`,
          'basic',
          'simple',
          'calls and',
          String.raw`my (mum|mom|dad|gran\w*|grandpa|nan|kid|son|daughter)`,
        ],
        String.raw`)\b`,
      ),
    ),
  ],
];

/** The price difference itself asked for ("is the Terra much more than the X?"), whatever else is. */
export const PRICE_GAP =
  /\b(how much (more|less|extra)|much more than|more expensive|pricier|dearer|(price|cost) (gap|difference|diff))\b/;
export const ASKS_WHAT_DIFFERS =
  /\b(lose|losing|give up|miss out|missing out|gain|get for (the|my)|worth (it|the)|trade ?offs?)\b/;

const LASTING = /\b(lasts?|lasting|longer|longest|battery life|hours|(better|bigger|best|biggest|more) battery)\b/;

const SIZE_WORD = /\b(bigger|biggest|larger|largest|smaller|smallest)\b/;

/** The measures a message's words ask for ("apart from the price": what is set aside is not asked). */
function wordedIn(text: string): string[] {
  const p = plain(text).replace(
    /\b(apart from|except|besides|other than|aside from|not counting|ignoring)( the)? (\w+)/g,
    ' ',
  );
  return WORDED.filter(([, re]) => re.test(p)).map(([name]) => name);
}

/** What the shopper compares on: a ranking word first, then their words, at most two. */
export function measuresAsked(ctx: ReplyContext): Measure[] {
  const own = wordedIn(ctx.turn.userText);
  // "And against the Halo?" after "does the Pro Max Ultra zoom well?": compared on what was just asked.
  const before = ctx.memory.lastUser;
  const p = plain(ctx.turn.userText);
  const earlier =
    !own.length && !ctx.slots.rank && before && p.trim().split(' ').length <= 14 ? wordedIn(before.text) : [];
  // "Is it smaller?": the screen and the weight, unless the message before said which.
  const words = own.length ? own : earlier.length ? earlier : SIZE_WORD.test(p) ? ['screen', 'weight'] : [];
  // "Is its battery much smaller?": the size word is the battery's, not a ranking by weight.
  const rank = ctx.slots.rank && !(own.length && SIZE_WORD.test(p)) ? RANK_MEASURE[ctx.slots.rank] : undefined;
  const names = [rank, ...words].filter((n): n is string => !!n);
  // Speed of charging is asked, not the chip's.
  const asked = names.filter((n) => !(n === 'performance' && names.includes('charging')));
  // How long a battery lasts, asked in this message, is a phone's mAh or an earbud's hours: whichever the
  // products state gives the line. (Carried over to "and for the gym?", or said of "if the battery dies
  // halfway", the hours would stand in for what is asked.)
  const hours = own.includes('battery') && LASTING.test(p) ? [MEASURES.listening!] : [];
  return [...new Set(asked)]
    .slice(0, 2)
    .flatMap((n) => (n === 'battery' ? [MEASURES.battery!, ...hours] : [MEASURES[n]!]));
}

export function measureLine(m: Measure, facts: ProductFacts[]): string | undefined {
  const known = facts.filter((f) => m.figure(f) !== undefined);
  if (known.length === 1 && m.alone)
    return `Only the **${known[0]!.name}** ${m.alone} (${m.show(known[0]!) ?? ''}); the ${listWords(facts.filter((f) => f !== known[0]).map((f) => f.name))} ${facts.length > 2 ? "don't" : "doesn't"}.`;
  if (known.length < 2) return undefined;
  const sorted = [...known].sort((a, b) =>
    m.higherIsBetter ? m.figure(b)! - m.figure(a)! : m.figure(a)! - m.figure(b)!,
  );
  const [best, ...others] = sorted;
  const shown = (f: ProductFacts) => m.show(f) ?? '';
  if (others.every((f) => m.figure(f) === m.figure(best!)))
    return `They are level on this: ${listWords(known.map((f) => `the **${f.name}** ${shown(f)}`))}.`;
  // Two of them and a unit: the difference too ("24 g less").
  const gap =
    others.length === 1 && m.unit
      ? `; ${Math.round(Math.abs(m.figure(best!)! - m.figure(others[0]!)!) * 10) / 10} ${m.unit} ${m.higherIsBetter ? 'more' : 'less'}`
      : '';
  return `The **${best!.name}** ${m.winner} (${shown(best!)}, against ${listWords(others.map((f) => `${shown(f)} for the ${f.name}`))}${gap}).`;
}

/**
 * "How much more is the Terra?", "and the price gap?": the difference itself, at the storage
 * asked for when both come with it ("if I want 256 GB anyway"), else from each one's lowest price.
 */
export function priceLine(facts: ProductFacts[], storageGb?: number): string | undefined {
  const at = (f: ProductFacts) =>
    Math.min(...f.variants.filter((v) => !storageGb || v.storageGb === storageGb).map((v) => v.priceCents));
  const sameSize = storageGb !== undefined && facts.every((f) => Number.isFinite(at(f)));
  const price = sameSize ? at : lowestPrice;
  const sorted = [...facts].sort((a, b) => price(a) - price(b));
  const [low, ...others] = sorted;
  const shown = (f: ProductFacts) =>
    `${sameSize || new Set(f.variants.map((v) => v.priceCents)).size === 1 ? '' : 'from '}${dollars(price(f))}`;
  const where = sameSize ? ` with ${storageLabel(storageGb!)}` : '';
  if (others.every((f) => price(f) === price(low!))) return `They cost the same${where}: ${shown(low!)}.`;
  const gaps = others.map((f) => `${dollars(price(f) - price(low!))} less than the ${f.name} (${shown(f)})`);
  return `The **${low!.name}** is the cheaper${where}: ${shown(low!)}, ${listWords(gaps)}.`;
}
