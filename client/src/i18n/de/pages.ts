/** Home, Support and Contact (the Shop's strings are in catalog.ts). */
export const pages = {
  home: {
    title: 'Ihr Smartphone für immer',
    heading: 'Ihr Smartphone für immer',
    lead: 'Ihr Smartphone',
    // Typed one after another after the lead; the last one completes the heading.
    words: { future: 'für morgen', companion: 'zum Behalten', life: 'fürs Leben', phone: 'für immer' },
    intro:
      'Ein Smartphone zum Öffnen, Reparieren und Aufrüsten – nicht zum Wegwerfen. Tauschen Sie den Akku in zwei Minuten, rüsten Sie die Kamera auf, wann Sie möchten, und behalten Sie alles andere.',
    shopCta: 'Smartphones ansehen',
    supportCta: 'Support kontaktieren',
    valuesHeading: 'Gebaut für lange Zeit. Gemacht zum Reparieren.',
    values: {
      modular: {
        title: 'Modular',
        body: 'Akku, Kamera, Display, Lautsprecher und USB-C-Anschluss sind eigenständige Module, befestigt mit Standardschrauben. Rüsten Sie gezielt das Teil auf, das Ihnen wichtig ist, statt gleich das ganze Smartphone zu ersetzen.',
      },
      repairable: {
        title: 'Reparierbar',
        body: 'Jedes Modul lässt sich mit einem kleinen Kreuzschlitzschraubendreher ausbauen. Schritt-für-Schritt-Anleitungen, Ersatzteile zu Festpreisen und 2 Jahre Garantie, die auch beim Öffnen Ihres Smartphones bestehen bleibt.',
      },
      sustainable: {
        title: 'Nachhaltig',
        body: 'Ein Rahmen aus recyceltem Aluminium, plastikfreie Verpackung, Ersatzteile für mindestens sieben Jahre und ein Rücknahmeprogramm, bei dem jedes zurückgeschickte Modul wiederverwendet oder recycelt wird.',
      },
    },
    factsHeading: 'VisionX in Zahlen',
    facts: {
      battery: { value: '2 Min.', label: 'für einen Akkutausch' },
      parts: { value: '7 Jahre', label: 'Ersatzteile für jedes Modell' },
      warranty: { value: '2 Jahre', label: 'Garantie, Reparatur inklusive' },
    },
    helpHeading: 'Echte Antworten – sofort',
    helpBody:
      'Fragen zu einem Smartphone, einer Bestellung oder einer Reparatur? Unser Team antwortet innerhalb von Minuten, und bald berät Sie auch ein Einkaufsassistent in Echtzeit.',
    helpCta: 'Unserem Team schreiben',
    featuredHeading: 'Unsere Empfehlungen',
    newestHeading: 'Unser neuestes Smartphone',
    newestCta: '{name} ansehen',
    allProducts: 'Alle Produkte ansehen',
  },
  support: {
    title: 'Hilfe',
    heading: 'Hilfe',
    lead: 'Antworten in Sekunden – und echte Menschen, wenn Sie sie brauchen.',
    body: 'Unser Assistent beantwortet Fragen zu Smartphones, Bestellungen, Rücksendungen und Reparaturen sofort – auf Grundlage der aktuellen Shop-Preise und Ihrer tatsächlichen Bestellungen – und holt auf Wunsch jederzeit jemanden aus unserem Support-Team dazu. Lieber per E-Mail? Schicken Sie uns eine Nachricht, und ein Mensch aus unserem Team antwortet innerhalb eines Werktags.',
    contactCta: 'Nachricht senden',
    faqHeading: 'Häufige Fragen',
    faq: {
      battery: {
        q: 'Wie tausche ich den Akku?',
        a: 'Schalten Sie das Smartphone aus, lösen Sie die Schrauben der Rückseite (je nach Modell fünf bis zehn) mit einem kleinen Kreuzschlitzschraubendreher (PH00; PH0 für Vision X Terra), heben Sie den Akku an seiner Lasche heraus und setzen Sie den neuen ein, bis er einrastet. Das dauert etwa fünf Minuten.',
      },
      warranty: {
        q: 'Verliere ich die Garantie, wenn ich mein Smartphone öffne?',
        a: 'Nein. Genau dafür ist Ihr VisionX gemacht: zum Öffnen und zum Tauschen von Modulen. Die 2-jährige Garantie deckt Mängel weiterhin ab; nur Schäden, die bei einer Reparatur entstehen, sind nicht abgedeckt.',
      },
      shipping: {
        q: 'Wie lange dauert die Lieferung?',
        a: 'Der Standardversand dauert 3–5 Werktage in die USA, 5–8 nach Kanada, 3–5 ins Vereinigte Königreich und 4–8 in die EU. Expressversand ist überall schneller.',
      },
      returns: {
        q: 'Kann ich mein Smartphone zurückgeben?',
        a: 'Ja, innerhalb von 30 Tagen nach der Lieferung und ohne Angabe von Gründen, sofern es vollständig und unbeschädigt ist.',
      },
    },
    policiesHeading: 'Rechtliches',
    policiesBody: 'Alle Details zu diesen Antworten:',
    policyLinks: {
      shipping: 'Lieferzeiten, Versandkosten und Rückgabe',
      warranty: 'Zwei Jahre Garantie und Reparaturen zum Festpreis',
      privacy: 'Was wir speichern und wie Sie es löschen können',
      terms: 'Die Regeln für die Nutzung des Shops',
    },
  },
  contact: {
    title: 'Kontakt',
    heading: 'Kontaktieren Sie uns',
    intro: 'Sagen Sie uns, worum es geht. Jemand aus unserem Team antwortet Ihnen innerhalb eines Werktags per E-Mail.',
    name: 'Name',
    email: 'E-Mail',
    topic: 'Thema',
    topicPlaceholder: 'Thema auswählen',
    topics: {
      order: 'Meine Bestellung',
      product: 'Frage zu einem Produkt',
      repair: 'Reparatur oder Garantie',
      other: 'Sonstiges',
    },
    message: 'Nachricht',
    messageHint: 'Mindestens 10 Zeichen. Geben Sie eine Bestellnummer an, falls Sie eine haben.',
    submit: 'Nachricht senden',
    successHeading: 'Nachricht gesendet',
    successBody: 'Danke, {name}. Ihre Nachricht ist am {date} bei uns eingegangen.',
    reference: 'Ihre Referenznummer lautet {id}. Wir antworten Ihnen innerhalb eines Werktags an {email}.',
    another: 'Weitere Nachricht senden',
  },
};
