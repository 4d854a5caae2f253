/** The staff desk's search, the shopper's past conversations, and the contact-form and callback badges. */
export const deskSearch = {
  deskSearch: {
    label: 'Unterhaltungen durchsuchen',
    placeholder: 'Wörter, Name, E-Mail oder VX-…',
    submit: 'Suchen',
    clear: 'Suche löschen',
    results: 'Suchergebnisse',
    searching: 'Suche läuft …',
    found: { one: '{count} Unterhaltung gefunden', other: '{count} Unterhaltungen gefunden' },
    shownMore: {
      one: '{count} Unterhaltung angezeigt, weitere können geladen werden',
      other: '{count} Unterhaltungen angezeigt, weitere können geladen werden',
    },
    empty: 'Keine Unterhaltung passt zu „{q}“.',
    more: 'Mehr laden',
    matched: {
      message: 'Nachricht',
      name: 'Name',
      email: 'E-Mail',
      contact: 'Kontaktformular',
      order: 'Bestellung',
    },
    matchedLabel: 'Treffer in: {fields}',
    order: 'Bestellung {number}: {status}',
    history: {
      heading: 'Frühere Unterhaltungen',
      empty: 'Keine weiteren Unterhaltungen.',
      untitled: 'Unterhaltung ohne Titel',
      meta: '{status} · {date}',
    },
    intake: {
      contactForm: 'Kontaktformular',
      callback: 'Rückruf gewünscht · {email}',
      callbackNoAddress: 'Rückruf gewünscht · keine Adresse',
      emailed: 'Ihre Antworten werden per E-Mail an {email} gesendet',
    },
  },
};
