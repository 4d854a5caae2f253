import type { SpecRow, SpecSort } from '../../../shared/catalog.js';

/** The numbers the spec sorts compare, read from a product's spec rows; absent when it has no such spec. */
export type SpecFigures = Partial<Record<SpecSort, number>>;

const number = (raw: string) => Number(raw.replace(/,/g, ''));

/**
 * Each figure comes from one named row (data/catalog.json), so a power bank's "Capacity" is not
 * a phone battery and a watch's strap is not in its weight. Storage ignores the memory-card
 * clause: "128 GB or 256 GB, microSD up to 1 TB" offers 256 GB.
 */
const READERS: Record<SpecSort, { row: RegExp; read: (value: string) => number | undefined }> = {
  battery: { row: /^battery$/i, read: (v) => first(/(\d[\d,]*)\s?mAh/i, v) },
  weight: { row: /^weight$/i, read: (v) => first(/(\d+(?:\.\d+)?)\s?g\b/, v) },
  screen: { row: /^screen$/i, read: (v) => first(/(\d+(?:\.\d+)?)\s?-?(?:inch|in\b|")/i, v) },
  camera: { row: /^main$/i, read: (v) => first(/(\d+(?:\.\d+)?)\s?MP\b/i, v) },
  storage: { row: /^storage$/i, read: largestStorageGb },
};

function first(re: RegExp, value: string): number | undefined {
  const m = re.exec(value);
  return m ? number(m[1]!) : undefined;
}

function largestStorageGb(value: string): number | undefined {
  const own = value.split(/microsd|sd card/i)[0]!;
  const sizes = [...own.matchAll(/(\d+(?:\.\d+)?)\s?(GB|TB)\b/gi)].map(
    (m) => number(m[1]!) * (m[2]!.toUpperCase() === 'TB' ? 1024 : 1),
  );
  return sizes.length ? Math.max(...sizes) : undefined;
}

export function specFigures(specs: readonly SpecRow[]): SpecFigures {
  const figures: SpecFigures = {};
  for (const [sort, reader] of Object.entries(READERS) as [SpecSort, (typeof READERS)[SpecSort]][]) {
    const row = specs.find((s) => reader.row.test(s.name));
    const figure = row ? reader.read(row.value) : undefined;
    if (figure !== undefined && Number.isFinite(figure)) figures[sort] = figure;
  }
  return figures;
}
