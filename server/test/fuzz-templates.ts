import type { RequestEvent } from '../../shared/events.js';

/**
 * One payload per socket event with every field it takes, each of the right type, so the fuzz
 * shapes (fuzz-shapes.ts) can break each field in turn. Typed by RequestEvent: an event added
 * to shared/events.ts without a line here does not compile, and the fuzz test also compares
 * these keys with the file and with what the server registers.
 */
const CHAT = { chatId: 1 };
const CLIENT_ID = '0b5c7c55-3f36-4c4e-9a4a-8f0b0c1d2e3f';
const ORDER = { number: 'VX-ABCDEFGH' };

export const EVENT_TEMPLATES: Record<RequestEvent, Record<string, unknown>> = {
  'session:whoami': {},
  'contact:send': {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    topic: 'order',
    message: 'Where is my parcel, please?',
  },
  'catalog:list': {
    q: 'phone',
    category: ['phones'],
    colour: ['black'],
    storage: [128],
    minPrice: 100,
    maxPrice: 200_000,
    inStock: true,
    sort: 'price-asc',
    page: 1,
    pageSize: 12,
  },
  'catalog:suggest': { q: 'vis' },
  'catalog:get': { slug: 'vision-x-pro-max-ultra' },
  'catalog:home': {},
  'catalog:watch': { productId: 1 },
  'catalog:unwatch': { productId: 1 },
  'cart:get': {},
  'cart:add': { variantId: 1, quantity: 1 },
  'cart:set-quantity': { variantId: 1, quantity: 2 },
  'cart:remove': { variantId: 1 },
  'cart:empty': {},
  'checkout:place': {
    idempotencyKey: CLIENT_ID,
    cartVersion: 1,
    email: 'ada@example.com',
    phone: '+1 415 555 0100',
    address: {
      name: 'Ada Lovelace',
      line1: '1 Market St',
      line2: '',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94105',
      country: 'US',
    },
    shippingMethod: 'standard',
    card: { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123', name: 'Ada Lovelace' },
  },
  'orders:list': {},
  'orders:get': ORDER,
  'orders:cancel': ORDER,
  'reviews:list': { productId: 1, after: 1 },
  'reviews:eligibility': { productId: 1 },
  'reviews:add': { productId: 1, rating: 5, title: 'Lovely', body: 'A lovely phone, the battery lasts.' },
  'chat:current': {},
  'chat:open': CHAT,
  'chat:leave': CHAT,
  'chat:list': {},
  'chat:continue': CHAT,
  'chat:new': {},
  'chat:send': { ...CHAT, text: 'Which phone has the best camera?', clientId: CLIENT_ID },
  'chat:stop': CHAT,
  'chat:retry': CHAT,
  'chat:department': { ...CHAT, department: 'sales' },
  'chat:request-human': CHAT,
  'chat:proposal-answer': { ...CHAT, messageId: 1, proposalId: 'p1', accept: true },
  'chat:typing': { ...CHAT, typing: true },
  'chat:rate': { ...CHAT, messageId: 1, score: 4, comment: 'Quick and kind.' },
  'staff:overview': {},
  'staff:watch': CHAT,
  'staff:unwatch': CHAT,
  'staff:take-over': CHAT,
  'staff:reply': { ...CHAT, text: 'Hello, this is Sam.', clientId: CLIENT_ID },
  'staff:typing': { ...CHAT, typing: true },
  'staff:hand-back': CHAT,
  'staff:close': { ...CHAT, resolution: 'Answered.' },
  'staff:propose': {
    ...CHAT,
    action: 'add',
    slug: 'vision-x-pro-max-ultra',
    colour: 'black',
    storageGb: 256,
    quantity: 1,
  },
  'staff:order-move': { ...ORDER, to: 'packed', note: 'Packed.' },
};
