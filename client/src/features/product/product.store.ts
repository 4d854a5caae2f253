import { createComputed, createEffect, on, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { StockChanged, Variant } from '../../../../shared/catalog.js';
import { createRemote } from '../../lib/remote.js';
import { request, socket } from '../../lib/socket.js';
import { applyStock, mergeFresh, snapshotUpdates, type StockUpdate } from './product-stock.js';

/**
 * One product page's state: the product (`catalog:get`) and its variants with live stock.
 * While the page is open it watches the product's room: the snapshot the watch answers and
 * every `catalog:stock-changed` push are merged by version, so a late or repeated update can
 * never take stock back. The server forgets rooms with a connection, so every reconnect
 * watches again (and its snapshot covers what was missed while offline).
 */
export function createProductStore(slug: Accessor<string>) {
  const product = createRemote(slug, (s) => request('catalog:get', { slug: s }));
  // Variants live in a store reconciled by id: a stock change updates fields in place, so the
  // pickers that read them are not re-created (a focused radio keeps focus).
  const [variants, setVariants] = createStore<Variant[]>([]);
  const set = (next: Variant[]) => setVariants(reconcile(next, { key: 'id', merge: true }));
  const apply = (updates: StockUpdate[]) => set(applyStock(unwrap(variants), updates));

  // Computed, not an effect: the variants must be in place before the page that reads them renders.
  createComputed(on(product.data, (p) => set(p ? mergeFresh(unwrap(variants), p.variants) : [])));

  createEffect(
    on(
      () => product.data()?.id,
      (productId) => {
        if (productId === undefined) return;
        const watch = async () => {
          const result = await request('catalog:watch', { productId });
          if (result.ok && product.data()?.id === productId) apply(snapshotUpdates(result.data));
        };
        const onStock = (change: StockChanged) => {
          if (change.productId === productId) apply([change]);
        };
        socket.on('catalog:stock-changed', onStock);
        socket.on('connect', watch);
        // Not connected yet: the 'connect' listener watches once the socket is up.
        if (socket.connected) void watch();
        onCleanup(() => {
          socket.off('catalog:stock-changed', onStock);
          socket.off('connect', watch);
          void request('catalog:unwatch', { productId });
        });
      },
    ),
  );

  return { product, variants };
}

export type ProductStore = ReturnType<typeof createProductStore>;
