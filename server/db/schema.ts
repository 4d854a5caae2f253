/**
 * The whole schema, one module per part (drizzle.config.ts and db/client.ts read this one). The
 * parts import each other's tables, never this module, so no import goes round in a circle.
 */
export * from './schema-shop.js';
export * from './schema-chat.js';
export * from './schema-two-factor.js';
export * from './schema-desk.js';
export * from './schema-mail.js';
export * from './schema-accounts.js';
export * from './schema-test-provider.js';
