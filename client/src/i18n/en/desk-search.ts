/** The staff desk's search, the shopper's past conversations, and the contact-form and callback badges. */
export const deskSearch = {
  deskSearch: {
    label: 'Search conversations',
    placeholder: 'Words, a name, an email or VX-…',
    submit: 'Search',
    clear: 'Clear search',
    results: 'Search results',
    searching: 'Searching…',
    found: { one: '{count} conversation found', other: '{count} conversations found' },
    shownMore: { one: '{count} conversation shown, more to load', other: '{count} conversations shown, more to load' },
    empty: 'No conversation matches “{q}”.',
    more: 'Load more',
    matched: {
      message: 'Message',
      name: 'Name',
      email: 'Email',
      contact: 'Contact form',
      order: 'Order',
    },
    matchedLabel: 'Matched: {fields}',
    order: 'Order {number}: {status}',
    history: {
      heading: 'Past conversations',
      empty: 'No other conversations.',
      untitled: 'Untitled conversation',
      meta: '{status} · {date}',
    },
    intake: {
      contactForm: 'Contact form',
      callback: 'Callback requested · {email}',
      callbackNoAddress: 'Callback requested · no address',
      emailed: 'Your replies are emailed to {email}',
    },
  },
} as const;
