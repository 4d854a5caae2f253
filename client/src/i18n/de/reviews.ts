/** Ratings and reviews on the product page. */
export const reviews = {
  reviews: {
    heading: 'Kundenbewertungen',
    listHeading: 'Bewertungen',
    verified: 'Verifizierter Kauf',
    rated: 'Mit {rating} von 5 Sternen bewertet',
    postedOn: 'Veröffentlicht am {date}',
    none: 'Noch keine Bewertungen. Wer dieses Produkt erhalten hat, kann die erste schreiben.',
    showMore: 'Weitere Bewertungen anzeigen',
    write: {
      heading: 'Bewertung schreiben',
      checking: 'Wir prüfen, ob Sie dieses Produkt bewerten können …',
      postingAs:
        'Ihre Bewertung wird unter dem Namen {name} veröffentlicht und als „Verifizierter Kauf“ gekennzeichnet.',
      rating: 'Gesamtbewertung',
      star: { one: '{count} Stern', other: '{count} Sterne' },
      title: 'Titel',
      titleHint: 'Optional, bis zu {max} Zeichen.',
      review: 'Bewertungstext',
      counter: '{count} von {max} Zeichen (mindestens {min}).',
      submit: 'Bewertung absenden',
      thanks: 'Vielen Dank! Ihre Bewertung ist jetzt auf dieser Seite zu sehen.',
    },
    blocked: {
      'sign-in': 'Nur wer dieses Produkt erhalten hat, kann es bewerten.',
      'not-purchased': 'Nur wer dieses Produkt erhalten hat, kann es bewerten.',
      'not-delivered': 'Sie können dieses Produkt bewerten, sobald Ihre Bestellung zugestellt wurde.',
      'already-reviewed': 'Sie haben dieses Produkt bereits bewertet. Vielen Dank!',
    },
    signIn: 'Zum Bewerten anmelden',
  },
};
