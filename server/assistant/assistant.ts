import type { Cart } from '../../shared/cart.js';
import type { CatalogPage, CatalogQuery, ProductCard, ProductDetail, RatingSummary } from '../../shared/catalog.js';
import type { SpecSort } from '../../shared/catalog-constants.js';
import type { Order } from '../../shared/orders.js';
import type { products, variants } from '../db/schema.js';
import type { Engine } from './engine.js';
import type { Knowledge } from './knowledge/passages.js';

/**
 * The assistant's ports. It imports nothing from server/features (nor from the server root):
 * what it gives the chat is `Assistant`, and what it needs of the shop it reads through
 * `AssistantShop`, which the chat feature fills (server/features/chat/assistant-shop.ts).
 */

/** The assistant a conversation talks to: an engine, the guide it retrieves from, how much history it sees. */
export interface Assistant {
  engine: Engine;
  knowledge: Knowledge;
  /** Earlier messages in each turn's context (ASSISTANT_HISTORY_TURNS). */
  historyTurns: number;
}

/** The settings the assistant is built from (server/config.ts reads them from the environment; a Config is one). */
export interface AssistantSettings {
  ASSISTANT_ENGINE: 'offline' | 'openai' | 'voiceflow';
  ASSISTANT_PACE_MS: number;
  ASSISTANT_HISTORY_TURNS: number;
  OPENAI_API_KEY?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
  OPENAI_MODEL: string;
  OPENAI_TIMEOUT_MS: number;
  VOICEFLOW_API_KEY?: string | undefined;
  VOICEFLOW_VERSION_ID?: string;
  VOICEFLOW_BASE_URL?: string;
  VOICEFLOW_PROJECT_ID?: string | undefined;
  VOICEFLOW_TIMEOUT_MS?: number;
}

export type ProductRow = typeof products.$inferSelect;
export type VariantRow = typeof variants.$inferSelect;

/** Battery, weight, screen, camera and storage figures read from a product's specs (absent: no such spec). */
export type SpecFigures = Partial<Record<SpecSort, number>>;

/** A product with its variants (cheapest first), rating and spec figures, as the catalog keeps it. */
export interface ShopRecord {
  product: ProductRow;
  variants: VariantRow[];
  rating: RatingSummary;
  figures: SpecFigures;
}

/**
 * The shop as the assistant's tools read it, bound to the shopper of one conversation: no
 * method takes an identity, so nothing a model or a shopper writes reaches another shopper's
 * cart or orders. Reads only; the cart changes when the shopper confirms a proposal card.
 */
export interface AssistantShop {
  /** A page of the product list for a query, exactly as the shop's own search answers it. */
  listCatalog(query: CatalogQuery): CatalogPage;
  /** Every product with its variants, rating and spec figures. */
  catalog(): ShopRecord[];
  /** One product's page; null when no product has that slug. */
  productDetail(slug: string): ProductDetail | null;
  productBySlug(slug: string): ProductRow | undefined;
  /** A product's variants, cheapest first. */
  variantsOf(productId: number): VariantRow[];
  /** A product as the shop's lists show it (price range, first image, stock, rating). */
  card(record: ShopRecord): ProductCard;
  /** The shopper's own cart. */
  cart(): Cart;
  /** One of the shopper's own orders by number; null for any other number (someone else's is "not found" too). */
  order(number: string): Order | null;
  /** The shopper's own orders, newest first. */
  orders(): Order[];
}

/** Where a tool's failure is logged (the app's logger is one). */
export interface AssistantLog {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}
