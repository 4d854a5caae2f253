import { ASPECTS, CATEGORY_WORDS, COLOUR_WORDS, PRODUCT_PATTERNS, type Aspect } from './words.js';

/** What a shopper's message names: products, options, a budget, an order, what they ask about. */
export interface Slots {
  /** Product slugs in the order they appear. */
  products: string[];
  colour?: string;
  storageGb?: number;
  maxPriceCents?: number;
  minPriceCents?: number;
  quantity?: number;
  orderNumber?: string;
  category?: string;
  aspects: Aspect[];
}

/** Lower case, punctuation to spaces ("USB-C" → "usb c", "$700" keeps its "$"). */
export const plain = (text: string) =>
  ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/[^\p{L}\p{N}$.]+/gu, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, couple: 2, pair: 2 };

export function findProducts(text: string): string[] {
  let rest = plain(text);
  const found: Array<[number, string]> = [];
  for (const [slug, re] of PRODUCT_PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    found.push([m.index, slug]);
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, slug]) => slug);
}

const money = (raw: string, k?: string) => Math.round(Number(raw) * (k ? 1000 : 1) * 100);

function budget(text: string): Pick<Slots, 'maxPriceCents' | 'minPriceCents'> {
  const out: Pick<Slots, 'maxPriceCents' | 'minPriceCents'> = {};
  const max = /\b(under|below|less than|max(imum)?|up to|at most|no more than|cheaper than|within|budget( of| is)?|around|about)\s+\$?\s?(\d+(?:\.\d+)?)\s?(k\b)?/.exec(text) ??
    /\$\s?(?<n>\d+(?:\.\d+)?)\s?(?<k>k\b)?\s+(budget|max|or less)/.exec(text);
  if (max) out.maxPriceCents = max.groups ? money(max.groups.n!, max.groups.k) : money(max[4]!, max[5]);
  const min = /\b(over|above|more than|at least)\s+\$?\s?(\d+(?:\.\d+)?)\s?(k\b)?/.exec(text);
  if (min) out.minPriceCents = money(min[2]!, min[3]);
  return out;
}

function quantity(text: string): number | undefined {
  const m = /\b(\d{1,2}|two|three|four|five|couple|pair)\s+(of (them|those|it)|units?|pieces?|more|x\b|items?)/.exec(text) ??
    /\b(?:add|put|buy|get|want|take)\s+(\d{1,2}|two|three|four|five)\b(?!\s?(gb|tb|mm|m\b|w\b))/.exec(text);
  if (!m) return undefined;
  const word = m[1]!;
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

export function extractSlots(text: string): Slots {
  const p = plain(text);
  const slots: Slots = { products: findProducts(text), aspects: [], ...budget(p) };
  const colour = COLOUR_WORDS.find(([, re]) => re.test(p));
  if (colour) slots.colour = colour[0];
  const storage = /\b(\d+(?:\.\d+)?)\s?(gb|tb)\b/.exec(p);
  if (storage) slots.storageGb = storage[2] === 'tb' ? Math.round(Number(storage[1]) * 1024) : Number(storage[1]);
  const q = quantity(p);
  if (q) slots.quantity = q;
  const order = /\bvx\s?-?\s?([2-9a-hj-np-z]{8})\b/i.exec(text);
  if (order) slots.orderNumber = `VX-${order[1]!.toUpperCase()}`;
  const category = CATEGORY_WORDS.find(([, re]) => re.test(p));
  if (category) slots.category = category[0];
  slots.aspects = (Object.keys(ASPECTS) as Aspect[]).filter((a) => ASPECTS[a].test(p));
  return slots;
}
