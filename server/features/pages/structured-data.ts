import type { RatingSummary } from '../../../shared/catalog.js';
import { SHOP_NAME } from '../../../shared/page-heads.js';
import type { ProductRow, VariantRow } from '../catalog/catalog.repo.js';

/** schema.org JSON-LD (SPEC [HEAD4]): what search engines read as structured data. */

const SCHEMA = 'https://schema.org';

/** Home: the shop as an Organization, and the site with its search (Google's sitelinks search box). */
export function siteJsonLd(publicUrl: string): object[] {
  return [
    {
      '@context': SCHEMA,
      '@type': 'Organization',
      name: SHOP_NAME,
      url: `${publicUrl}/`,
      logo: `${publicUrl}/favicon.svg`,
    },
    {
      '@context': SCHEMA,
      '@type': 'WebSite',
      name: SHOP_NAME,
      url: `${publicUrl}/`,
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${publicUrl}/shop?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
  ];
}

interface ProductFacts {
  product: ProductRow;
  variants: VariantRow[];
  rating: RatingSummary;
  /** Absolute URLs of the product's images. */
  images: string[];
  url: string;
}

/** A product page: one Offer per variant (its SKU, price in USD, stock); a rating only when someone rated it. */
export function productJsonLd({ product, variants, rating, images, url }: ProductFacts): object {
  return {
    '@context': SCHEMA,
    '@type': 'Product',
    name: product.name,
    description: product.description,
    image: images,
    url,
    productID: product.slug,
    ...(variants.length === 1 ? { sku: variants[0]!.sku } : {}),
    brand: { '@type': 'Brand', name: SHOP_NAME },
    offers: variants.map((v) => ({
      '@type': 'Offer',
      sku: v.sku,
      price: (v.priceCents / 100).toFixed(2),
      priceCurrency: 'USD',
      availability: `${SCHEMA}/${v.stock > 0 ? 'InStock' : 'OutOfStock'}`,
      url,
    })),
    ...(rating.count > 0 && rating.average !== null
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: rating.average,
            reviewCount: rating.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
}
