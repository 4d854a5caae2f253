import type { Category } from './catalog-constants.js';

/**
 * The drawn views of a product colour ([PDP1]): which ones a category has and the file each is
 * drawn to. Zod-free and pure: the image script, the server's catalog and the client share it.
 */
export const PRODUCT_VIEWS = ['front', 'back', 'side', 'detail'] as const;
export type ProductView = (typeof PRODUCT_VIEWS)[number];

/** A cable or a sheet of glass has no back worth drawing; everything else has all four. */
const VIEWS_OF: Record<Category, readonly ProductView[]> = {
  phones: PRODUCT_VIEWS,
  cases: PRODUCT_VIEWS,
  chargers: PRODUCT_VIEWS,
  audio: PRODUCT_VIEWS,
  wearables: PRODUCT_VIEWS,
  cables: ['front', 'side', 'detail'],
  'screen-protectors': ['front', 'side', 'detail'],
};

/** The views of a category, front first (the front is the image of cards, cart and chat). */
export const viewsOf = (category: Category): readonly ProductView[] => VIEWS_OF[category];

/** The file of a view under data/images/<slug>/: the front keeps its historic `<colour>.svg`. */
export const viewFile = (colourKey: string, view: ProductView): string =>
  view === 'front' ? `${colourKey}.svg` : `${colourKey}-${view}.svg`;

/** One image of the gallery. */
export interface GalleryImage {
  view: ProductView;
  url: string;
}

/**
 * The gallery of a colour from its front image URL (`/images/<slug>/<colour>.svg?v=<hash>`):
 * the hash covers every view of the colour, so each view's URL carries the same one.
 */
export function galleryOf(frontUrl: string, colourKey: string, category: Category): GalleryImage[] {
  const front = viewFile(colourKey, 'front');
  const at = frontUrl.lastIndexOf(front);
  if (at < 0) return [{ view: 'front', url: frontUrl }];
  const [head, tail] = [frontUrl.slice(0, at), frontUrl.slice(at + front.length)];
  return viewsOf(category).map((view) => ({ view, url: `${head}${viewFile(colourKey, view)}${tail}` }));
}

/** The view to show after a change of colour: the same one when the new colour has it, else the front. */
export const keepView = (view: ProductView, gallery: readonly GalleryImage[]): ProductView =>
  gallery.some((g) => g.view === view) ? view : 'front';
