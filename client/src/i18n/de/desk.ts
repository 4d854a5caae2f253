/** The desk's own shell at /staff: top bar, panes, keyboard shortcuts, tab title, notifications. */
export const desk = {
  desk: {
    app: 'VisionX Desk',
    // The same link at phone widths, where the top bar's first row has room for little else.
    appShort: 'Desk',
    dashboard: 'Übersicht',
    signedInAs: 'Angemeldet als',
    signOut: 'Abmelden',
    signOutFailed: 'Die Abmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.',
    title: { app: 'VisionX Desk', waiting: { one: '{count} wartet', other: '{count} warten' } },
    connection: {
      connecting: 'Verbindung wird hergestellt …',
      connected: 'Verbunden',
      reconnecting: 'Verbindung wird wiederhergestellt …',
      offline: 'Offline',
    },
    panes: {
      customer: 'Kunde',
      customerBack: 'Zurück zur Unterhaltung',
      customerHeading: 'Kunde',
    },
    notify: {
      button: 'Desktop-Benachrichtigungen',
      on: 'an',
      off: 'aus',
      blocked: 'blockiert',
      unsupported: 'nicht verfügbar',
      blockedHint:
        'Dieser Browser blockiert Benachrichtigungen von VisionX. Erlauben Sie sie in den Website-Einstellungen.',
      title: '{name} möchte mit einem Menschen sprechen',
    },
    keys: {
      button: 'Tastenkürzel',
      heading: 'Tastenkürzel',
      intro: 'Tastenkürzel funktionieren, solange Sie nicht in einem Feld schreiben.',
      dismiss: 'Schließen',
      next: { keys: 'j oder Alt+↓', does: 'Nächste Unterhaltung' },
      previous: { keys: 'k oder Alt+↑', does: 'Vorherige Unterhaltung' },
      reply: { keys: 'r', does: 'Antwort schreiben' },
      note: { keys: 'n', does: 'Interne Notiz schreiben' },
      take: { keys: 't', does: 'Unterhaltung übernehmen' },
      back: { keys: 'h', does: 'An den Assistenten zurückgeben' },
      close: { keys: 'c', does: 'Unterhaltung beenden' },
      search: { keys: '/', does: 'Unterhaltungen durchsuchen' },
      help: { keys: '?', does: 'Diese Tastenkürzel anzeigen' },
      escape: { keys: 'Esc', does: 'Feld verlassen; auf dem Smartphone einen Bereich zurück' },
    },
  },
};
