import type { Express } from 'express';
import { CATEGORIES } from '../../shared/catalog-constants.js';
import { POLICY_WORDS } from '../../shared/page-heads.js';
import type { DbLike } from '../db/client.js';
import { products } from '../db/schema.js';
import { escapeHtml } from './head-tags.js';

/** Paths a crawler may not visit: private pages, the API, the socket, development tools. */
const DISALLOWED = ['/staff', '/account', '/checkout', '/cart', '/orders', '/api/', '/socket.io/', '/dev/'];

/** The listable pages that are not products, in the order a visitor meets them. */
const LISTED = [
  '/',
  '/shop',
  ...CATEGORIES.map((c) => `/shop?category=${c}`),
  '/support',
  '/about',
  '/contact',
  ...Object.keys(POLICY_WORDS).map((slug) => `/policies/${slug}`),
];

/** SPEC [HEAD5]. An hour of caching: products are added by a deploy (data/catalog.json), which restarts. */
export function serveCrawlerFiles(app: Express, db: DbLike, publicUrl: string): void {
  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'public, max-age=3600').send(robotsTxt(publicUrl));
  });
  app.get('/sitemap.xml', (_req, res) => {
    const slugs = db.select({ slug: products.slug }).from(products).orderBy(products.id).all();
    const paths = [...LISTED, ...slugs.map((p) => `/products/${p.slug}`)];
    res.type('application/xml').set('Cache-Control', 'public, max-age=3600').send(sitemapXml(publicUrl, paths));
  });
}

export const robotsTxt = (publicUrl: string) =>
  [
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED.map((p) => `Disallow: ${p}`),
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');

/** The catalog keeps no modification dates, so no <lastmod>: a made-up one would mislead crawlers. */
export const sitemapXml = (publicUrl: string, paths: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `  <url><loc>${escapeHtml(publicUrl + path)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
