import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../e2e/chromium.js';

/**
 * `npx tsx scripts/draw-share-images.ts`: draws the link-preview images (og:image) into
 * data/images/share: one 1200×630 PNG per product from its first colour's drawing, name and
 * tagline, and visionx.png for every other page. PNG because most link-preview scrapers do not
 * show SVG. Drawn by Chromium (e2e/chromium.ts) from the same SVGs
 * the shop shows; re-run it after adding a product or changing a drawing.
 */

interface CatalogProduct {
  slug: string;
  name: string;
  tagline: string;
  colours: { key: string }[];
}

const root = resolve(fileURLToPath(import.meta.url), '../..');
const imagesDir = join(root, 'data/images');
const outDir = join(imagesDir, 'share');
const { products } = JSON.parse(readFileSync(join(root, 'data/catalog.json'), 'utf8')) as {
  products: CatalogProduct[];
};

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const drawing = (slug: string, colour: string) =>
  `data:image/svg+xml;base64,${readFileSync(join(imagesDir, slug, `${colour}.svg`)).toString('base64')}`;

const page = (art: string, heading: string, text: string) => `<!doctype html>
<html><body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:56px;padding:0 72px;box-sizing:border-box;
  background:#f4f5f6;font-family:system-ui,sans-serif;color:#0b0c0e">
  <div style="display:flex;gap:8px;flex:none">${art}</div>
  <div><p style="margin:0 0 20px;font-size:28px;font-weight:700;color:#0b7a55;letter-spacing:.02em">VisionX</p>
  <h1 style="margin:0;font-size:60px;line-height:1.1">${escapeText(heading)}</h1>
  <p style="margin:24px 0 0;font-size:28px;line-height:1.4;color:#3a3f45">${escapeText(text)}</p></div>
</body></html>`;

const browser = await chromium.launch({ executablePath: chromiumPath() });
const tab = await browser.newPage({ viewport: { width: 1200, height: 630 } });
mkdirSync(outDir, { recursive: true });
const shoot = async (html: string, name: string) => {
  await tab.setContent(html);
  await tab.screenshot({ path: join(outDir, `${name}.png`), type: 'png' });
};

for (const p of products) {
  await shoot(
    page(`<img src="${drawing(p.slug, p.colours[0]!.key)}" width="440" height="440" alt="">`, p.name, p.tagline),
    p.slug,
  );
}
const phones = products.filter((p) => p.slug.startsWith('vision-')).slice(0, 3);
await shoot(
  page(
    phones.map((p) => `<img src="${drawing(p.slug, p.colours[0]!.key)}" width="200" height="200" alt="">`).join(''),
    'Your Forever Phone',
    'Modular, repairable, sustainable phones. Shop, get live help and track your orders.',
  ),
  'visionx',
);
await browser.close();
console.log(`Drew ${products.length + 1} share images in ${outDir}`);
