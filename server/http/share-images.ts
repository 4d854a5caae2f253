import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOP_NAME } from '../../shared/page-heads.js';
import type { ShareImage } from './head-tags.js';

/**
 * The link-preview images (og:image, twitter:image): 1200×630 PNGs in data/images/share, drawn
 * from the product drawings by scripts/draw-share-images.ts. PNG because most scrapers
 * (Facebook, X, LinkedIn, Slack) do not show SVG. Served under /images with a content hash
 * in the URL, like the product drawings, so they can be cached for a year.
 */
export interface ShareImages {
  shop: ShareImage;
  /** The product's own preview, or the shop's when none was drawn. */
  product(slug: string, name: string): ShareImage;
}

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const SHOP_IMAGE = 'visionx';

export function loadShareImages(imagesDir: string | undefined): ShareImages {
  const dir = imagesDir ? join(imagesDir, 'share') : undefined;
  const versions = new Map<string, string>();
  if (dir && existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.png'))) {
      versions.set(
        file.slice(0, -4),
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex')
          .slice(0, 12),
      );
    }
  }
  const image = (name: string, alt: string): ShareImage => {
    const version = versions.get(name);
    return {
      path: `/images/share/${name}.png${version ? `?v=${version}` : ''}`,
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      alt,
    };
  };
  const shop = image(SHOP_IMAGE, `${SHOP_NAME}: modular, repairable phones`);
  return {
    shop,
    product: (slug, name) => (versions.has(slug) && slug !== SHOP_IMAGE ? image(slug, name) : shop),
  };
}
