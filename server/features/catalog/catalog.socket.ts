import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
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

export const catalogHandlers =
  (ctx: AppContext): RegisterHandlers =>
  (socket, limiter) => {
    handle(ctx, limiter, socket, 'catalog:list', {
      schema: CatalogListSchema,
      run: (query) => listCatalog(ctx, query),
    });
    handle(ctx, limiter, socket, 'catalog:suggest', {
      schema: CatalogSuggestSchema,
      run: ({ q }) => suggestProducts(ctx, q),
    });
    handle(ctx, limiter, socket, 'catalog:get', {
      schema: CatalogGetSchema,
      run: ({ slug }) => getProduct(ctx, slug),
    });
    handle(ctx, limiter, socket, 'catalog:cards', {
      schema: CatalogCardsSchema,
      run: ({ slugs }) => cardsBySlug(ctx.catalog, slugs),
    });
    handle(ctx, limiter, socket, 'catalog:home', { schema: CatalogHomeSchema, run: () => catalogHome(ctx) });
    handle(ctx, limiter, socket, 'catalog:watch', {
      schema: CatalogWatchSchema,
      run: ({ productId }) => {
        if (!ctx.catalog.byId(productId)) throw new AppError('not_found', 'product_not_found');
        const watched = [...socket.rooms].filter((r) => r.startsWith(rooms.product(''))).length;
        if (watched >= MAX_WATCHED && !socket.rooms.has(rooms.product(productId))) {
          throw new AppError('conflict', 'watch_limit', { params: { max: MAX_WATCHED } });
        }
        socket.join(rooms.product(productId));
        return stockSnapshot(ctx.db, productId);
      },
    });
    handle(ctx, limiter, socket, 'catalog:unwatch', {
      schema: CatalogWatchSchema,
      run: ({ productId }) => {
        socket.leave(rooms.product(productId));
        return null;
      },
    });
  };
