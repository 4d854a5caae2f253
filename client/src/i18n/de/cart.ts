/** The cart drawer and the cart page. */
export const cart = {
  cart: {
    label: { one: 'Warenkorb, {count} Artikel', other: 'Warenkorb, {count} Artikel' },
    merged: {
      added: {
        one: 'Wir haben {count} Artikel, den Sie vor der Anmeldung hinzugefügt hatten, in Ihren Warenkorb übernommen.',
        other:
          'Wir haben {count} Artikel, die Sie vor der Anmeldung hinzugefügt hatten, in Ihren Warenkorb übernommen.',
      },
      capped: {
        one: 'Bei {count} Position wurde die Menge auf den Lagerbestand begrenzt.',
        other: 'Bei {count} Positionen wurde die Menge auf den Lagerbestand begrenzt.',
      },
    },
    heading: 'Warenkorb',
    pageTitle: 'Warenkorb',
    close: 'Warenkorb schließen',
    empty: 'Ihr Warenkorb ist leer.',
    emptyHint: 'Smartphones und Module, die Sie in den Warenkorb legen, erscheinen hier.',
    browse: 'Zum Shop',
    lines: 'Artikel in Ihrem Warenkorb',
    added: {
      one: '{count} × {name} in den Warenkorb gelegt.',
      other: '{count} × {name} in den Warenkorb gelegt.',
    },
    variant: '{colour}, {storage}',
    unitPrice: 'je {price}',
    quantity: 'Menge',
    decrease: 'Menge verringern',
    increase: 'Menge erhöhen',
    remove: 'Entfernen',
    onlyLeft: 'Nur noch {count} verfügbar',
    outOfStock: 'Derzeit ausverkauft. Entfernen Sie den Artikel, um zur Kasse zu gehen.',
    summary: 'Bestellübersicht',
    subtotal: 'Zwischensumme',
    shipping: 'Versand',
    shippingFree: 'Kostenlos',
    freeShippingFrom: 'Kostenloser Versand ab {amount}',
    taxEstimate: 'Voraussichtliche Steuer',
    taxNote: 'Die endgültige Steuer hängt von der Adresse ab, die Sie an der Kasse angeben.',
    total: 'Gesamtsumme',
    checkout: 'Zur Kasse',
    viewCart: 'Warenkorb ansehen',
    loading: 'Ihr Warenkorb wird geladen …',
  },
};
