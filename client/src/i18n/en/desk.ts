/** The desk's own shell at /staff: top bar, panes, keyboard shortcuts, tab title, notifications. */
export const desk = {
  desk: {
    app: 'VisionX Desk',
    // The same link at phone widths, where the top bar's first row has room for little else.
    appShort: 'Desk',
    dashboard: 'Dashboard',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signOutFailed: 'Signing out did not work. Try again.',
    title: { app: 'VisionX Desk', waiting: { one: '{count} waiting', other: '{count} waiting' } },
    connection: {
      connecting: 'Connecting…',
      connected: 'Connected',
      reconnecting: 'Reconnecting…',
      offline: 'Offline',
    },
    panes: {
      customer: 'Customer',
      customerBack: 'Back to conversation',
      customerHeading: 'Customer',
    },
    notify: {
      button: 'Desktop notifications',
      on: 'on',
      off: 'off',
      blocked: 'blocked',
      unsupported: 'not available',
      blockedHint: 'This browser blocks notifications from VisionX: allow them in the site settings.',
      title: '{name} asked for a person',
    },
    keys: {
      button: 'Keyboard shortcuts',
      heading: 'Keyboard shortcuts',
      intro: 'Shortcuts work when you are not typing in a field.',
      dismiss: 'Close',
      next: { keys: 'j or Alt+↓', does: 'Next conversation' },
      previous: { keys: 'k or Alt+↑', does: 'Previous conversation' },
      reply: { keys: 'r', does: 'Write a reply' },
      note: { keys: 'n', does: 'Write an internal note' },
      take: { keys: 't', does: 'Take over the conversation' },
      back: { keys: 'h', does: 'Hand back to the assistant' },
      close: { keys: 'c', does: 'Close the conversation' },
      search: { keys: '/', does: 'Search conversations' },
      help: { keys: '?', does: 'Show these shortcuts' },
      escape: { keys: 'Escape', does: 'Leave a field; on a phone, go back one pane' },
    },
  },
} as const;
