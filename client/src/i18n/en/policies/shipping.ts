import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Shipping & returns',
  updated: '2025-01-15',
  summary:
    'We ship to the United States, Canada, the United Kingdom, Germany and France. Every order can be returned within 30 days of delivery.',
  sections: [
    {
      id: 'where',
      heading: 'Where we ship',
      blocks: [
        'We deliver to addresses in the United States (all 50 states and Washington, D.C.), Canada, the United Kingdom, Germany and France. We cannot deliver to PO boxes, parcel lockers, or freight forwarders. More EU countries will follow; until then, please contact us before ordering from elsewhere.',
        'All prices and shipping costs are in US dollars, whichever country you ship to. Prices for Canada, the UK, Germany and France include import duties and VAT or GST. There is nothing more to pay at the door.',
      ],
    },
    {
      id: 'when',
      heading: 'When your order ships',
      blocks: [
        'Orders placed before 2 p.m. Eastern Time on a business day leave our warehouse the same day. Orders placed later, or on weekends and public holidays, leave on the next business day.',
        'You receive an email with a tracking link as soon as the carrier scans your parcel, and the status of every order is shown in your account.',
      ],
    },
    {
      id: 'rates',
      heading: 'Delivery times and costs',
      blocks: [
        {
          table: {
            caption: 'Delivery times are counted in business days from dispatch.',
            head: ['Destination', 'Standard', 'Express'],
            rows: [
              ['United States', '3–5 days, $5.95 (free over $99)', '1–2 days, $14.95'],
              ['Canada', '5–8 days, $9.95 (free over $149)', '2–4 days, $24.95'],
              ['United Kingdom', '3–5 days, $6.95 (free over $99)', '1–2 days, $14.95'],
              ['Germany and France', '4–8 days, $7.95 (free over $119)', '2–4 days, $19.95'],
            ],
          },
        },
        'Replacement modules sent under warranty or through the repair program always ship free by Standard delivery.',
      ],
    },
    {
      id: 'damaged',
      heading: 'Damaged or missing parcels',
      blocks: [
        'If a parcel arrives damaged, or tracking shows it delivered and you do not have it, tell us within 7 days of the delivery date. Send a photo of the box and label if you can. We send a replacement or refund you in full; you never have to claim from the carrier yourself.',
      ],
    },
    {
      id: 'returns',
      heading: '30-day returns',
      blocks: [
        'You can return anything you bought from us within 30 days of delivery, for any reason. This is on top of your statutory rights: in the UK and the EU, the 14-day right of withdrawal is included in our 30 days.',
        {
          list: [
            'Phones must be complete: frame, every module, the screwdriver and the box.',
            'Modules you have installed and removed again are fine to return, as long as they are undamaged.',
            'Sign out of your accounts and reset the phone before you send it.',
            'Gift cards and engraved back covers cannot be returned unless they are faulty.',
          ],
        },
      ],
    },
    {
      id: 'how-to-return',
      heading: 'How to return an item',
      blocks: [
        {
          steps: [
            'Send us a message from the Contact page with your order number and the items you are returning.',
            'We email you a prepaid return label within one business day. Returns are free in all four regions.',
            'Pack the items in their original box if you still have it, attach the label and drop the parcel at the carrier.',
          ],
        },
      ],
    },
    {
      id: 'refunds',
      heading: 'Refunds',
      blocks: [
        'We refund you within 5 business days of receiving your return, to the payment method you used, including the original standard shipping cost. Your bank may take another 3–10 business days to show it.',
        'If an item comes back damaged beyond normal handling, we contact you before refunding a reduced amount and explain why.',
      ],
    },
    {
      id: 'exchanges',
      heading: 'Exchanges',
      blocks: [
        'Want a different color or storage size? Tell us when you request the return and we ship the new item as soon as the return label is scanned, so you are not left without a phone.',
      ],
    },
  ],
};
