/** Discount codes: the checkout's code field and the desk's discounts page. */

/** Words for the discount reasons of shared/result.ts (spread into errors.reasons). */
export const discountReasons = {
  discount_unknown: 'Den Code {code} kennen wir nicht. Bitte prüfen Sie die Schreibweise.',
  discount_disabled: 'Der Code {code} ist nicht mehr gültig.',
  discount_expired: 'Der Code {code} ist abgelaufen.',
  discount_used_up: 'Der Code {code} wurde bereits so oft wie möglich eingelöst.',
  discount_below_minimum: 'Ihre Bestellung erreicht den Mindestbestellwert für den Code {code} nicht.',
  discount_code_taken: 'Den Rabattcode {code} gibt es bereits. Bitte wählen Sie einen anderen Code.',
  discount_tries_too_often:
    'Es wurden zu viele Codes ausprobiert. Bitte warten Sie einen Moment, bevor Sie einen weiteren Code eingeben.',
};

export const discounts = {
  discounts: {
    /** On the order page and the order list (the totals there are the discounted ones). */
    order: {
      line: 'Rabatt ({code})',
      listNote: 'Mit Code {code}',
    },
    field: {
      label: 'Rabattcode',
      apply: 'Einlösen',
      remove: 'Entfernen',
      /** The summary's line: "Code SAVE10". */
      summary: 'Code {code}',
      applied: 'Code {code} eingelöst: {amount} Rabatt.',
      removed: 'Code {code} entfernt.',
      /** With the minimum formatted, where the field can say it. */
      belowMinimum: 'Der Code {code} gilt erst ab einem Bestellwert von {minimum} vor Rabatt.',
      rechecking: 'Der Code wird für Ihren geänderten Warenkorb erneut geprüft …',
    },
    desk: {
      title: 'Rabattcodes',
      heading: 'Rabattcodes',
      back: 'Zurück zum Desk',
      link: 'Rabatte',
      create: {
        heading: 'Neuer Code',
        code: 'Code',
        codeHint:
          '3–32 Buchstaben, Ziffern oder Bindestriche; bei der Eingabe durch Kunden spielt Groß- und Kleinschreibung keine Rolle.',
        kind: 'Art',
        percent: 'Prozentrabatt',
        amount: 'Festbetrag',
        percentValue: 'Prozent (1–100)',
        amountValue: 'Betrag in US-Dollar',
        minimum: 'Mindestbestellwert (optional)',
        minimumHint: 'In US-Dollar: Die Zwischensumme vor Abzug des Rabatts muss diesen Wert erreichen.',
        expiry: 'Letzter Gültigkeitstag (optional)',
        expiryHint: 'Der Code gilt bis zum Ende dieses Tages.',
        limit: 'Nutzungslimit (optional)',
        limitHint: 'Wie oft der Code insgesamt eingelöst werden darf.',
        submit: 'Code erstellen',
        created: 'Code {code} erstellt.',
      },
      list: {
        heading: 'Codes',
        loading: 'Codes werden geladen …',
        empty: 'Noch keine Rabattcodes.',
        code: 'Code',
        gives: 'Rabatt',
        percentOff: '{value} % Rabatt',
        amountOff: '{amount} Rabatt',
        minimum: 'ab {amount}',
        used: 'Eingelöst',
        usedOf: '{used} von {limit}',
        usedNoLimit: '{used} (ohne Limit)',
        expires: 'Gültig bis',
        never: 'Unbefristet',
        status: 'Status',
        active: 'Aktiv',
        expired: 'Abgelaufen',
        usedUp: 'Aufgebraucht',
        disabled: 'Deaktiviert',
        disable: 'Deaktivieren',
        disableLabel: '{code} deaktivieren',
        disabledDone: 'Code {code} deaktiviert.',
      },
    },
  },
};
