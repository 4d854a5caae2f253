import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Terms',
  updated: '2025-01-15',
  summary:
    'These terms apply when you use the VisionX shop, create an account or buy from us. They are written to be read: if something is unclear, ask us.',
  sections: [
    {
      id: 'agreement',
      heading: 'Using the shop',
      blocks: [
        'By using visionx.example or placing an order you agree to these terms and to the policies they refer to: Shipping & returns, Warranty and Privacy. If you live in a country whose consumer law gives you more protection, that law applies and nothing here takes it away.',
      ],
    },
    {
      id: 'account',
      heading: 'Your account',
      blocks: [
        'You need to be at least 18, or have a parent or guardian’s permission, to create an account and place orders. Keep your password to yourself and choose one you do not use elsewhere. If you think someone else has used your account, change your password: that signs out every other device at once.',
        'You can close your account at any time from the Account page.',
      ],
    },
    {
      id: 'orders',
      heading: 'Orders and prices',
      blocks: [
        'Prices are shown and charged in US dollars, and include VAT, GST or sales tax where it applies. Shipping costs are shown before you pay.',
        'Placing an order is an offer to buy. The contract is made when we confirm the order by email. If an item turns out to be out of stock, or a price was obviously wrong, we tell you before taking payment or refund you in full.',
        'Stock shown in the shop is live, and an item is reserved for you only when your order is placed.',
      ],
    },
    {
      id: 'payment',
      heading: 'Payment',
      blocks: [
        'We accept major credit and debit cards (Visa, Mastercard, American Express and Discover), and only cards: no PayPal, wallets, bank transfers, cash on delivery, gift cards, cryptocurrency or instalment plans. Your card is charged when the order is placed. If payment fails, the order is not placed and no stock is reserved.',
      ],
    },
    {
      id: 'delivery',
      heading: 'Delivery, returns and warranty',
      blocks: [
        'Delivery times and costs, your 30-day return right and our 2-year warranty are described in the Shipping & returns and Warranty policies, which form part of these terms. The risk of loss passes to you when the parcel is delivered.',
      ],
    },
    {
      id: 'assistant',
      heading: 'The shopping assistant',
      blocks: [
        'Our assistant answers questions and can suggest changes to your cart. It never changes your cart or places an order without your confirmation. It can make mistakes: prices, stock and the terms in these pages are what count, and our support team is there to confirm anything important.',
      ],
    },
    {
      id: 'use',
      heading: 'Fair use',
      blocks: [
        {
          list: [
            'Do not try to break, overload or get around the security of the shop.',
            'Do not use the shop or the chat to harass our team or anyone else.',
            'Do not buy to resell in bulk: we may limit quantities per customer so everyone can get a phone.',
          ],
        },
        'We may suspend accounts that break these rules, and we tell you why.',
      ],
    },
    {
      id: 'content',
      heading: 'Our content and yours',
      blocks: [
        'The VisionX name, logo and designs belong to us. Our repair guides are published under a Creative Commons Attribution license: share and adapt them freely, with credit.',
        'Messages you send us stay yours. You allow us to use them to answer you and to improve our support.',
      ],
    },
    {
      id: 'liability',
      heading: 'Liability',
      blocks: [
        'We are responsible for losses that are a foreseeable result of our breaking these terms or of our negligence. We are not responsible for losses that were not foreseeable, or for business losses. Nothing in these terms limits liability that the law does not allow us to limit, such as for death or personal injury caused by negligence, or for fraud.',
      ],
    },
    {
      id: 'changes',
      heading: 'Changes and contact',
      blocks: [
        'We may update these terms; the version that applies to an order is the one shown when you placed it. Questions about these terms go to hello@visionx.example.',
      ],
    },
  ],
};
