import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { rooms } from '../../socket/rooms.js';
import {
  CatalogCardsSchema,
  CatalogGetSchema,
  CatalogListSchema,
  CatalogSuggestSchema,
  CatalogWatchSchema,
} from '../../../shared/catalog.js';
import { z } from 'zod';
import { catalogHome, getProduct, listCatalog, suggestProducts } from './catalog.service.js';
import { cardsBySlug } from './product-relations.js';
import { stockSnapshot } from './stock.js';

/** A socket may watch this many product pages at once (tabs share nothing; each watches its own). */
const MAX_WATCHED = 20;
/** Built once: a zod schema is ~2.5 KB of heap, too much to build again for every connection. */
const CatalogHomeSchema = z.strictObject({});

export const catalogHandlers = (ctx: AppContext): FeatureRoutes => ({
  routes: [
    route('catalog:list', {
      schema: CatalogListSchema,
      run: (query) => listCatalog(ctx, query),
    }),
    route('catalog:suggest', {
      schema: CatalogSuggestSchema,
      run: ({ q }) => suggestProducts(ctx, q),
    }),
    route('catalog:get', {
      schema: CatalogGetSchema,
      run: ({ slug }) => getProduct(ctx, slug),
    }),
    route('catalog:cards', {
      schema: CatalogCardsSchema,
      run: ({ slugs }) => cardsBySlug(ctx.catalog, slugs),
    }),
    route('catalog:home', { schema: CatalogHomeSchema, run: () => catalogHome(ctx) }),
    route('catalog:watch', {
      schema: CatalogWatchSchema,
      run: ({ productId }, { socket }) => {
        if (!ctx.catalog.byId(productId)) throw new AppError('not_found', 'product_not_found');
        const watched = [...socket.rooms].filter((r) => r.startsWith(rooms.product(''))).length;
        if (watched >= MAX_WATCHED && !socket.rooms.has(rooms.product(productId))) {
          throw new AppError('conflict', 'watch_limit', { params: { max: MAX_WATCHED } });
        }
        socket.join(rooms.product(productId));
        return stockSnapshot(ctx.db, productId);
      },
    }),
    route('catalog:unwatch', {
      schema: CatalogWatchSchema,
      run: ({ productId }, { socket }) => {
        socket.leave(rooms.product(productId));
        return null;
      },
    }),
  ],
});
