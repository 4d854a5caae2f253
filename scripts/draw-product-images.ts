import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category, Colour } from '../shared/catalog.js';
import { viewFile, viewsOf, type ProductView } from '../shared/product-views.js';

/**
 * `npx tsx scripts/draw-product-images.ts`: draws every view of every product colour in
 * data/catalog.json as a flat 400×400 illustration in that colour: data/images/<slug>/<colour-key>.svg
 * (the front) and <colour-key>-<view>.svg for the category's other views (shared/product-views.ts).
 * Deterministic: the same catalog always gives byte-identical files. Stale SVGs of a product
 * (colours or views it no longer has) are removed.
 */

interface CatalogProduct {
  slug: string;
  name: string;
  category: Category;
  colours: Colour[];
}

const root = resolve(fileURLToPath(import.meta.url), '../..');
const catalogFile = join(root, 'data/catalog.json');
const imagesDir = join(root, 'data/images');

// ───────────────────────────── colour and number helpers ─────────────────────────────

const rgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const toHex = (c: number[]) =>
  `#${c
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
/** `t` = 0 gives `a`, 1 gives `b`. */
const mix = (a: string, b: string, t: number) => {
  const [x, y] = [rgb(a), rgb(b)];
  return toHex(x.map((v, i) => v + (y[i]! - v) * t));
};
const lighten = (h: string, t: number) => mix(h, '#ffffff', t);
const darken = (h: string, t: number) => mix(h, '#000000', t);
const luminance = (h: string) => {
  const [r, g, b] = rgb(h);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

/** One decimal at most, so the files stay small and stable. */
const n = (x: number) => String(Math.round(x * 10) / 10);

/** Deterministic pseudo-random numbers from a string seed (mulberry32 over an FNV-1a hash). */
function random(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ───────────────────────────── SVG element helpers ─────────────────────────────

type Attrs = Record<string, string | number | undefined>;
const attrs = (a: Attrs) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join('');
const el = (tag: string, a: Attrs, inner?: string) =>
  inner === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
const rect = (x: number, y: number, w: number, h: number, r: number, a: Attrs = {}) =>
  el('rect', { x, y, width: w, height: h, rx: r > 0 ? r : undefined, ...a });
const circle = (cx: number, cy: number, r: number, a: Attrs = {}) => el('circle', { cx, cy, r, ...a });
const ellipse = (cx: number, cy: number, rx: number, ry: number, a: Attrs = {}) =>
  el('ellipse', { cx, cy, rx, ry, ...a });
const path = (d: string, a: Attrs = {}) => el('path', { d, ...a });
const g = (a: Attrs, inner: string) => el('g', a, inner);

/** Path data of a rounded rectangle (for even-odd cut-outs). */
function rrectD(x: number, y: number, w: number, h: number, r: number): string {
  r = Math.min(r, w / 2, h / 2);
  return `M${n(x + r)} ${n(y)}H${n(x + w - r)}A${n(r)} ${n(r)} 0 0 1 ${n(x + w)} ${n(y + r)}V${n(y + h - r)}A${n(r)} ${n(r)} 0 0 1 ${n(x + w - r)} ${n(y + h)}H${n(x + r)}A${n(r)} ${n(r)} 0 0 1 ${n(x)} ${n(y + h - r)}V${n(y + r)}A${n(r)} ${n(r)} 0 0 1 ${n(x + r)} ${n(y)}Z`;
}
const circleD = (cx: number, cy: number, r: number) =>
  `M${n(cx - r)} ${n(cy)}A${n(r)} ${n(r)} 0 1 0 ${n(cx + r)} ${n(cy)}A${n(r)} ${n(r)} 0 1 0 ${n(cx - r)} ${n(cy)}Z`;

/** Shared gradients: a diagonal sheen for bodies and a lens glass. */
const DEFS =
  '<defs><linearGradient id="sh" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff" stop-opacity=".3"/><stop offset=".45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff" stop-opacity=".08"/></linearGradient>' +
  '<radialGradient id="ln" cx=".35" cy=".35" r=".7"><stop offset="0" stop-color="#5b7fa3"/><stop offset=".55" stop-color="#142031"/><stop offset="1" stop-color="#04060a"/></radialGradient></defs>';

const shadow = (cx: number, cy: number, rx: number) => ellipse(cx, cy, rx, 9, { fill: '#1b2430', opacity: 0.1 });

// ───────────────────────────── paint: what a colour looks like on a product ─────────────────────────────

interface Paint {
  key: string;
  base: string;
  /** Outline, darker than the base (or lighter on near-black). */
  edge: string;
  /** Seams, grooves and small marks that must read on the base. */
  detail: string;
  dark: boolean;
  /** Translucent (the Transparent colour): show what is inside. */
  clear: boolean;
}

function paintOf(c: Colour): Paint {
  const base = c.hex.toLowerCase();
  const dark = luminance(base) < 0.3;
  const clear = c.key === 'transparent' || /transparent|clear/i.test(c.name);
  return {
    key: c.key,
    base,
    edge: dark ? lighten(base, 0.22) : darken(base, luminance(base) > 0.85 ? 0.28 : 0.35),
    detail: dark ? lighten(base, 0.35) : darken(base, 0.4),
    dark,
    clear,
  };
}
const NEUTRAL: Paint = paintOf({ key: 'graphite', name: 'Graphite', hex: '#2b3038' });

const screw = (cx: number, cy: number, p: Paint, r = 3.4) =>
  circle(cx, cy, r, { fill: p.dark ? '#aeb6be' : '#8e979f', stroke: '#5d666f', 'stroke-width': 0.8 }) +
  path(`M${n(cx - r * 0.6)} ${n(cy)}H${n(cx + r * 0.6)}M${n(cx)} ${n(cy - r * 0.6)}V${n(cy + r * 0.6)}`, {
    stroke: '#4a525a',
    'stroke-width': 0.9,
  });

/** A camera lens: dark barrel, glass and a highlight. */
const lens = (cx: number, cy: number, r: number) =>
  circle(cx, cy, r, { fill: '#0b0d10', stroke: '#4a525c', 'stroke-width': 1.6 }) +
  circle(cx, cy, r * 0.66, { fill: 'url(#ln)' }) +
  circle(cx - r * 0.24, cy - r * 0.26, r * 0.18, { fill: '#fff', opacity: 0.55 });

/** The tiny VisionX mark: a rounded X. */
const logo = (cx: number, cy: number, s: number, colour: string, opacity = 0.7) =>
  path(`M${n(cx - s)} ${n(cy - s)}L${n(cx + s)} ${n(cy + s)}M${n(cx + s)} ${n(cy - s)}L${n(cx - s)} ${n(cy + s)}`, {
    stroke: colour,
    'stroke-width': Math.max(1.6, s / 2.6),
    'stroke-linecap': 'round',
    opacity,
  });

// ───────────────────────────── phones ─────────────────────────────

type CameraKind = 'square3' | 'halo' | 'pill2' | 'single' | 'rugged';
interface PhoneShape {
  w: number;
  h: number;
  r: number;
  camera: CameraKind;
  screws: 5 | 6 | 8 | 10;
  bezel: number;
}

/** Known models; any other phone gets a shape derived from its slug. */
const PHONES: Record<string, PhoneShape> = {
  'vision-x-pro-max-ultra': { w: 168, h: 326, r: 26, camera: 'square3', screws: 10, bezel: 7 },
  'halo-vision-pro-ultra': { w: 172, h: 334, r: 30, camera: 'halo', screws: 10, bezel: 6 },
  'vision-x': { w: 158, h: 308, r: 28, camera: 'pill2', screws: 6, bezel: 8 },
  'vision-go': { w: 146, h: 282, r: 32, camera: 'single', screws: 5, bezel: 10 },
  'vision-x-terra': { w: 176, h: 324, r: 22, camera: 'rugged', screws: 8, bezel: 14 },
};

function phoneShapeOf(slug: string): PhoneShape {
  const known = PHONES[slug];
  if (known) return known;
  const rnd = random(slug);
  const kinds: CameraKind[] = ['square3', 'pill2', 'single'];
  return {
    w: 150 + Math.round(rnd() * 20),
    h: 290 + Math.round(rnd() * 40),
    r: 24 + Math.round(rnd() * 8),
    camera: kinds[Math.floor(rnd() * 3)]!,
    screws: 6,
    bezel: 8,
  };
}

/** The phone that an accessory is made for: the longest phone slug its own slug starts with. */
function phoneFor(slug: string): { slug: string; shape: PhoneShape } {
  const match = Object.keys(PHONES)
    .filter((s) => slug.startsWith(`${s}-`))
    .sort((a, b) => b.length - a.length)[0];
  return match ? { slug: match, shape: PHONES[match]! } : { slug: 'vision-x', shape: PHONES['vision-x']! };
}

/** Module housing colour for cameras on a body of this paint. */
const housing = (p: Paint) => (p.clear ? '#aab8c2' : p.dark ? lighten(p.base, 0.1) : darken(p.base, 0.14));

function camera(kind: CameraKind, x: number, y: number, w: number, p: Paint): string {
  const hs = housing(p);
  const op = p.clear ? 0.75 : undefined;
  switch (kind) {
    case 'square3': {
      const s = w * 0.46;
      const mx = x + 16;
      const my = y + 24;
      const r = s * 0.18;
      return (
        rect(mx, my, s, s, 18, { fill: hs, stroke: p.edge, 'stroke-width': 1.5, 'fill-opacity': op }) +
        lens(mx + s * 0.3, my + s * 0.29, r) +
        lens(mx + s * 0.3, my + s * 0.72, r) +
        // the periscope's square window
        rect(mx + s * 0.57, my + s * 0.38, s * 0.3, s * 0.3, 5, {
          fill: '#0b0d10',
          stroke: '#4a525c',
          'stroke-width': 1.6,
        }) +
        rect(mx + s * 0.62, my + s * 0.43, s * 0.2, s * 0.2, 3, { fill: 'url(#ln)' }) +
        circle(mx + s * 0.76, my + s * 0.18, 4.5, { fill: '#f6e7b4', stroke: '#b9a66a', 'stroke-width': 0.8 }) +
        circle(mx + s * 0.76, my + s * 0.84, 2.6, { fill: '#1a1d22' })
      );
    }
    case 'halo': {
      const cx = x + w / 2;
      const cy = y + 78;
      const R = w * 0.3;
      const leds = 48;
      const step = (2 * Math.PI * R) / leds;
      let lenses = '';
      for (const a of [-90, 30, 150]) {
        const t = (a * Math.PI) / 180;
        lenses += lens(cx + Math.cos(t) * R * 0.42, cy + Math.sin(t) * R * 0.42, R * 0.25);
      }
      return (
        circle(cx, cy, R + 11, { fill: hs, stroke: p.edge, 'stroke-width': 1.5, 'fill-opacity': op }) +
        circle(cx, cy, R + 1, { fill: 'none', stroke: '#ffd982', 'stroke-width': 12, opacity: 0.28 }) +
        circle(cx, cy, R, {
          fill: 'none',
          stroke: '#fff3cf',
          'stroke-width': 5,
          'stroke-dasharray': `${n(step * 0.6)} ${n(step * 0.4)}`,
        }) +
        circle(cx, cy, R - 5, { fill: '#111318' }) +
        lenses +
        circle(cx, cy, 3, { fill: '#f6e7b4' })
      );
    }
    case 'pill2': {
      const px = x + 18;
      const py = y + 22;
      return (
        rect(px, py, 44, 102, 22, { fill: hs, stroke: p.edge, 'stroke-width': 1.5, 'fill-opacity': op }) +
        lens(px + 22, py + 25, 15) +
        lens(px + 22, py + 77, 15) +
        circle(px + 60, py + 16, 5, { fill: '#f6e7b4', stroke: '#b9a66a', 'stroke-width': 0.8 }) +
        circle(px + 60, py + 32, 2.2, { fill: '#1a1d22' })
      );
    }
    case 'single': {
      const cx = x + 36;
      const cy = y + 42;
      return (
        circle(cx, cy, 24, { fill: hs, stroke: p.edge, 'stroke-width': 1.5, 'fill-opacity': op }) +
        lens(cx, cy, 17) +
        circle(cx, cy + 38, 5, { fill: '#f6e7b4', stroke: '#b9a66a', 'stroke-width': 0.8 })
      );
    }
    case 'rugged': {
      const mw = w * 0.6;
      const mx = x + (w - mw) / 2;
      const my = y + 26;
      return (
        rect(mx, my, mw, 60, 12, { fill: hs, stroke: p.edge, 'stroke-width': 2, 'fill-opacity': op }) +
        screw(mx + 8, my + 8, p, 2.8) +
        screw(mx + mw - 8, my + 8, p, 2.8) +
        screw(mx + 8, my + 52, p, 2.8) +
        screw(mx + mw - 8, my + 52, p, 2.8) +
        lens(mx + mw * 0.32, my + 30, 16) +
        lens(mx + mw * 0.68, my + 30, 12) +
        circle(mx + mw * 0.5, my + 12, 3.6, { fill: '#f6e7b4' })
      );
    }
  }
}

function screwPoints(s: PhoneShape, x: number, y: number): [number, number][] {
  const { w, h } = s;
  const inset = s.camera === 'rugged' ? 15 : 12;
  const corners: [number, number][] = [
    [x + inset, y + inset - 1],
    [x + w - inset, y + inset - 1],
    [x + inset, y + h - inset + 1],
    [x + w - inset, y + h - inset + 1],
  ];
  const s1 = y + h * 0.36;
  const s2 = y + h * 0.84;
  const seam1: [number, number][] = [
    [x + 11, s1],
    [x + w - 11, s1],
  ];
  const seam2: [number, number][] = [
    [x + 11, s2],
    [x + w - 11, s2],
  ];
  const mid: [number, number][] = [
    [x + 11, y + h * 0.6],
    [x + w - 11, y + h * 0.6],
  ];
  if (s.screws === 5) return [...corners, [x + w / 2, y + h - 12]];
  if (s.screws === 6) return [...corners, ...seam2];
  if (s.screws === 8) return [...corners, ...seam1, ...seam2];
  return [...corners, ...seam1, ...seam2, ...mid];
}

/** What a Transparent phone shows through its back: board, battery, coil, flex and the bottom module. */
function internals(s: PhoneShape, x: number, y: number): string {
  const { w, h } = s;
  const by = y + h * 0.39;
  const bh = h * 0.42;
  const cx = x + w / 2;
  const cy = by + bh / 2;
  return (
    rect(x + 12, y + 14, w - 24, h * 0.31, 10, { fill: '#1e5a50', opacity: 0.85 }) +
    rect(x + w * 0.55, y + h * 0.2, 26, 20, 3, { fill: '#0e1215' }) +
    rect(x + w * 0.55 + 30, y + h * 0.22, 14, 12, 2, { fill: '#0e1215' }) +
    rect(x + w * 0.2, y + h * 0.26, 34, 8, 2, { fill: '#c8a54a' }) +
    rect(x + 18, by, w - 36, bh, 8, { fill: '#37475a' }) +
    rect(x + 18, by, w - 36, 16, 8, { fill: '#56708a' }) +
    circle(cx, cy + 8, 38, { fill: 'none', stroke: '#c9874a', 'stroke-width': 2.6 }) +
    circle(cx, cy + 8, 31, { fill: 'none', stroke: '#c9874a', 'stroke-width': 2.6 }) +
    circle(cx, cy + 8, 24, { fill: 'none', stroke: '#c9874a', 'stroke-width': 2.6 }) +
    rect(x + w - 26, y + h * 0.3, 8, h * 0.56, 3, { fill: '#e2a53c', opacity: 0.9 }) +
    rect(x + 14, y + h * 0.86, w - 28, h * 0.1, 8, { fill: '#2b343e' }) +
    rect(cx - 14, y + h - 15, 28, 7, 3.5, { fill: '#0d1014', stroke: '#9aa4ad', 'stroke-width': 1 }) +
    [0, 1, 2, 3, 4].map((i) => circle(x + 26 + i * 7, y + h * 0.91, 1.8, { fill: '#7b8894' })).join('')
  );
}

function phoneBack(s: PhoneShape, x: number, y: number, p: Paint): string {
  const { w, h, r } = s;
  const rugged = s.camera === 'rugged';
  let out = '';
  // side keys on the visible left edge
  const keyX = rugged ? x - 8 : x - 3;
  out += rect(keyX, y + h * 0.2, 10, 44, 2, { fill: p.clear ? '#9fb0bb' : p.edge });
  out += rect(keyX, y + h * 0.36, 10, 26, 2, { fill: rugged ? '#f28c28' : p.clear ? '#9fb0bb' : p.edge });
  if (p.clear) {
    out += rect(x, y, w, h, r, { fill: '#eef4f7', 'fill-opacity': 0.6, stroke: '#8fa3b0', 'stroke-width': 2.5 });
    out += internals(s, x, y);
    out += rect(x, y, w, h, r, { fill: p.base, 'fill-opacity': 0.35 });
  } else {
    out += rect(x, y, w, h, r, { fill: p.base, stroke: p.edge, 'stroke-width': 2 });
  }
  if (rugged) {
    const bump = p.clear ? '#7f8f9a' : darken(p.base, p.dark ? 0.45 : 0.35);
    out += rect(x, y, w, h, r, { fill: 'none', stroke: bump, 'stroke-width': 9 });
    for (const [cx, cy] of [
      [x, y],
      [x + w - 40, y],
      [x, y + h - 40],
      [x + w - 40, y + h - 40],
    ] as const)
      out += rect(cx - 2, cy - 2, 44, 44, 16, { fill: bump });
    out += circle(x + 14, y + h - 26, 4, { fill: '#f4f6f8', stroke: '#1f2328', 'stroke-width': 1.5 });
    for (let i = 0; i < 6; i++)
      out += rect(x + w / 2 - 30, y + h * 0.7 + i * 8, 60, 3, 1.5, { fill: p.detail, opacity: 0.35 });
  }
  // the removable back cover and the module seams
  out += rect(x + 5, y + 5, w - 10, h - 10, r - 4, {
    fill: 'none',
    stroke: p.clear ? '#7d93a2' : p.detail,
    'stroke-width': 1.2,
    opacity: 0.5,
  });
  out += path(`M${n(x + 6)} ${n(y + h * 0.36)}H${n(x + w - 6)}M${n(x + 6)} ${n(y + h * 0.84)}H${n(x + w - 6)}`, {
    stroke: p.clear ? '#7d93a2' : p.detail,
    'stroke-width': 1.4,
    'stroke-dasharray': '5 3',
    opacity: 0.6,
  });
  out += rect(x, y, w, h, r, { fill: 'url(#sh)' });
  out += camera(s.camera, x, y, w, p);
  out += screwPoints(s, x, y)
    .map(([sx, sy]) => screw(sx, sy, p))
    .join('');
  if (!rugged) out += logo(x + w / 2, y + h * 0.66, 7, p.clear ? '#3b4a57' : p.detail, 0.6);
  return out;
}

function phoneFront(s: PhoneShape, x: number, y: number, p: Paint, id: string): string {
  const { w, h, r, bezel } = s;
  const frame = p.clear ? '#c4d0d8' : p.base;
  const accent = p.clear ? '#7fb6d6' : p.dark ? '#5d7896' : p.base;
  const sx = x + bezel;
  const sy = y + bezel;
  const sw = w - bezel * 2;
  const sh = h - bezel * 2;
  const sr = Math.max(6, r - bezel * 0.7);
  let out = rect(x + w - 2, y + h * 0.22, 5, 40, 2, { fill: p.clear ? '#9fb0bb' : p.edge });
  out += rect(x, y, w, h, r, { fill: frame, stroke: p.clear ? '#8fa3b0' : p.edge, 'stroke-width': 2 });
  if (s.camera === 'rugged')
    out += rect(x, y, w, h, r, {
      fill: 'none',
      stroke: p.clear ? '#7f8f9a' : darken(p.base, p.dark ? 0.45 : 0.35),
      'stroke-width': 9,
    });
  out += `<clipPath id="${id}">${rect(sx, sy, sw, sh, sr)}</clipPath>`;
  out += rect(sx, sy, sw, sh, sr, { fill: '#0f1319' });
  out += g(
    { 'clip-path': `url(#${id})` },
    circle(sx + sw * 0.15, sy + sh * 0.3, sw * 0.75, { fill: accent, opacity: 0.55 }) +
      circle(sx + sw * 0.95, sy + sh * 0.78, sw * 0.6, { fill: mix(accent, '#e9b8ff', 0.45), opacity: 0.45 }),
  );
  // a clock, a widget and a dock
  out += rect(sx + sw / 2 - 26, sy + sh * 0.16, 52, 12, 6, { fill: '#fff', opacity: 0.9 });
  out += rect(sx + sw / 2 - 18, sy + sh * 0.16 + 18, 36, 5, 2.5, { fill: '#fff', opacity: 0.55 });
  out += rect(sx + 14, sy + sh * 0.55, sw - 28, sh * 0.14, 12, { fill: '#fff', opacity: 0.16 });
  const icon = (sw - 28 - 3 * 10) / 4;
  for (let i = 0; i < 4; i++)
    out += rect(sx + 14 + i * (icon + 10), sy + sh - icon - 16, icon, icon, icon * 0.3, {
      fill: '#fff',
      opacity: 0.28,
    });
  out += circle(x + w / 2, sy + 13, 4.5, { fill: '#000', stroke: '#2f353d', 'stroke-width': 1.2 });
  out += rect(x, y, w, h, r, { fill: 'url(#sh)', opacity: 0.7 });
  return out;
}

function drawPhone(product: CatalogProduct, p: Paint): string {
  const s = phoneShapeOf(product.slug);
  const y = (400 - s.h) / 2 - 6;
  return shadow(200, y + s.h + 5, 150) + phoneFront(s, 148 - s.w / 2, y, p, 'scr') + phoneBack(s, 252 - s.w / 2, y, p);
}

// ───────────────────────────── cases ─────────────────────────────

type CaseStyle = 'bio' | 'clear' | 'everyday' | 'loop' | 'plain';
const CASE_STYLES: Record<string, CaseStyle> = {
  'vision-x-pro-max-ultra-bio-case': 'bio',
  'halo-vision-pro-ultra-clear-case': 'clear',
  'vision-x-everyday-case': 'everyday',
  'vision-go-loop-case': 'loop',
};

/** The camera opening of a case, as path data, for each camera kind. */
function cutout(kind: CameraKind, x: number, y: number, w: number): string {
  switch (kind) {
    case 'square3':
      return rrectD(x + 12, y + 20, w * 0.46 + 8, w * 0.46 + 8, 20);
    case 'halo':
      return circleD(x + w / 2, y + 78, w * 0.3 + 15);
    case 'pill2':
      return rrectD(x + 14, y + 18, 52, 110, 26);
    case 'single':
      return circleD(x + 36, y + 42, 28);
    case 'rugged':
      return rrectD(x + w * 0.2 - 4, y + 22, w * 0.6 + 8, 68, 14);
  }
}

function drawCase(product: CatalogProduct, p: Paint): string {
  const { shape } = phoneFor(product.slug);
  const style: CaseStyle = CASE_STYLES[product.slug] ?? (p.clear ? 'clear' : 'plain');
  const w = shape.w + 12;
  const h = shape.h + 12;
  const r = shape.r + 6;
  const y = (400 - h) / 2 - 6;
  const fx = 148 - w / 2;
  const bx = 252 - w / 2;
  const translucent = style === 'clear';
  const shell = translucent ? (p.clear ? '#e3ecf1' : p.base) : p.base;
  const shellOpacity = translucent ? (p.clear ? 0.55 : 0.78) : undefined;
  const rim = translucent ? (p.clear ? '#8ea3b1' : lighten(p.base, 0.3)) : p.edge;
  const lining =
    style === 'everyday' ? '#3a3e45' : translucent ? (p.clear ? '#f4f8fa' : darken(p.base, 0.2)) : darken(p.base, 0.16);
  let out = shadow(200, y + h + 5, 152);

  // front: looking into the empty case, lining and the camera hole visible
  out += rect(fx + w - 3, y + h * 0.22, 6, 42, 3, { fill: rim });
  out += rect(fx, y, w, h, r, { fill: shell, 'fill-opacity': shellOpacity, stroke: rim, 'stroke-width': 2 });
  const opening = cutout(shape.camera, fx + 6, y + 6, shape.w);
  out += path(rrectD(fx + 8, y + 8, w - 16, h - 16, r - 7) + opening, {
    fill: lining,
    'fill-rule': 'evenodd',
    'fill-opacity': translucent ? 0.55 : undefined,
  });
  out += path(opening, { fill: 'none', stroke: rim, 'stroke-width': 1.5 });
  out += rect(fx + w / 2 - 16, y + h - 6, 32, 8, 4, { fill: '#11151a', opacity: 0.55 });
  if (style === 'loop')
    out += rect(fx + 20, y + h * 0.5, w - 40, 30, 10, { fill: lighten(p.base, 0.2), opacity: 0.35 });
  out += rect(fx, y, w, h, r, { fill: 'url(#sh)', opacity: 0.6 });

  // back: the case's outside with the camera showing through the opening
  out += rect(bx - 3, y + h * 0.2, 6, 46, 3, { fill: rim });
  out += rect(bx - 3, y + h * 0.36, 6, 28, 3, { fill: rim });
  out += rect(bx, y, w, h, r, { fill: shell, 'fill-opacity': shellOpacity, stroke: rim, 'stroke-width': 2 });
  if (translucent) {
    // thicker, more opaque corner bumpers with air pockets
    out += `<clipPath id="cb">${rect(bx, y, w, h, r)}</clipPath>`;
    let corners = '';
    for (const [cx, cy] of [
      [bx - 8, y - 8],
      [bx + w - 36, y - 8],
      [bx - 8, y + h - 36],
      [bx + w - 36, y + h - 36],
    ] as const)
      corners += rect(cx, cy, 44, 44, 16);
    out += g({ 'clip-path': 'url(#cb)', fill: shell, 'fill-opacity': 0.5 }, corners);
    out += rect(bx + 6, y + 6, w - 12, h - 12, r - 5, { fill: 'none', stroke: rim, 'stroke-width': 1, opacity: 0.6 });
  }
  const rnd = random(`${product.slug}/${p.key}`);
  if (style === 'bio') {
    // flax flecks, in two tones
    const flecks = ['', ''];
    for (let i = 0; i < 64; i++)
      flecks[i % 2] += circle(bx + 10 + rnd() * (w - 20), y + 10 + rnd() * (h - 20), 0.7 + rnd() * 1.1);
    out +=
      g({ fill: lighten(p.base, p.dark ? 0.35 : 0.45), opacity: 0.7 }, flecks[0]!) +
      g({ fill: darken(p.base, 0.3), opacity: 0.7 }, flecks[1]!);
    for (const [cx, cy, a] of [
      [bx + 14, y + 14, 0],
      [bx + w - 14, y + 14, 90],
      [bx + w - 14, y + h - 14, 180],
      [bx + 14, y + h - 14, 270],
    ] as const)
      out += path('M-8 4A12 12 0 0 1 4 -8', {
        transform: `translate(${n(cx)} ${n(cy)}) rotate(${a})`,
        fill: 'none',
        stroke: p.detail,
        'stroke-width': 1.6,
        opacity: 0.5,
      });
  }
  const ringY = y + h * 0.58;
  if (style === 'clear' || style === 'everyday') {
    out += circle(bx + w / 2, ringY, 40, {
      fill: 'none',
      stroke: translucent && !p.clear ? '#c9d0d6' : p.clear ? '#9db0bc' : p.detail,
      'stroke-width': 4,
      opacity: 0.55,
    });
    out += rect(bx + w / 2 - 3, ringY + 46, 6, 16, 3, { fill: p.clear ? '#9db0bc' : p.detail, opacity: 0.45 });
  }
  if (style === 'everyday') {
    out += path(`M${n(bx + 16)} ${n(y + h - 16)}c-18 22 -34 34 -10 44c18 6 24 -20 10 -44`, {
      fill: 'none',
      stroke: darken(p.base, 0.25),
      'stroke-width': 4,
      'stroke-linecap': 'round',
    });
    out += circle(bx + 16, y + h - 16, 6, { fill: 'none', stroke: '#c3c9ce', 'stroke-width': 3 });
  }
  if (style === 'loop') {
    const ly = y + h * 0.48;
    const band = lighten(p.base, p.key === 'white' ? 0 : 0.22);
    out += rect(bx + 14, ly, w - 28, 36, 12, {
      fill: p.key === 'white' ? '#e3e1da' : band,
      stroke: p.edge,
      'stroke-width': 1.5,
    });
    out += path(`M${n(bx + 26)} ${n(ly + 6)}H${n(bx + w - 26)}M${n(bx + 26)} ${n(ly + 30)}H${n(bx + w - 26)}`, {
      stroke: p.detail,
      'stroke-width': 1.2,
      'stroke-dasharray': '4 3',
      opacity: 0.7,
    });
    out += screw(bx + 22, ly + 18, p, 3) + screw(bx + w - 22, ly + 18, p, 3);
  }
  out += rect(bx, y, w, h, r, { fill: 'url(#sh)', opacity: style === 'everyday' ? 0.4 : 1 });
  // the opening, a raised lip around it, and the phone's camera inside
  const hole = cutout(shape.camera, bx + 6, y + 6, shape.w);
  out += path(hole, {
    fill: '#20252c',
    stroke: translucent ? rim : darken(p.base, p.dark ? 0 : 0.3),
    'stroke-width': 4,
  });
  out += g({ opacity: 0.95 }, camera(shape.camera, bx + 6, y + 6, shape.w, NEUTRAL));
  out += logo(
    bx + w / 2,
    y + h * (style === 'bio' || style === 'plain' ? 0.74 : 0.84),
    6,
    translucent ? rim : p.detail,
    0.5,
  );
  return out;
}

// ───────────────────────────── chargers ─────────────────────────────

function drawBrick(p: Paint): string {
  const x = 110;
  const y = 150;
  const w = 150;
  const h = 170;
  const d = 46; // depth, drawn up and to the right
  const side = darken(p.base, p.dark ? 0.2 : 0.14);
  const top = lighten(p.base, p.dark ? 0.14 : 0.35);
  const port = '#15181d';
  let out = shadow(200, y + h + 8, 120);
  // prongs of the plug head on top
  out += rect(x + 46 + d / 2, y - 52, 10, 44, 3, { fill: '#c5ccd3', stroke: '#8d969f', 'stroke-width': 1 });
  out += rect(x + 94 + d / 2, y - 52, 10, 44, 3, { fill: '#c5ccd3', stroke: '#8d969f', 'stroke-width': 1 });
  out += path(`M${x} ${y}L${x + d} ${y - d * 0.6}H${x + w + d}L${x + w} ${y}Z`, {
    fill: top,
    stroke: p.edge,
    'stroke-width': 2,
    'stroke-linejoin': 'round',
  });
  out += path(`M${x + w} ${y}L${x + w + d} ${y - d * 0.6}V${y + h - d * 0.6}L${x + w} ${y + h}Z`, {
    fill: side,
    stroke: p.edge,
    'stroke-width': 2,
    'stroke-linejoin': 'round',
  });
  out += rect(x, y, w, h, 14, { fill: p.base, stroke: p.edge, 'stroke-width': 2 });
  out += path(`M${x + w + 10} ${y + 10}L${x + w + d - 10} ${y - d * 0.6 + 16}`, {
    stroke: p.detail,
    'stroke-width': 1.2,
    opacity: 0.4,
  });
  // vent grooves, ports and a status light
  for (let i = 0; i < 5; i++) out += rect(x + 24, y + 20 + i * 8, w - 48, 2.4, 1.2, { fill: p.detail, opacity: 0.3 });
  for (const py of [y + 78, y + 104]) {
    out += rect(x + w / 2 - 24, py, 48, 15, 7.5, { fill: port, stroke: p.detail, 'stroke-width': 1 });
    out += rect(x + w / 2 - 13, py + 6, 26, 3, 1.5, { fill: '#9aa3ab' });
  }
  out += rect(x + w / 2 - 28, y + 132, 56, 20, 2, { fill: port, stroke: p.detail, 'stroke-width': 1 });
  out += rect(x + w / 2 - 22, y + 136, 44, 6, 1, { fill: '#3f7bd6' });
  out += circle(x + w - 18, y + h - 16, 3, { fill: '#7ee0a0' });
  out += logo(x + 20, y + h - 16, 5, p.detail, 0.6);
  out += rect(x, y, w, h, 14, { fill: 'url(#sh)' });
  // two spare plug heads: UK and EU
  const head = (hx: number, hy: number, pins: string) =>
    rect(hx, hy, 52, 44, 10, { fill: p.base, stroke: p.edge, 'stroke-width': 2 }) + pins;
  out += head(
    292,
    250,
    rect(301, 262, 8, 14, 1.5, { fill: '#b5bdc4' }) +
      rect(335, 262, 8, 14, 1.5, { fill: '#b5bdc4' }) +
      rect(318, 278, 8, 12, 1.5, { fill: '#b5bdc4' }),
  );
  out += head(
    292,
    304,
    circle(307, 326, 5, { fill: '#b5bdc4', stroke: '#7d868f' }) +
      circle(329, 326, 5, { fill: '#b5bdc4', stroke: '#7d868f' }),
  );
  return out;
}

/** A USB-C plug pointing in `angle` degrees (0 = right), housing in the given colour. */
function usbC(x: number, y: number, angle: number, housingFill: string, edge: string, length = 58, scale = 1): string {
  return g(
    { transform: `translate(${n(x)} ${n(y)}) rotate(${n(angle)})${scale === 1 ? '' : ` scale(${scale})`}` },
    rect(-6, -7, 16, 14, 5, { fill: housingFill, stroke: edge, 'stroke-width': 1.5 }) +
      rect(8, -15, length - 22, 30, 9, { fill: housingFill, stroke: edge, 'stroke-width': 1.5 }) +
      rect(length - 16, -11, 22, 22, 8, { fill: '#cfd5db', stroke: '#8c959e', 'stroke-width': 1.2 }) +
      rect(length - 12, -4, 14, 8, 4, { fill: '#2a2f36' }) +
      rect(16, -9, length - 36, 6, 3, { fill: '#fff', opacity: 0.25 }),
  );
}

function drawPad(p: Paint): string {
  const cx = 200;
  const cy = 196;
  const band = p.key === 'sand' ? '#b9a27d' : p.dark ? '#2c3037' : '#c8ccd0';
  let out = shadow(cx, cy + 84, 150);
  out += path('M268 232c40 26 70 40 66 70', {
    fill: 'none',
    stroke: p.dark ? '#23272d' : p.edge,
    'stroke-width': 8,
    'stroke-linecap': 'round',
  });
  out += path('M268 232c40 26 70 40 66 70', {
    fill: 'none',
    stroke: p.detail,
    'stroke-width': 8,
    'stroke-dasharray': '2 3',
    opacity: 0.45,
  });
  out += usbC(334, 302, 95, p.dark ? '#23272d' : p.base, p.edge, 50);
  out += path(`M${cx - 132} ${cy}v26a132 56 0 0 0 264 0v-26Z`, {
    fill: band,
    stroke: darken(band, 0.3),
    'stroke-width': 2,
  });
  out += ellipse(cx, cy + 26, 132, 56, { fill: 'none', stroke: darken(band, 0.3), 'stroke-width': 1.5, opacity: 0.4 });
  out += ellipse(cx, cy, 132, 56, { fill: p.base, stroke: p.edge, 'stroke-width': 2 });
  // recycled fabric weave: fine concentric rings
  for (let i = 1; i < 9; i++)
    out += ellipse(cx, cy, 132 - i * 14, 56 - i * 6, {
      fill: 'none',
      stroke: p.detail,
      'stroke-width': 0.8,
      opacity: 0.18,
    });
  out += ellipse(cx, cy, 78, 33, { fill: 'none', stroke: p.detail, 'stroke-width': 4, opacity: 0.35 });
  out += ellipse(cx, cy, 132, 56, { fill: 'url(#sh)' });
  out += ellipse(cx, cy + 48, 5, 2.5, { fill: '#f4f7fb' });
  out += logo(cx, cy, 6, p.detail, 0.55);
  return out;
}

function drawPowerBank(p: Paint): string {
  const x = 112;
  const y = 70;
  const w = 150;
  const h = 238;
  let out = shadow(210, y + h + 10, 130);
  // side view for thickness, with its USB-C port
  out += rect(x + w + 26, y + 8, 30, h - 16, 12, { fill: darken(p.base, 0.12), stroke: p.edge, 'stroke-width': 2 });
  out += rect(x + w + 35, y + h - 48, 12, 30, 5, { fill: '#15181d' });
  out += rect(x + w + 39, y + h - 44, 4, 22, 2, { fill: '#98a1a9' });
  out += rect(x, y, w, h, 28, { fill: p.base, stroke: p.edge, 'stroke-width': 2 });
  // fold-out kickstand seam, magnet ring, charge lights, cell-pack screws
  out += path(`M${x + 28} ${y + 30}V${y + 110}a10 10 0 0 0 10 10H${x + w - 38}a10 10 0 0 0 10 -10V${y + 30}`, {
    fill: 'none',
    stroke: p.detail,
    'stroke-width': 1.4,
    opacity: 0.5,
  });
  out += circle(x + w / 2, y + 150, 46, { fill: 'none', stroke: p.detail, 'stroke-width': 4, opacity: 0.4 });
  out += logo(x + w / 2, y + 150, 6, p.detail, 0.55);
  for (let i = 0; i < 4; i++)
    out += circle(x + w / 2 - 24 + i * 16, y + h - 28, 3.4, {
      fill: i < 3 ? '#78d9a0' : p.dark ? '#4a5058' : '#c9ccd0',
    });
  for (const [sx, sy] of [
    [x + 14, y + 14],
    [x + w - 14, y + 14],
    [x + 14, y + h - 14],
    [x + w - 14, y + h - 14],
  ] as const)
    out += screw(sx, sy, p, 3.2);
  out += rect(x, y, w, h, 28, { fill: 'url(#sh)' });
  return out;
}

function drawCharger(product: CatalogProduct, p: Paint): string {
  const name = product.name.toLowerCase();
  if (/power bank|battery pack/.test(name)) return drawPowerBank(p);
  if (/wireless|qi2|pad/.test(name)) return drawPad(p);
  return drawBrick(p);
}

// ───────────────────────────── cables ─────────────────────────────

function drawCable(product: CatalogProduct, p: Paint): string {
  const metres = Number(/(\d+(?:\.\d+)?)\s*m\b/.exec(product.name)?.[1] ?? 1);
  const loops = Math.max(3, Math.min(6, Math.round(metres * 2 + 1)));
  const metal = /240|aluminium/i.test(product.name);
  const cable = p.base;
  const braid = p.dark ? lighten(p.base, 0.3) : darken(p.base, 0.22);
  const housingFill = metal ? '#b8c0c8' : p.base;
  const edge = metal ? '#7d8790' : p.edge;
  const cx = 200;
  const cy = 170;
  const rx = 96 + loops * 4;
  const ry = 62 + loops * 2;
  let coil = '';
  for (let i = 0; i < loops; i++) {
    const dx = (i - (loops - 1) / 2) * 9;
    const dy = (i - (loops - 1) / 2) * 5;
    coil += ellipse(cx + dx, cy + dy, rx, ry, { fill: 'none', stroke: 'currentColor' });
  }
  let out = shadow(200, 350, 150);
  // the outline, the cable and its braid, drawn as three passes over the same coil
  out += g({ color: p.edge, 'stroke-width': 13 }, coil);
  out += g({ color: cable, 'stroke-width': 10 }, coil);
  out += g({ color: braid, 'stroke-width': 10, 'stroke-dasharray': '2.5 3', opacity: 0.55 }, coil);
  // tails leaving the coil
  const tails = `M${cx - rx + 10} ${cy + ry * 0.6}C${cx - rx - 4} ${cy + ry + 60} ${cx - 40} 306 ${cx - 76} 306M${cx + rx - 10} ${cy + ry * 0.6}C${cx + rx + 4} ${cy + ry + 50} ${cx + 30} 300 ${cx + 60} 300`;
  out += path(tails, { fill: 'none', stroke: p.edge, 'stroke-width': 13, 'stroke-linecap': 'round' });
  out += path(tails, { fill: 'none', stroke: cable, 'stroke-width': 10, 'stroke-linecap': 'round' });
  out += path(tails, { fill: 'none', stroke: braid, 'stroke-width': 10, 'stroke-dasharray': '2.5 3', opacity: 0.55 });
  // the silicone tie
  out += rect(cx - 12, cy + ry - 22, 24, 46, 8, {
    fill: darken(p.base, p.dark ? 0 : 0.15),
    stroke: p.edge,
    'stroke-width': 1.5,
  });
  out += logo(cx, cy + ry + 1, 4, p.dark ? lighten(p.base, 0.5) : p.detail, 0.6);
  out += usbC(cx - 76, 306, 180, housingFill, edge, 58, 1.3);
  out += usbC(cx + 60, 300, 0, housingFill, edge, 58, 1.3);
  return out;
}

// ───────────────────────────── audio ─────────────────────────────

function bud(x: number, y: number, flip: boolean, p: Paint, scale: number): string {
  const body = p.base;
  return g(
    { transform: `translate(${n(x)} ${n(y)}) scale(${flip ? -scale : scale} ${scale})` },
    rect(-9, 8, 20, 62, 10, { fill: body, stroke: p.edge, 'stroke-width': 2 }) +
      ellipse(-20, -2, 14, 12, { fill: '#4a5159', stroke: '#2d3238', 'stroke-width': 1.5 }) +
      circle(0, 0, 24, { fill: body, stroke: p.edge, 'stroke-width': 2 }) +
      circle(5, -2, 9, { fill: 'none', stroke: p.detail, 'stroke-width': 1.4, opacity: 0.5 }) +
      screw(5, -2, p, 2.4) +
      circle(1, 64, 2.4, { fill: '#1b1f24', opacity: 0.6 }) +
      circle(-8, -9, 10, { fill: '#fff', opacity: 0.14 }),
  );
}

function drawBuds(p: Paint): string {
  const x = 70;
  const y = 170;
  const w = 190;
  const h = 132;
  const inside = darken(p.base, p.dark ? 0 : 0.12);
  let out = shadow(200, y + h + 10, 160);
  // open lid behind, then the case with the buds sitting in it
  out += path(`M${x} ${y + 8}C${x} ${y - 80} ${x + w} ${y - 80} ${x + w} ${y + 8}Z`, {
    fill: p.base,
    stroke: p.edge,
    'stroke-width': 2,
  });
  out += path(`M${x + 12} ${y + 4}C${x + 16} ${y - 62} ${x + w - 16} ${y - 62} ${x + w - 12} ${y + 4}Z`, {
    fill: inside,
    opacity: 0.7,
  });
  out += ellipse(x + w / 2, y + 8, w / 2 - 4, 14, { fill: darken(p.base, 0.3) });
  out += bud(x + 56, y - 8, false, p, 0.7) + bud(x + w - 56, y - 8, true, p, 0.7);
  out += path(`M${x} ${y + 8}H${x + w}V${y + h - 50}C${x + w} ${y + h + 6} ${x} ${y + h + 6} ${x} ${y + h - 50}Z`, {
    fill: p.base,
    stroke: p.edge,
    'stroke-width': 2,
  });
  out += path(`M${x} ${y + 18}H${x + w}`, { stroke: p.detail, 'stroke-width': 1.2, opacity: 0.5 });
  out += circle(x + w / 2, y + 40, 2.6, { fill: '#7ee0a0' });
  out += logo(x + w / 2, y + h - 30, 5, p.detail, 0.5);
  out += path(`M${x} ${y + 8}H${x + w}V${y + h - 50}C${x + w} ${y + h + 6} ${x} ${y + h + 6} ${x} ${y + h - 50}Z`, {
    fill: 'url(#sh)',
  });
  // one bud out of the case, larger
  out += bud(318, 176, true, p, 1.2);
  return out;
}

function drawHeadphones(p: Paint): string {
  const cushion = p.key === 'sand' ? '#8a7a62' : '#2a2e34';
  const cup = (cx: number, screws: boolean) =>
    rect(cx - 8, 150, 16, 50, 6, { fill: '#b5bdc4', stroke: '#7f8891', 'stroke-width': 1.5 }) +
    ellipse(cx, 246, 60, 76, { fill: cushion, stroke: darken(cushion, 0.3), 'stroke-width': 2 }) +
    ellipse(cx, 240, 52, 68, { fill: p.base, stroke: p.edge, 'stroke-width': 2 }) +
    ellipse(cx, 240, 36, 50, { fill: 'none', stroke: p.detail, 'stroke-width': 1.4, opacity: 0.45 }) +
    (screws
      ? [
          [-24, -40],
          [24, -40],
          [-24, 40],
          [24, 40],
        ]
          .map(([dx, dy]) => screw(cx + dx!, 240 + dy!, p, 3))
          .join('')
      : '') +
    ellipse(cx - 16, 212, 14, 22, { fill: '#fff', opacity: 0.14 });
  let out = shadow(200, 336, 150);
  out += path('M104 176C104 50 296 50 296 176', {
    fill: 'none',
    stroke: p.edge,
    'stroke-width': 22,
    'stroke-linecap': 'round',
  });
  out += path('M104 176C104 50 296 50 296 176', {
    fill: 'none',
    stroke: p.base,
    'stroke-width': 18,
    'stroke-linecap': 'round',
  });
  out += path('M136 96C170 66 230 66 264 96', {
    fill: 'none',
    stroke: cushion,
    'stroke-width': 14,
    'stroke-linecap': 'round',
  });
  out += path('M136 96C170 66 230 66 264 96', {
    fill: 'none',
    stroke: p.detail,
    'stroke-width': 1.2,
    'stroke-dasharray': '4 3',
    opacity: 0.5,
  });
  out += cup(104, false) + cup(296, true);
  out += rect(322, 272, 10, 14, 3, { fill: '#15181d' });
  out += logo(104, 240, 6, p.detail, 0.55);
  return out;
}

function drawAudio(product: CatalogProduct, p: Paint): string {
  return /over-ear|headphone/i.test(product.name) ? drawHeadphones(p) : drawBuds(p);
}

// ───────────────────────────── screen protectors ─────────────────────────────

function drawGlass(product: CatalogProduct, p: Paint): string {
  const { shape } = phoneFor(product.slug);
  const antiReflective = /halo/.test(product.slug);
  const privacy = !p.clear;
  const w = shape.w - 10;
  const h = shape.h - 16;
  const r = Math.max(10, shape.r - 6);
  const fill = privacy ? p.base : '#dcebf3';
  const fillOpacity = privacy ? 0.72 : 0.5;
  const stroke = privacy ? '#596270' : '#8eaabb';
  const sheet = (x: number, y: number, id: string) =>
    `<clipPath id="${id}">${rect(x, y, w, h, r)}</clipPath>` +
    rect(x, y, w, h, r, { fill, 'fill-opacity': fillOpacity, stroke, 'stroke-width': 2 }) +
    (antiReflective
      ? rect(x + 3, y + 3, w - 6, h - 6, r - 2, { fill: 'none', stroke: '#a98be0', 'stroke-width': 2.5, opacity: 0.45 })
      : '') +
    g(
      { 'clip-path': `url(#${id})` },
      path(`M${x - 20} ${y + h * 0.52}L${x + w + 20} ${y + h * 0.2}V${y + h * 0.33}L${x - 20} ${y + h * 0.65}Z`, {
        fill: '#fff',
        opacity: privacy ? 0.16 : 0.55,
      }) +
        path(`M${x - 20} ${y + h * 0.72}L${x + w + 20} ${y + h * 0.4}V${y + h * 0.44}L${x - 20} ${y + h * 0.76}Z`, {
          fill: '#fff',
          opacity: privacy ? 0.1 : 0.4,
        }),
    ) +
    circle(x + w / 2, y + 12, 6, { fill: 'none', stroke, 'stroke-width': 1.5 }) +
    rect(x + 6, y + 6, w - 12, h - 12, r - 4, { fill: 'none', stroke: '#fff', 'stroke-width': 1, opacity: 0.5 });
  const y = (400 - h) / 2 - 4;
  let out = shadow(200, y + h + 8, 140);
  if (!antiReflective) {
    // the click-on alignment frame, behind
    const fx = 200 - w / 2 - 52;
    out += rect(fx - 10, y - 12, w + 20, h + 24, r + 8, { fill: 'none', stroke: '#a8b3bc', 'stroke-width': 10 });
    out += rect(fx + w / 2 - 20, y - 22, 40, 14, 5, { fill: '#a8b3bc' });
  }
  out += g({ transform: `rotate(-7 200 200)` }, sheet(200 - w / 2 - 40, y + 6, 'g1'));
  out += g({ transform: `rotate(5 200 200)` }, sheet(200 - w / 2 + 44, y, 'g2'));
  return out;
}

// ───────────────────────────── wearables ─────────────────────────────

function drawWatch(product: CatalogProduct, p: Paint): string {
  const mm = Number(/(\d+)\s*mm/.exec(product.name)?.[1] ?? 44);
  const big = mm >= 44;
  const cw = mm * 3.55;
  const ch = cw * 1.16;
  const cx = 200;
  const cy = 200;
  const x = cx - cw / 2;
  const y = cy - ch / 2;
  const sw = cw * 0.66;
  const strap = p.key === 'white' ? '#e4e2dc' : darken(p.base, 0.08);
  const caseFill = mix(p.base, '#c8ced4', p.dark ? 0.18 : 0.3);
  let out = shadow(cx, 378, 80);
  // straps
  out += rect(cx - sw / 2, 14, sw, y + 30, 14, { fill: strap, stroke: p.edge, 'stroke-width': 2 });
  out += rect(cx - sw / 2, y + ch - 30, sw, 386 - (y + ch - 30), 14, {
    fill: strap,
    stroke: p.edge,
    'stroke-width': 2,
  });
  if (big) {
    for (let i = 0; i < 4; i++) out += ellipse(cx, y + ch + 26 + i * 22, 4, 5, { fill: darken(strap, 0.45) });
    out += rect(cx - sw / 2 - 4, 40, sw + 8, 14, 5, { fill: 'none', stroke: p.edge, 'stroke-width': 3 });
  } else {
    let weave = '';
    for (let yy = 22; yy < 380; yy += 7)
      if (yy < y + 4 || yy > y + ch - 4) weave += `M${n(cx - sw / 2 + 4)} ${yy}l${n(sw - 8)} 5`;
    out += path(weave, { stroke: p.detail, 'stroke-width': 1.2, opacity: 0.3 });
  }
  // crown and button, case, screen and a face
  out += rect(x + cw - 4, cy - 32, 16, 26, 5, { fill: caseFill, stroke: p.edge, 'stroke-width': 1.5 });
  out += path(`M${n(x + cw + 4)} ${cy - 28}v18M${n(x + cw + 8)} ${cy - 28}v18`, {
    stroke: p.edge,
    'stroke-width': 1,
    opacity: 0.6,
  });
  out += rect(x + cw - 3, cy + 16, 8, 22, 3, { fill: caseFill, stroke: p.edge, 'stroke-width': 1.5 });
  out += rect(x, y, cw, ch, cw * 0.28, { fill: caseFill, stroke: p.edge, 'stroke-width': 2 });
  const b = cw * 0.07;
  out += rect(x + b, y + b, cw - 2 * b, ch - 2 * b, cw * 0.22, { fill: '#0c0f13' });
  const fr = cw * 0.33;
  let ticks = '';
  for (let i = 0; i < 12; i++) {
    const t = (i * Math.PI) / 6;
    const r1 = fr * (i % 3 === 0 ? 0.78 : 0.86);
    ticks += `M${n(cx + Math.sin(t) * r1)} ${n(cy - Math.cos(t) * r1)}L${n(cx + Math.sin(t) * fr)} ${n(cy - Math.cos(t) * fr)}`;
  }
  const accent = p.dark ? lighten(p.base, 0.45) : p.base;
  out += path(ticks, { stroke: '#d7dde3', 'stroke-width': 2, 'stroke-linecap': 'round' });
  out += circle(cx, cy + fr * 0.42, fr * 0.22, {
    fill: 'none',
    stroke: accent,
    'stroke-width': 3,
    'stroke-dasharray': `${n(fr * 0.9)} 99`,
  });
  out += path(
    `M${cx} ${cy}L${n(cx + fr * 0.42)} ${n(cy - fr * 0.3)}M${cx} ${cy}L${n(cx - fr * 0.2)} ${n(cy - fr * 0.66)}`,
    { stroke: '#fff', 'stroke-width': 3.2, 'stroke-linecap': 'round' },
  );
  out += path(`M${cx} ${cy}L${n(cx - fr * 0.6)} ${n(cy + fr * 0.25)}`, {
    stroke: accent,
    'stroke-width': 1.6,
    'stroke-linecap': 'round',
  });
  out += circle(cx, cy, 3.5, { fill: '#fff' });
  out += rect(x, y, cw, ch, cw * 0.28, { fill: 'url(#sh)' });
  return out;
}

// ───────────────────────────── output ─────────────────────────────

const DRAW: Record<Category, (product: CatalogProduct, p: Paint) => string> = {
  phones: drawPhone,
  cases: drawCase,
  chargers: drawCharger,
  cables: drawCable,
  audio: drawAudio,
  'screen-protectors': drawGlass,
  wearables: drawWatch,
};

// ───────────────────────────── views: back, side and detail ─────────────────────────────

/** A phone alone and centred: the back, or a crop of its camera for the detail. */
function phoneAlone(product: CatalogProduct, p: Paint): { svg: string; crop: string } {
  const s = phoneShapeOf(product.slug);
  const [x, y] = [200 - s.w / 2, (400 - s.h) / 2 - 6];
  return {
    svg: shadow(200, y + s.h + 5, s.w * 0.62) + phoneBack(s, x, y, p),
    crop: `${n(x - 6)} ${n(y - 6)} ${n(s.w + 12)} ${n(s.w + 12)}`,
  };
}

/** A phone's edge: the thickness, the keys and the camera bump standing proud of the back. */
function phoneSide(product: CatalogProduct, p: Paint): string {
  const s = phoneShapeOf(product.slug);
  const t = s.camera === 'rugged' ? 30 : 16;
  const [x, y] = [200 - t / 2, (400 - s.h) / 2 - 6];
  const frame = p.clear ? '#c4d0d8' : p.base;
  return (
    shadow(200, y + s.h + 5, 46) +
    rect(x + t - 1, y + s.h * 0.2, 5, 44, 2, { fill: p.clear ? '#9fb0bb' : p.edge }) +
    rect(x + t - 1, y + s.h * 0.36, 5, 26, 2, { fill: s.camera === 'rugged' ? '#f28c28' : p.edge }) +
    rect(x - 7, y + 22, 9, s.camera === 'halo' ? 120 : 96, 4, {
      fill: housing(p),
      stroke: p.edge,
      'stroke-width': 1.2,
    }) +
    rect(x, y, t, s.h, t / 2, { fill: frame, stroke: p.edge, 'stroke-width': 2 }) +
    path(`M${n(x + t / 2)} ${n(y + 10)}V${n(y + s.h - 10)}`, { stroke: p.detail, 'stroke-width': 1, opacity: 0.4 }) +
    rect(x, y, t, s.h, t / 2, { fill: 'url(#sh)' })
  );
}

/** Any other product turned round (mirrored) or at an angle: the drawing seen another way. */
const mirrored = (art: string) => g({ transform: 'matrix(-1 0 0 1 400 0)' }, art);
const angled = (art: string) => g({ transform: 'translate(200 200) skewY(-7) scale(.68 1) translate(-200 -200)' }, art);

/** The drawing and the part of the 400×400 canvas it shows (the detail is a crop, twice as close). */
function drawView(product: CatalogProduct, p: Paint, view: ProductView): { art: string; box: string } {
  const full = '0 0 400 400';
  if (product.category === 'phones' && view !== 'front') {
    if (view === 'side') return { art: phoneSide(product, p), box: full };
    const alone = phoneAlone(product, p);
    return { art: alone.svg, box: view === 'detail' ? alone.crop : full };
  }
  const art = DRAW[product.category](product, p);
  if (view === 'back') return { art: mirrored(art), box: full };
  if (view === 'side') return { art: angled(art), box: full };
  if (view === 'detail') return { art, box: '110 110 180 180' };
  return { art, box: full };
}

export function drawProductImage(product: CatalogProduct, colour: Colour, view: ProductView = 'front'): string {
  const what = view === 'front' ? '' : ` (${view} view)`;
  const title = escapeXml(`${product.name} in ${colour.name}${what}`);
  const { art, box } = drawView(product, paintOf(colour), view);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" width="400" height="400" role="img" aria-labelledby="t">` +
    `<title id="t">${title}</title>${DEFS}${art}</svg>\n`
  );
}

/** Every file the catalog asks for, path under data/images → SVG text. */
export function drawCatalog(catalog: { products: CatalogProduct[] }): Map<string, string> {
  const files = new Map<string, string>();
  for (const product of catalog.products)
    for (const colour of product.colours)
      for (const view of viewsOf(product.category))
        files.set(`${product.slug}/${viewFile(colour.key, view)}`, drawProductImage(product, colour, view));
  return files;
}

function main(): void {
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { products: CatalogProduct[] };
  const files = drawCatalog(catalog);
  for (const product of catalog.products) {
    const dir = join(imagesDir, product.slug);
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(dir))
      if (file.endsWith('.svg') && !files.has(`${product.slug}/${file}`)) rmSync(join(dir, file));
  }
  let largest = { file: '', bytes: 0 };
  for (const [name, svg] of files) {
    const file = join(imagesDir, name);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== svg) writeFileSync(file, svg);
    const bytes = Buffer.byteLength(svg);
    if (bytes > largest.bytes) largest = { file: name, bytes };
  }
  console.log(
    `${files.size} images for ${catalog.products.length} products in data/images (largest: ${largest.file}, ${largest.bytes} bytes)`,
  );
}

// Run as a script, not when a test imports the drawing.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
