/**
 * Every table, in one module for drizzle-kit (drizzle.config.ts) and for the code: the shop's own
 * (accounts, sessions, catalog, carts, orders, payments, reviews), the assistant's and staff's, and
 * two-step sign-in's. The parts import `users` from schema-shop.ts, never from here.
 */
export * from './schema-shop.js';
export * from './schema-chat.js';
export * from './schema-two-factor.js';
