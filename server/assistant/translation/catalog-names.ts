import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const CATALOG = join(resolve(fileURLToPath(import.meta.url), '../../../..'), 'data/catalog.json');

/** The parts of data/catalog.json an answer keeps in English (the shop checks the whole file when it seeds). */
const CatalogWords = z.object({
  products: z.array(
    z.object({
      name: z.string(),
      tagline: z.string(),
      colours: z.array(z.object({ name: z.string() })),
      specs: z.array(z.object({ value: z.string() })),
      fits: z.array(z.object({ note: z.string().optional() })).default([]),
    }),
  ),
});

const productsIn = (file: string) => CatalogWords.parse(JSON.parse(readFileSync(file, 'utf8'))).products;

/**
 * What the shop shows in English in every language, so an answer keeps it as written: product
 * and colour names, spec values, taglines and fit notes.
 */
export function catalogNames(file = CATALOG): string[] {
  return productsIn(file).flatMap((p) => [
    p.name,
    p.tagline,
    ...p.colours.map((c) => c.name),
    ...p.specs.map((s) => s.value),
    ...p.fits.flatMap((f) => (f.note ? [f.note] : [])),
  ]);
}

/** The catalog's taglines: English marketing sentences an answer in another language leaves out (the card shows them). */
export function catalogTaglines(file = CATALOG): Set<string> {
  return new Set(productsIn(file).map((p) => p.tagline));
}
