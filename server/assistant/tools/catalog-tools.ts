import { z } from 'zod';
import { CATEGORIES, CatalogListSchema, SORTS } from '../../../shared/catalog.js';
import type { AssistantShop, ShopRecord } from '../assistant.js';
import type { ToolSpec } from './catalog-of-tools.js';
import { productCard } from './cards.js';

const SHOWN = 5;
const CARDS = 3;

/** "Forest Green" or "forest green" → the catalog's colour key "forest-green". */
export const colourKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '-');

const SearchArgs = z.object({
  query: z
    .string()
    .max(120)
    .default('')
    .describe('Words to search for, e.g. "waterproof phone" or "usb-c cable". May be empty when filtering.'),
  category: z.enum(CATEGORIES).optional(),
  minPriceCents: z.number().int().min(0).optional(),
  maxPriceCents: z.number().int().min(0).optional().describe('Highest price in US cents, e.g. 70000 for $700.'),
  colour: z.string().max(40).optional(),
  storageGb: z.number().int().positive().max(4096).optional(),
  inStockOnly: z.boolean().default(false),
  sort: z.enum(SORTS).default('relevance'),
  fits: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe(
      'A phone\'s slug or name (e.g. "vision-go" or "Vision Go"): answers every accessory the catalog lists as working with it, ' +
        'cheapest first, each with a `fit` note on how. Only `category` narrows it; the other filters are ignored.',
    ),
});

export const searchProductsTool: ToolSpec<typeof SearchArgs> = {
  description:
    'Search the VisionX catalog. Returns up to 5 products with their price range, colours, stock, rating, key figures ' +
    '(battery mAh, weight g, screen inches, main camera MP, largest storage GB) and every variant with its price. ' +
    'For "which case/charger/accessory works with my phone?" pass `fits`: compatibility comes from the catalog\'s ' +
    'compatibility data, never from product names.',
  schema: SearchArgs,
  run(args, { shop }) {
    if (args.fits) return accessoriesFor(shop, phoneSlug(args.fits), args.category);
    const query = CatalogListSchema.parse({
      q: args.query,
      category: args.category ? [args.category] : [],
      colour: args.colour ? [colourKey(args.colour)] : [],
      storage: args.storageGb ? [args.storageGb] : [],
      minPrice: args.minPriceCents,
      maxPrice:
        args.maxPriceCents !== undefined && args.minPriceCents !== undefined
          ? Math.max(args.maxPriceCents, args.minPriceCents)
          : args.maxPriceCents,
      inStock: args.inStockOnly,
      sort: args.sort,
      pageSize: SHOWN,
    });
    const page = shop.listCatalog(query);
    const bySlug = new Map(shop.catalog().map((r) => [r.product.slug, r]));
    const records = page.items.map((item) => bySlug.get(item.slug)).filter((r): r is ShopRecord => r !== undefined);
    const items = page.items.map((item) => ({
      ...rankingFacts(bySlug.get(item.slug)),
      slug: item.slug,
      name: item.name,
      category: item.category,
      tagline: item.tagline,
      priceFromCents: item.priceFromCents,
      priceToCents: item.priceToCents,
      inStock: item.inStock,
      colours: item.colours.map((c) => c.name),
      rating: item.rating,
      url: `/products/${item.slug}`,
    }));
    const what = args.query || args.category || 'products';
    return {
      ok: true,
      result: { total: page.total, items, correctedQuery: page.correctedQuery },
      cards: records.slice(0, CARDS).map((r) => productCard(shop, r)),
      summary: page.total
        ? `Found ${page.total} product${page.total === 1 ? '' : 's'} for "${what}"`
        : `Nothing found for "${what}"`,
    };
  },
};

/**
 * Spec rows a shopper may require of a phone (an eSIM, a headphone jack, a zoom lens, years of
 * updates), the hours of listening earbuds and headphones are ranked by, and the water rating.
 */
const FEATURE_ROWS =
  /^(network|port|storage|ram|chip|telephoto|software support|charging|wired charging|wireless charging|earbuds|playback|water resistance|durability)$/i;

/** What recommendations rank and filter by: key figures, the feature rows, and every variant's options and price. */
function rankingFacts(record: ShopRecord | undefined) {
  if (!record) return {};
  const colourName = new Map(record.product.colours.map((c) => [c.key, c.name]));
  return {
    figures: record.figures,
    specs: record.product.specs
      .filter((s) => FEATURE_ROWS.test(s.name))
      .map((s) => ({ group: s.group, name: s.name, value: s.value })),
    variants: record.variants.map((v) => ({
      colour: colourName.get(v.colour) ?? v.colour,
      storageGb: v.storageGb,
      priceCents: v.priceCents,
      stock: v.stock,
    })),
  };
}

/** A model names a phone by slug or by name ("Vision Go"): both become the slug ("vision-go"). */
const phoneSlug = (phone: string) =>
  phone
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every accessory that works with `phone` (catalog `fits`), cheapest first: the catalog's own compatibility, not a text match. */
function accessoriesFor(shop: AssistantShop, phone: string, category?: string) {
  if (!shop.catalog().some((r) => r.product.slug === phone && r.product.category === 'phones')) {
    return {
      ok: false,
      result: { error: `No phone "${phone}". Use search_products with category "phones" to find its slug.` },
      summary: `No phone "${phone}"`,
    };
  }
  const records = shop
    .catalog()
    .filter(
      (r) =>
        r.product.fits.some((f) => f.slug === phone) &&
        (!category || r.product.category === category) &&
        r.variants.length,
    );
  const from = (r: ShopRecord) => Math.min(...r.variants.map((v) => v.priceCents));
  records.sort((a, b) => from(a) - from(b));
  const items = records.map((r) => ({
    slug: r.product.slug,
    name: r.product.name,
    category: r.product.category,
    tagline: r.product.tagline,
    priceFromCents: from(r),
    priceToCents: Math.max(...r.variants.map((v) => v.priceCents)),
    inStock: r.variants.some((v) => v.stock > 0),
    fit: r.product.fits.find((f) => f.slug === phone)?.note ?? null,
    url: `/products/${r.product.slug}`,
  }));
  return {
    ok: true,
    result: { total: items.length, items },
    cards: records.slice(0, CARDS).map((r) => productCard(shop, r)),
    summary: `Found ${items.length} accessor${items.length === 1 ? 'y' : 'ies'} for ${phone}`,
  };
}

const nameOf = (shop: AssistantShop, slug: string) =>
  shop.catalog().find((r) => r.product.slug === slug)?.product.name ?? slug;

const DetailsArgs = z.object({
  slug: z.string().trim().min(1).max(80).describe('The product slug from search_products, e.g. "vision-x".'),
});

export const productDetailsTool: ToolSpec<typeof DetailsArgs> = {
  description:
    'Full details of one product: description, specifications, every variant (colour, storage, price, stock) and, for an ' +
    'accessory, `fits`: the phones it works with (slug, name, and a note on how). Answer "does it work with my phone?" from `fits` only.',
  schema: DetailsArgs,
  run({ slug }, { shop }) {
    const detail = shop.productDetail(slug);
    if (!detail) {
      return {
        ok: false,
        result: { error: `No product "${slug}". Use search_products to find the slug.` },
        summary: `No product "${slug}"`,
      };
    }
    const record = shop.catalog().find((r) => r.product.id === detail.id)!;
    const colourName = new Map(detail.colours.map((c) => [c.key, c.name]));
    return {
      ok: true,
      result: {
        slug: detail.slug,
        name: detail.name,
        category: detail.category,
        tagline: detail.tagline,
        description: detail.description,
        specs: detail.specs,
        // An accessory's compatibility by name, so a model can answer "does it fit my Vision Go?".
        fits: detail.fits.map((f) => ({
          slug: f.slug,
          name: nameOf(shop, f.slug),
          ...(f.note ? { note: f.note } : {}),
        })),
        variants: detail.variants.map((v) => ({
          variantId: v.id,
          colour: colourName.get(v.colour) ?? v.colour,
          storageGb: v.storageGb,
          priceCents: v.priceCents,
          stock: v.stock,
        })),
        rating: { average: detail.rating.average, count: detail.rating.count },
        url: `/products/${detail.slug}`,
      },
      cards: [productCard(shop, record)],
      summary: `Looked up ${detail.name}`,
    };
  },
};
