/** UI chrome shared by every page: layout, navigation, connection state (error words: errors.ts). */
export const common = {
  app: {
    name: 'VisionX',
    pageTitle: '{page} · VisionX',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    dismiss: 'Dismiss',
  },
  nav: {
    label: 'Main',
    shop: 'Shop',
    support: 'Support',
    about: 'About',
    contact: 'Contact',
    menu: 'Menu',
  },
  logo: {
    home: 'VisionX home',
  },
  search: {
    label: 'Search products',
    placeholder: 'Search the shop',
    submit: 'Search',
    suggestions: 'Suggestions',
    suggestionCount: {
      one: '{count} suggestion. Use the up and down arrows to choose.',
      other: '{count} suggestions. Use the up and down arrows to choose.',
    },
  },
  accountMenu: {
    label: 'Account',
    signIn: 'Sign in',
    register: 'Create account',
    account: 'Account',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    signOutFailed: 'We could not sign you out. Please try again.',
  },
  footer: {
    language: 'Language',
    tagline: 'Phones you can open, fix and keep. Designed in the open, built to be repaired.',
    policies: 'Policies',
    help: 'Questions? Write to {email}.',
    email: 'hello@visionx.example',
    orders: 'Track your orders',
    copyright: '© {year} VisionX. Repair is a feature.',
  },
  policies: {
    shipping: 'Shipping & returns',
    warranty: 'Warranty',
    privacy: 'Privacy',
    terms: 'Terms',
    updated: 'Last updated {date}',
    contents: 'On this page',
    loadFailed: 'This policy could not be loaded. Check your connection and reload the page.',
  },
  connection: {
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    offline: 'You are offline. We will reconnect when you are back.',
    refused: {
      rate_limited: 'Too many VisionX tabs are open: close some and this one reconnects by itself.',
    },
  },
  form: {
    fixFields: 'Please correct the highlighted fields.',
    required: 'Required',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'We could not find that page. It may have moved, or the link may have a typo.',
    home: 'Go to the home page',
  },
} as const;
