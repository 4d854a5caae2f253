import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Warranty',
  updated: '2025-01-15',
  summary:
    'Every VisionX phone and module comes with a 2-year limited warranty, and opening your phone never voids it. Outside the warranty, our modular repair program keeps your phone going.',
  sections: [
    {
      id: 'coverage',
      heading: 'What the warranty covers',
      blocks: [
        'For 2 years from the day it is delivered, we repair or replace any VisionX phone or module that fails because of a defect in materials or workmanship. Where local law gives you a longer or stronger guarantee, you get the longer or stronger one.',
        'Batteries are covered for the same 2 years. A battery that keeps less than 80% of its original capacity within 2 years or 800 full charge cycles, whichever comes first, counts as defective.',
        'Modules bought separately get their own 2-year warranty from their delivery date. A replacement part sent under warranty is covered for the rest of the original warranty or 6 months, whichever is longer.',
      ],
    },
    {
      id: 'opening',
      heading: 'Opening your phone is allowed',
      blocks: [
        'Your VisionX is made to be opened. Removing the back cover, swapping modules and installing parts from VisionX or other makers does not void the warranty.',
        'What the warranty does not cover is damage caused during a repair, for example a connector bent while forcing a module, or a stripped screw. For that, the repair program below offers parts at fixed prices.',
      ],
    },
    {
      id: 'not-covered',
      heading: 'What is not covered',
      blocks: [
        {
          list: [
            'Accidental damage, such as drops, cracked glass or crushing.',
            'Liquid damage beyond the phone’s rated water resistance (its IP rating, listed in its specifications).',
            'Normal wear: scratches, scuffs and the gradual loss of battery capacity above the threshold above.',
            'Problems caused by third-party parts (the rest of the phone stays covered).',
            'Lost or stolen phones.',
          ],
        },
      ],
    },
    {
      id: 'claim',
      heading: 'How to make a claim',
      blocks: [
        {
          steps: [
            'Contact us with your order number and a short description of the problem. Our team often finds the faulty module in a few messages.',
            'If a single module is at fault, we ship a replacement module first. You swap it yourself and send the old one back with the prepaid label within 14 days.',
            'If the whole phone needs our attention, we send a prepaid box. Repairs at our service center take 5 business days from arrival, plus shipping both ways.',
          ],
        },
        'Warranty repairs, replacement modules and shipping both ways are free.',
      ],
    },
    {
      id: 'repair-program',
      heading: 'The modular repair program',
      blocks: [
        'After the warranty, or for damage the warranty does not cover, you can buy any module at a fixed price and replace it yourself in minutes, with a free video guide for every part.',
        {
          table: {
            caption: 'Example module prices in the United States.',
            head: ['Module', 'Price', 'Time to replace'],
            rows: [
              ['Battery', '$39', 'about 2 minutes'],
              ['Display', '$89', 'about 5 minutes'],
              ['Main camera', '$69', 'about 3 minutes'],
              ['USB-C port', '$19', 'about 3 minutes'],
              ['Back cover', '$25', 'about 1 minute'],
            ],
          },
        },
        'Prefer not to do it yourself? Send the phone to our service center and we fit the module for a flat $25 labor fee, returned within 5 business days.',
      ],
    },
    {
      id: 'parts',
      heading: 'Spare parts for 7 years',
      blocks: [
        'We keep every module of every model in stock for at least 7 years after the model launches, and publish the repair guides for all of them. Send us any old module, working or not, and we give you 15% off your next module and reuse or recycle the part.',
      ],
    },
  ],
};
