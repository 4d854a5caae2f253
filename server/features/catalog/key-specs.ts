import type { SpecRow } from '../../../shared/catalog.js';

/** The figures shoppers rank phones by, read once from the spec rows (undefined where a product has none). */
export interface KeySpecs {
  batteryMah?: number;
  weightG?: number;
  screenInches?: number;
  /** Main camera sensor size as a fraction of an inch ("1/1.3-inch" → 0.77): what makes low-light photos. */
  sensorInches?: number;
  cameraMp?: number;
}

const number = (value: string | undefined, re: RegExp) => {
  const m = value === undefined ? null : re.exec(value);
  return m ? Number(m[1]!.replace(',', '')) : undefined;
};

function sensor(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const fraction = /1\/(\d+(?:\.\d+)?)-inch/.exec(value);
  if (fraction) return Math.round((1 / Number(fraction[1])) * 100) / 100;
  return /\b1-inch\b/.test(value) ? 1 : undefined;
}

export function keySpecs(specs: readonly SpecRow[]): KeySpecs {
  const of = (name: string) => specs.find((s) => s.name === name)?.value;
  const out: KeySpecs = {
    batteryMah: number(of('Battery'), /([\d,]{4,6})\s?mAh/),
    weightG: number(of('Weight'), /(\d{2,4})\s?g\b/),
    screenInches: number(of('Screen'), /(\d+(?:\.\d+)?)-inch/),
    sensorInches: sensor(of('Main')),
    cameraMp: number(of('Main'), /(\d{1,3})\s?MP/),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as KeySpecs;
}
