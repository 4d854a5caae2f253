/**
 * Words for invalid fields: one per field code of shared/field-errors.ts, and per field where its
 * words differ. Part of the one table of error words (errors.ts).
 */
export const fieldErrors = {
  fieldErrors: {
    /** One per field code of shared/field-errors.ts, for any field without words of its own. */
    codes: {
      required: 'Bitte füllen Sie dieses Feld aus.',
      too_short: 'Geben Sie mindestens {minimum} Zeichen ein.',
      too_long: 'Geben Sie höchstens {maximum} Zeichen ein.',
      too_small: 'Geben Sie {minimum} oder mehr ein.',
      too_big: 'Geben Sie {maximum} oder weniger ein.',
      too_few: 'Wählen Sie mindestens {minimum} aus.',
      too_many: 'Wählen Sie höchstens {maximum} aus.',
      not_integer: 'Geben Sie eine ganze Zahl ein.',
      invalid_email: 'Geben Sie eine gültige E-Mail-Adresse ein.',
      invalid_format: 'Bitte prüfen Sie das Format dieses Felds.',
      invalid_choice: 'Wählen Sie eine der Optionen aus.',
      not_allowed: 'Dieses Feld ist nicht zulässig.',
      invalid: 'Dieser Wert ist ungültig.',
      bad_characters: 'Die Eingabe enthält unzulässige Zeichen.',
      html_not_allowed: 'Verwenden Sie reinen Text ohne HTML.',
      one_line: 'Bitte verwenden Sie nur eine Zeile.',
      too_many_bytes: 'Geben Sie höchstens {maximum} Byte ein.',
      same_password: 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
      passwords_differ: 'Die beiden Passwörter stimmen nicht überein.',
      price_range: 'Der Höchstpreis darf nicht unter dem Mindestpreis liegen.',
      postal_code: 'Geben Sie eine Postleitzahl im Format {example} ein.',
      region_letters: 'Geben Sie die Region mit zwei Buchstaben ein.',
      no_words: 'Geben Sie ein Wort, einen Namen, eine E-Mail-Adresse oder eine Bestellnummer ein.',
      common_password: 'Dieses Passwort ist zu gängig. Wählen Sie eines, das schwerer zu erraten ist.',
      email_taken: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Versuchen Sie, sich anzumelden.',
      wrong_password: 'Ihr Passwort ist falsch.',
      wrong_code: 'Dieser Code stimmt nicht. Prüfen Sie Ihre Authenticator-App und versuchen Sie es erneut.',
      code_used: 'Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten in Ihrer Authenticator-App.',
      totp_only: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
      card_invalid: 'Die Kartennummer ist ungültig.',
      card_expired: 'Die Karte ist abgelaufen.',
      cvc_invalid: 'Die Prüfnummer ist ungültig.',
      card_declined: 'Die Karte wurde abgelehnt.',
      insufficient_funds: 'Die Karte hat keine ausreichende Deckung.',
      out_of_stock: 'Dieser Artikel ist ausverkauft.',
      stock_limit: 'Nur noch {stock} auf Lager.',
      not_of_product: 'Keine Bewertung dieses Produkts.',
      unknown_variable: '„{variable}“ ist keine Variable, die Textbausteine kennen. Prüfen Sie die Schreibweise.',
      not_in_future: 'Wählen Sie einen Zeitpunkt in der Zukunft.',
      too_far_ahead: 'Wählen Sie einen Zeitpunkt, der höchstens {maximum} Tage in der Zukunft liegt.',
    },
    /**
     * A field's own words for a code, by the field's path (list indexes left out). Where a code's
     * words depend on its `format` or `country`, they are split by it.
     */
    fields: {
      email: {
        required: 'Geben Sie Ihre E-Mail-Adresse ein.',
        too_long: 'Die E-Mail-Adresse darf höchstens {maximum} Zeichen lang sein.',
      },
      name: {
        required: 'Geben Sie Ihren Namen ein.',
        too_long: 'Der Name darf höchstens {maximum} Zeichen lang sein.',
        bad_characters: 'Der Name enthält unzulässige Zeichen.',
      },
      password: {
        required: 'Geben Sie Ihr Passwort ein.',
        too_short: 'Das Passwort muss mindestens {minimum} Zeichen lang sein.',
        too_long: 'Das Passwort darf höchstens {maximum} Zeichen lang sein.',
        too_many_bytes: 'Das Passwort darf höchstens {maximum} Byte lang sein.',
      },
      currentPassword: {
        required: 'Geben Sie Ihr Passwort ein.',
        too_long: 'Das Passwort ist zu lang.',
      },
      newPassword: {
        required: 'Geben Sie ein Passwort ein.',
        too_short: 'Das Passwort muss mindestens {minimum} Zeichen lang sein.',
        too_long: 'Das Passwort darf höchstens {maximum} Zeichen lang sein.',
        too_many_bytes: 'Das Passwort darf höchstens {maximum} Byte lang sein.',
      },
      code: {
        required: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.',
        too_long: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.',
        invalid_format: {
          totp: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
          one_time_code:
            'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.',
        },
      },
      pendingToken: {
        required: 'Bitte melden Sie sich erneut an.',
        invalid_format: 'Bitte melden Sie sich erneut an.',
      },
      variantId: { required: 'Wählen Sie eine Produktvariante.' },
      quantity: {
        required: 'Geben Sie eine Menge ein.',
        not_integer: 'Die Menge muss eine ganze Zahl sein.',
        too_small: 'Die Menge muss mindestens {minimum} betragen.',
        too_big: 'Sie können von jedem Artikel höchstens {maximum} Stück hinzufügen.',
      },
      slug: { invalid_format: 'Keine gültige Produktadresse.' },
      q: {
        required: 'Geben Sie einen Suchbegriff ein.',
        too_long: 'Der Suchtext darf höchstens {maximum} Zeichen lang sein.',
      },
      minPrice: {
        not_integer: 'Preise werden in ganzen Cent angegeben.',
        too_small: 'Preise dürfen nicht negativ sein.',
      },
      maxPrice: {
        not_integer: 'Preise werden in ganzen Cent angegeben.',
        too_small: 'Preise dürfen nicht negativ sein.',
      },
      sort: { invalid_choice: 'Unbekannte Sortierung.' },
      page: { too_small: 'Die Seitenzählung beginnt bei {minimum}.' },
      ignore: { invalid_choice: 'Unbekannte Art von Suchfilter.' },
      chatId: { required: 'Wählen Sie eine Unterhaltung.' },
      text: {
        required: 'Geben Sie eine Nachricht ein.',
        too_long: 'Nachrichten dürfen höchstens {maximum} Zeichen lang sein.',
        bad_characters: 'Die Nachricht enthält unzulässige Zeichen.',
      },
      clientId: {
        required: 'Eine Nachricht braucht ihre Client-ID.',
        invalid_format: 'Eine Nachricht braucht ihre Client-ID.',
      },
      department: { invalid_choice: 'Wählen Sie Verkauf, Technischer Support oder Kundenservice.' },
      phone: {
        required: 'Geben Sie eine Telefonnummer ein.',
        invalid_format: 'Geben Sie eine Telefonnummer mit Vorwahl ein.',
      },
      address: {
        name: {
          required: 'Geben Sie den Namen des Empfängers ein.',
          too_long: 'Der Name des Empfängers darf höchstens {maximum} Zeichen lang sein.',
        },
        line1: {
          required: 'Geben Sie Straße und Hausnummer ein.',
          too_long: 'Straße und Hausnummer dürfen höchstens {maximum} Zeichen lang sein.',
        },
        line2: { too_long: 'Der Adresszusatz darf höchstens {maximum} Zeichen lang sein.' },
        city: {
          required: 'Geben Sie den Ort ein.',
          too_long: 'Der Ort darf höchstens {maximum} Zeichen lang sein.',
        },
        region: {
          region_letters: {
            US: 'Geben Sie den Bundesstaat mit zwei Buchstaben ein.',
            CA: 'Geben Sie die Provinz mit zwei Buchstaben ein.',
          },
        },
        postalCode: {
          required: 'Geben Sie eine Postleitzahl ein.',
          too_long: 'Postleitzahlen haben höchstens {maximum} Zeichen.',
        },
        country: {
          invalid_choice:
            'Wir liefern in die USA, nach Kanada, ins Vereinigte Königreich, nach Deutschland und Frankreich.',
        },
      },
      shippingMethod: { invalid_choice: 'Wählen Sie eine Versandart.' },
      card: {
        number: {
          required: 'Geben Sie die Kartennummer ein.',
          invalid_format: 'Geben Sie die Kartennummer so ein, wie sie auf der Karte steht.',
        },
        expiry: {
          required: 'Geben Sie das Ablaufdatum ein.',
          invalid_format: 'Geben Sie das Ablaufdatum im Format MM/JJ ein.',
        },
        cvc: {
          required: 'Geben Sie die Prüfnummer ein.',
          invalid_format: 'Geben Sie die 3 oder 4 Ziffern auf der Karte ein.',
        },
        name: {
          required: 'Geben Sie den Namen auf der Karte ein.',
          too_long: 'Der Name auf der Karte darf höchstens {maximum} Zeichen lang sein.',
        },
      },
      idempotencyKey: {
        required: 'Die Kennung des Bestellvorgangs fehlt.',
        invalid_format: 'Die Kennung des Bestellvorgangs fehlt.',
      },
      topic: { invalid_choice: 'Wählen Sie ein Thema.' },
      message: {
        required: 'Schreiben Sie eine Nachricht.',
        too_short: 'Schreiben Sie mindestens {minimum} Zeichen.',
        too_long: 'Schreiben Sie höchstens {maximum} Zeichen.',
      },
      number: { invalid_format: 'Das ist keine VisionX-Bestellnummer.' },
      note: { too_long: 'Die Notiz darf höchstens {maximum} Zeichen lang sein.' },
      resolution: {
        required: 'Geben Sie an, wie das Anliegen gelöst wurde.',
        too_long: 'Die Notiz darf höchstens {maximum} Zeichen lang sein.',
      },
      productId: { required: 'Wählen Sie ein Produkt.' },
      rating: {
        required: 'Wählen Sie eine Bewertung von 1 bis 5 Sternen.',
        not_integer: 'Wählen Sie eine ganze Anzahl von Sternen.',
        too_small: 'Wählen Sie eine Bewertung von 1 bis 5 Sternen.',
        too_big: 'Wählen Sie eine Bewertung von 1 bis 5 Sternen.',
      },
      title: {
        required: 'Der Titel muss Text sein.',
        too_long: 'Der Titel darf höchstens {maximum} Zeichen lang sein.',
        bad_characters: 'Der Titel enthält unzulässige Zeichen.',
        html_not_allowed: 'Der Titel muss reiner Text ohne HTML sein.',
        one_line: 'Der Titel darf nur eine Zeile lang sein.',
      },
      body: {
        required: 'Schreiben Sie Ihre Bewertung.',
        too_long: 'Ihre Bewertung darf höchstens {maximum} Zeichen lang sein.',
        too_short: 'Schreiben Sie mindestens {minimum} Zeichen.',
        bad_characters: 'Ihre Bewertung enthält unzulässige Zeichen.',
        html_not_allowed: 'Ihre Bewertung muss reiner Text ohne HTML sein.',
      },
    },
  },
};
