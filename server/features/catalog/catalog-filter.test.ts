import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CatalogListSchema } from '../../../shared/catalog.js';
import { facetsFor, matchingVariants, sortHits, toCard, type Hit } from './catalog-filter.js';
import type { CatalogRecord } from './catalog.repo.js';
import type { SpecFigures } from './spec-figures.js';

// A tiny synthetic catalog: the rules are tested here, the real data in catalog.socket tests.
let nextVariant = 1;
type Made = {
  category: CatalogRecord['product']['category'];
  release: string;
  featured?: boolean;
  rating?: [number | null, number];
  figures?: SpecFigures;
  fits?: string[];
};
function record(id: number, p: Made, vs: [string, number | null, number, number][]): CatalogRecord {
  return {
    product: {
      id,
      slug: `p${id}`,
      name: `Product ${id}`,
      category: p.category,
      tagline: '',
      description: '',
      tags: [],
      colours: [...new Set(vs.map((v) => v[0]))].map((key) => ({
        key,
        name: key[0]!.toUpperCase() + key.slice(1),
        hex: '#000000',
      })),
      specs: [],
      fits: (p.fits ?? []).map((slug) => ({ slug })),
      images: Object.fromEntries(vs.map((v) => [v[0], `/images/p${id}/${v[0]}.svg`])),
      releaseDate: p.release,
      featured: p.featured ?? false,
    },
    variants: vs
      .map(([colour, storageGb, priceCents, stock]) => ({
        id: nextVariant++,
        productId: id,
        sku: `S${nextVariant}`,
        colour,
        storageGb,
        priceCents,
        stock,
        stockVersion: 0,
      }))
      .sort((a, b) => a.priceCents - b.priceCents),
    rating: { average: p.rating?.[0] ?? null, count: p.rating?.[1] ?? 0 },
    figures: p.figures ?? {},
  };
}

const phoneA = record(
  1,
  {
    category: 'phones',
    release: '2025-09-01',
    featured: true,
    rating: [4.5, 10],
    figures: { battery: 5000, weight: 221, screen: 6.8, camera: 50, storage: 256 },
  },
  [
    ['black', 128, 100000, 5],
    ['black', 256, 110000, 0],
    ['transparent', 256, 115000, 2],
  ],
);
const phoneB = record(
  2,
  {
    category: 'phones',
    release: '2026-03-01',
    rating: [4.8, 3],
    figures: { battery: 5400, weight: 162, screen: 6.1, camera: 48, storage: 256 },
  },
  [
    ['black', 128, 59900, 10],
    ['white', 256, 64900, 0],
  ],
);
const caseC = record(
  3,
  { category: 'cases', release: '2024-01-10', rating: [4.5, 20], figures: { weight: 30 }, fits: ['p1'] },
  [
    ['black', null, 3900, 50],
    ['sand', null, 3900, 0],
  ],
);
const all = [phoneA, phoneB, caseC];
const q = (input: object) => CatalogListSchema.parse(input);
const ids = (rs: CatalogRecord[], input: object, fits?: string) =>
  rs.filter((r) => matchingVariants(r, { ...q(input), fits }).length).map((r) => r.product.id);

const filterCases: [string, object, number[]][] = [
  ['no filters', {}, [1, 2, 3]],
  ['category', { category: ['cases'] }, [3]],
  ['two categories', { category: ['cases', 'phones'] }, [1, 2, 3]],
  ['colour', { colour: ['white'] }, [2]],
  ['colours are OR-ed', { colour: ['white', 'sand'] }, [2, 3]],
  ['storage excludes products without storage', { storage: [128] }, [1, 2]],
  ['min price', { minPrice: 100000 }, [1]],
  ['max price', { maxPrice: 60000 }, [2, 3]],
  ['price range', { minPrice: 50000, maxPrice: 105000 }, [1, 2]],
  ['in stock only', { inStock: true, colour: ['white'] }, []],
  ['one variant must pass every variant filter', { colour: ['transparent'], storage: [128] }, []],
  ['colour and storage on the same variant', { colour: ['black'], storage: [256], inStock: true }, []],
  ['fits: the accessories that fit that phone', { fits: 'p1' }, [3]],
  ['fits a phone nothing fits', { fits: 'p2' }, []],
];
for (const [name, { fits, ...input }, want] of filterCases as [string, { fits?: string }, number[]][]) {
  test(`filter: ${name}`, () => assert.equal(ids(all, input, fits), want));
}

test('facets: each dimension counts products matching the other filters', () => {
  const f = facetsFor(all, q({ category: ['phones'], colour: ['black'] }));
  assert.equal(
    f.category.map((c) => [c.value, c.count]),
    [
      ['phones', 2],
      ['cases', 1],
    ],
    'category ignores its own filter',
  );
  assert.equal(
    f.colour.map((c) => [c.value, c.count]),
    [
      ['black', 2],
      ['transparent', 1],
      ['white', 1],
    ],
    'colour ignores its own filter',
  );
  assert.equal(
    f.storage.map((s) => [s.value, s.count]),
    [
      [128, 2],
      [256, 1],
    ],
  );
  assert.equal(f.price, { minCents: 59900, maxCents: 110000 });
});

test('facets: price range of an empty match is zero', () => {
  assert.equal(facetsFor(all, q({ colour: ['nope'] })).price, { minCents: 0, maxCents: 0 });
});

const hits = (input: object): Hit[] =>
  all.map((record) => ({ record, variants: matchingVariants(record, q(input)) })).filter((h) => h.variants.length);
const sortCases: [string, object, number[]][] = [
  ['relevance without text: featured, then newest', { sort: 'relevance' }, [1, 2, 3]],
  ['price up (lowest matching variant)', { sort: 'price-asc' }, [3, 2, 1]],
  ['price down', { sort: 'price-desc' }, [1, 2, 3]],
  ['newest', { sort: 'newest' }, [2, 1, 3]],
  ['rating, ties by review count', { sort: 'rating' }, [2, 3, 1]],
  ['price follows the filters: transparent only', { sort: 'price-asc', minPrice: 105000 }, [1]],
  ['battery: largest first, products without one last', { sort: 'battery' }, [2, 1, 3]],
  ['weight: lightest first', { sort: 'weight' }, [3, 2, 1]],
  ['screen: largest first', { sort: 'screen' }, [1, 2, 3]],
  ['camera: most megapixels first', { sort: 'camera' }, [1, 2, 3]],
  ['storage: ties by relevance (featured first)', { sort: 'storage' }, [1, 2, 3]],
];
for (const [name, input, want] of sortCases) {
  test(`sort: ${name}`, () =>
    assert.equal(
      sortHits(hits(input), q(input).sort).map((h) => h.record.product.id),
      want,
    ));
}

test('sort by relevance uses the text rank when there is one', () => {
  const ranked = hits({}).map((h) => ({ ...h, rank: { 1: 2, 2: 0, 3: 1 }[h.record.product.id] }));
  assert.equal(
    sortHits(ranked, 'relevance').map((h) => h.record.product.id),
    [2, 3, 1],
  );
});

test('card: price range and image follow the matching variants', () => {
  const card = toCard({ record: phoneA, variants: matchingVariants(phoneA, q({ colour: ['transparent'] })) });
  assert.is(card.priceFromCents, 115000);
  assert.is(card.priceToCents, 115000);
  assert.is(card.image, '/images/p1/transparent.svg');
  assert.is(card.inStock, true);
  const sold = toCard({ record: phoneB, variants: matchingVariants(phoneB, q({ colour: ['white'] })) });
  assert.is(sold.inStock, false);
});

test.run();
