import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES } from '../../../shared/catalog.js';

/** The shape of data/catalog.json, checked before anything is written. */
const ColourSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  hex: z.string().regex(/^#[0-9a-f]{6}$/i),
});
const ProductSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    category: z.enum(CATEGORIES),
    tagline: z.string().min(1),
    description: z.string().min(1),
    tags: z.array(z.string().min(1)),
    releaseDate: z.iso.date(),
    featured: z.boolean(),
    colours: z.array(ColourSchema).min(1),
    specs: z.array(z.strictObject({ group: z.string().min(1), name: z.string().min(1), value: z.string().min(1) })),
    /** An accessory's compatibility: the phones (by slug) it works with, and how. */
    fits: z.array(z.strictObject({ slug: z.string().min(1), note: z.string().min(1).optional() })).default([]),
    variants: z
      .array(
        z.strictObject({
          sku: z.string().regex(/^[A-Z0-9-]+$/),
          colour: z.string(),
          storageGb: z.number().int().positive().nullable(),
          priceCents: z.number().int().positive(),
          stock: z.number().int().min(0),
        }),
      )
      .min(1),
    reviews: z
      .array(
        z.strictObject({
          author: z.string().min(1),
          rating: z.number().int().min(1).max(5),
          title: z.string().min(1),
          body: z.string().min(1),
          date: z.iso.date(),
        }),
      )
      .default([]),
  })
  .refine(
    (p) => p.variants.every((v) => p.colours.some((c) => c.key === v.colour)),
    'every variant colour is one of the product colours',
  );

export const CatalogFileSchema = z
  .strictObject({ products: z.array(ProductSchema).min(1) })
  .refine(
    (c) =>
      c.products.every((p) =>
        p.fits.every((f) => c.products.some((q) => q.slug === f.slug && q.category === 'phones')),
      ),
    'every fit names a phone of the catalog',
  );
export type CatalogFile = z.infer<typeof CatalogFileSchema>;
export type CatalogFileProduct = CatalogFile['products'][number];

export function readCatalogFile(file: string): CatalogFile {
  const parsed = CatalogFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
