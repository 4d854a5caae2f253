import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogFile } from '../../features/catalog/catalog-file.js';

const CATALOG = join(resolve(fileURLToPath(import.meta.url), '../../../..'), 'data/catalog.json');

/**
 * What the shop shows in English in every language, so an answer keeps it as written: product
 * and colour names, spec values, taglines and fit notes (data/catalog.json).
 */
export function catalogNames(file = CATALOG): string[] {
  return readCatalogFile(file).products.flatMap((p) => [
    p.name,
    p.tagline,
    ...p.colours.map((c) => c.name),
    ...p.specs.map((s) => s.value),
    ...p.fits.flatMap((f) => (f.note ? [f.note] : [])),
  ]);
}

/** The catalog's taglines: English marketing sentences an answer in another language leaves out (the card shows them). */
export function catalogTaglines(file = CATALOG): Set<string> {
  return new Set(readCatalogFile(file).products.map((p) => p.tagline));
}
