/** UI chrome shared by every page: layout, navigation, connection state (error words: errors.ts). */
export const common = {
  app: {
    name: 'VisionX',
    pageTitle: '{page} · VisionX',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
    dismiss: 'Schließen',
  },
  nav: {
    label: 'Hauptmenü',
    shop: 'Shop',
    support: 'Hilfe',
    about: 'Über uns',
    contact: 'Kontakt',
    menu: 'Menü',
  },
  logo: {
    home: 'VisionX-Startseite',
  },
  search: {
    label: 'Produkte suchen',
    placeholder: 'Im Shop suchen',
    submit: 'Suchen',
    suggestions: 'Vorschläge',
    suggestionCount: {
      one: '{count} Vorschlag. Mit den Pfeiltasten nach oben und unten auswählen.',
      other: '{count} Vorschläge. Mit den Pfeiltasten nach oben und unten auswählen.',
    },
  },
  accountMenu: {
    label: 'Konto',
    signIn: 'Anmelden',
    register: 'Konto erstellen',
    account: 'Konto',
    signOut: 'Abmelden',
    signedInAs: 'Angemeldet als',
    signOutFailed: 'Die Abmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.',
  },
  footer: {
    language: 'Sprache',
    tagline: 'Smartphones, die Sie öffnen, reparieren und behalten können. Offen entwickelt, zum Reparieren gebaut.',
    policies: 'Rechtliches',
    help: 'Fragen? Schreiben Sie uns an {email}.',
    email: 'hello@visionx.example',
    orders: 'Bestellungen verfolgen',
    copyright: '© {year} VisionX. Reparierbarkeit inklusive.',
  },
  policies: {
    shipping: 'Versand & Rückgabe',
    warranty: 'Garantie',
    privacy: 'Datenschutz',
    terms: 'AGB',
    updated: 'Stand: {date}',
    contents: 'Auf dieser Seite',
    loadFailed:
      'Diese Seite konnte nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung und laden Sie die Seite neu.',
  },
  connection: {
    connecting: 'Verbindung wird hergestellt …',
    reconnecting: 'Verbindung wird wiederhergestellt …',
    offline: 'Sie sind offline. Sobald Sie wieder online sind, stellen wir die Verbindung automatisch wieder her.',
    refused: {
      rate_limited:
        'Es sind zu viele VisionX-Tabs geöffnet. Schließen Sie einige davon, dann verbindet sich dieser Tab von selbst neu.',
    },
  },
  form: {
    fixFields: 'Bitte korrigieren Sie die markierten Felder.',
    required: 'Pflichtfeld',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    heading: 'Seite nicht gefunden',
    body: 'Diese Seite konnte nicht gefunden werden. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.',
    home: 'Zur Startseite',
  },
};
