/** Home, Support and Contact (the Shop's strings are in catalog.ts). */
export const pages = {
  home: {
    title: 'Your Forever Phone',
    heading: 'Your Forever Phone',
    lead: 'Your Forever',
    words: { future: 'Future', companion: 'Companion', life: 'Life', phone: 'Phone' },
    intro:
      'A phone made to be opened, fixed and upgraded, not replaced. Swap the battery in two minutes, upgrade the camera when you want to, and keep everything else.',
    shopCta: 'Shop phones',
    supportCta: 'Talk to support',
    valuesHeading: 'Built to last. Built to be fixed.',
    values: {
      modular: {
        title: 'Modular',
        body: 'Battery, camera, display, speaker and USB-C port are separate modules held by standard screws. Upgrade the part you care about instead of the whole phone.',
      },
      repairable: {
        title: 'Repairable',
        body: 'Every module comes out with one small Phillips screwdriver. Step-by-step guides, fixed-price parts, and a 2-year warranty that opening your phone never voids.',
      },
      sustainable: {
        title: 'Sustainable',
        body: 'A recycled aluminium frame, plastic-free packaging, spare parts for at least seven years and a take-back program that reuses or recycles every module you send back.',
      },
    },
    factsHeading: 'VisionX in numbers',
    facts: {
      battery: { value: '2 min', label: 'to swap a battery' },
      parts: { value: '7 years', label: 'of spare parts for every model' },
      warranty: { value: '2 years', label: 'of warranty, repair included' },
    },
    helpHeading: 'Real answers, in real time',
    helpBody:
      'Questions about a phone, an order or a repair? Our team answers in minutes, and a live shopping assistant is on its way.',
    helpCta: 'Write to our team',
    featuredHeading: 'Featured',
    newestHeading: 'Newest phone',
    newestCta: 'See the {name}',
    allProducts: 'See all products',
  },
  support: {
    title: 'Support',
    heading: 'Support',
    lead: 'Answers in seconds, people when you need them.',
    body: 'Our assistant answers questions about phones, orders, returns and repairs right away, using the shop’s real prices and your real orders, and brings in a member of our support team whenever you ask. Prefer email? Send us a message and a person replies within one business day.',
    contactCta: 'Send us a message',
    faqHeading: 'Common questions',
    faq: {
      battery: {
        q: 'How do I replace the battery?',
        a: 'Switch the phone off, undo the screws on the back cover (five to ten, depending on the model) with a small Phillips screwdriver (#00; #0 for Vision X Terra), lift the battery out by its tab and click the new one in. It takes about five minutes.',
      },
      warranty: {
        q: 'Does opening my phone void the warranty?',
        a: 'No. Opening your VisionX and swapping modules is what it is made for. The 2-year warranty still covers defects; only damage caused during a repair is not covered.',
      },
      shipping: {
        q: 'How long does delivery take?',
        a: 'Standard delivery takes 3–5 business days in the US, 5–8 in Canada, 3–5 in the UK and 4–8 in the EU. Express is faster everywhere.',
      },
      returns: {
        q: 'Can I return my phone?',
        a: 'Yes, within 30 days of delivery, for any reason, as long as it is complete and undamaged.',
      },
    },
    policiesHeading: 'Policies',
    policiesBody: 'The details behind every answer:',
    policyLinks: {
      shipping: 'Delivery times, costs and returns',
      warranty: 'Two years of cover and fixed-price repairs',
      privacy: 'What we store and how to delete it',
      terms: 'The rules for using the shop',
    },
  },
  contact: {
    title: 'Contact',
    heading: 'Contact us',
    intro: 'Tell us what you need. A person from our team replies by email within one business day.',
    name: 'Name',
    email: 'Email',
    topic: 'Topic',
    topicPlaceholder: 'Choose a topic',
    topics: {
      order: 'An order I placed',
      product: 'A product question',
      repair: 'Repair or warranty',
      other: 'Something else',
    },
    message: 'Message',
    messageHint: 'At least 10 characters. Include an order number if you have one.',
    submit: 'Send message',
    successHeading: 'Message sent',
    successBody: 'Thanks, {name}. We received your message on {date}.',
    reference: 'Your reference number is {id}. We reply to {email} within one business day.',
    another: 'Send another message',
  },
} as const;
