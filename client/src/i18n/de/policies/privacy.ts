import type { PolicyDoc } from '../../policies.js';

export const policy: PolicyDoc = {
  title: 'Datenschutz',
  updated: '2025-01-15',
  summary:
    'Wir erheben die Daten, die wir brauchen, um Ihnen ein Smartphone zu verkaufen, es zu liefern und Ihnen bei Fragen dazu zu helfen. Wir verkaufen Ihre Daten nicht, wir setzen keine Werbe-Tracker ein, und Sie können Ihre Daten jederzeit auf Ihrer Kontoseite exportieren oder löschen.',
  sections: [
    {
      id: 'who',
      heading: 'Verantwortlicher',
      blocks: [
        'VisionX ist für die hier beschriebenen personenbezogenen Daten verantwortlich. Fragen zum Datenschutz richten Sie bitte an privacy@visionx.example. Wir antworten innerhalb von 30 Tagen, meist deutlich früher.',
      ],
    },
    {
      id: 'what',
      heading: 'Was wir speichern',
      blocks: [
        {
          list: [
            'Konto: Ihre E-Mail-Adresse, Ihren Namen, das Datum Ihrer Registrierung und Ihr Passwort. Das Passwort speichern wir nur als bcrypt-Hash; niemand bei VisionX kann es lesen.',
            'Sitzungen: eine zufällige Sitzungskennung sowie wann die Sitzung begonnen hat, wann sie zuletzt genutzt wurde, wann sie abläuft und ob sie beendet wurde. Diese Angaben speichern wir, damit Sie angemeldet bleiben und damit eine Sitzung überall beendet wird, wenn Sie sich abmelden oder Ihr Passwort ändern.',
            'Warenkorb und Bestellungen: die Artikel, Preise, Lieferadresse, Lieferstatus und den Verlauf jeder Bestellung. Von Zahlungen speichern wir nur die Kartenmarke und die letzten vier Ziffern; die vollständige Kartennummer und die Prüfnummer werden nie gespeichert.',
            'Chats: die Nachrichten, die Sie mit unserem Einkaufsassistenten und unserem Support-Team austauschen, einschließlich der Angabe, welches Teammitglied geantwortet hat.',
            'Kontaktnachrichten: was Sie über die Kontaktseite senden, mit dem Namen und der E-Mail-Adresse, die Sie angeben.',
          ],
        },
        'Wir erheben weder Ihren Standort noch Ihre Kontakte noch Daten von anderen Websites.',
      ],
    },
    {
      id: 'cookies',
      heading: 'Cookies',
      blocks: [
        'Wir verwenden ein einziges, technisch notwendiges Cookie. Es enthält einen verschlüsselten Verweis auf Ihre Sitzung, damit der Shop Ihren Warenkorb behalten und erkennen kann, ob Sie angemeldet sind. Auch Besucher, die nicht angemeldet sind, erhalten eine Gastsitzung, damit ihr Warenkorb ein Neuladen der Seite übersteht.',
        'Wir verwenden keine Werbe-Cookies, keine Analysedienste von Drittanbietern und keine Social-Media-Tracker. Deshalb gibt es auch kein Cookie-Banner, das Sie wegklicken müssten.',
      ],
    },
    {
      id: 'why',
      heading: 'Wofür wir die Daten verwenden',
      blocks: [
        {
          list: [
            'Um zu verkaufen und zu liefern, was Sie bestellen, und um Rückgaben und Garantiefälle abzuwickeln (erforderlich für die Erfüllung unseres Vertrags mit Ihnen).',
            'Um Ihr Konto zu schützen, Betrug zu erkennen und Missbrauch wie wiederholte fehlgeschlagene Anmeldeversuche einzudämmen (unser berechtigtes Interesse an einem sicheren Shop).',
            'Um Bestell- und Rechnungsunterlagen so lange aufzubewahren, wie es das Steuerrecht vorschreibt (eine rechtliche Verpflichtung).',
            'Um Ihre Fragen im Chat und per E-Mail zu beantworten (erforderlich für die Erfüllung unseres Vertrags oder, solange Sie noch nicht Kunde sind, unser berechtigtes Interesse).',
          ],
        },
      ],
    },
    {
      id: 'assistant',
      heading: 'Der Einkaufsassistent',
      blocks: [
        'Unser Einkaufsassistent läuft standardmäßig auf unseren eigenen Servern. Wo wir für die Antwort einen externen Anbieter von Sprachmodellen nutzen, übermitteln wir nur die Unterhaltung und die für die Antwort nötigen Produktinformationen, und zwar auf Grundlage eines Auftragsverarbeitungsvertrags, der dem Anbieter untersagt, die Daten zum Training seiner Modelle zu verwenden.',
        'Ein Mitglied unseres Support-Teams kann eine Unterhaltung lesen und übernehmen, damit ein Mensch helfen kann, wenn der Assistent nicht weiterweiß.',
      ],
    },
    {
      id: 'sharing',
      heading: 'An wen wir Daten weitergeben',
      blocks: [
        'Wir geben Daten nur an die Unternehmen weiter, die uns beim Betrieb des Shops helfen: unseren Zahlungsdienstleister (für die Zahlung), unsere Versanddienstleister (Ihren Namen, Ihre Adresse und Telefonnummer, für die Zustellung) und unseren Hosting-Anbieter. Jeder von ihnen darf die Daten nur in unserem Auftrag verwenden. Wir verkaufen oder vermieten niemals personenbezogene Daten.',
      ],
    },
    {
      id: 'retention',
      heading: 'Wie lange wir Daten speichern',
      blocks: [
        {
          list: [
            'Angemeldete Sitzungen enden nach 7 Tagen ohne Nutzung und spätestens nach 30 Tagen. Sitzungsdaten werden 30 Tage nach dem Ende der Sitzung gelöscht.',
            'Warenkörbe und Chats von Gästen werden 30 Tage nach dem Ende der Gastsitzung gelöscht.',
            'Chats und Kontaktnachrichten werden 12 Monate lang aufbewahrt und danach gelöscht.',
            'Ihr Konto bleibt bestehen, bis Sie es löschen.',
            'Bestellunterlagen werden 7 Jahre lang aufbewahrt, weil das Steuerrecht es vorschreibt. Wenn Sie Ihr Konto löschen, entfernen wir daraus Ihren Namen und Ihre E-Mail-Adresse.',
          ],
        },
      ],
    },
    {
      id: 'rights',
      heading: 'Ihre Rechte: Export und Löschung',
      blocks: [
        'Sie können Ihre Daten selbst einsehen, exportieren und löschen, ohne uns fragen zu müssen:',
        {
          list: [
            'Export: Auf Ihrer Kontoseite lädt „Meine Daten exportieren“ alles, was wir über Sie speichern (Konto, Sitzungen, Bestellungen und Chats), als JSON-Datei herunter.',
            'Löschung: Auf Ihrer Kontoseite entfernt „Konto löschen“ Ihr Konto, Ihre Sitzungen, Ihren Warenkorb und Ihre Chats auf einmal und meldet Sie auf allen Geräten ab.',
            'Berichtigung: Schreiben Sie uns, und wir korrigieren jede falsche Angabe.',
          ],
        },
        'Sie haben außerdem das Recht, einer Verarbeitung auf Grundlage unseres berechtigten Interesses zu widersprechen und sich bei Ihrer Datenschutz-Aufsichtsbehörde zu beschweren. Wir würden uns freuen, wenn Sie uns zuerst die Gelegenheit geben, das Problem zu beheben.',
      ],
    },
    {
      id: 'security',
      heading: 'Sicherheit',
      blocks: [
        'Die gesamte Datenübertragung ist mit TLS verschlüsselt. Passwörter werden gehasht, Sitzungen lassen sich von überall aus beenden, und eine Änderung Ihres Passworts meldet alle anderen Geräte ab. Unser Team sieht Kundendaten nur, wenn es sie braucht, um Ihnen zu helfen.',
      ],
    },
    {
      id: 'children',
      heading: 'Kinder',
      blocks: [
        'Der Shop richtet sich nicht an Kinder unter 16 Jahren, und wir erheben wissentlich keine Daten von ihnen. Wenn Sie glauben, dass ein Kind ein Konto erstellt hat, kontaktieren Sie uns, und wir löschen es.',
      ],
    },
    {
      id: 'changes',
      heading: 'Änderungen dieser Datenschutzerklärung',
      blocks: [
        'Wenn wir diese Datenschutzerklärung ändern, aktualisieren wir das Datum oben. Betrifft eine Änderung die Verwendung von Daten, die Sie uns bereits gegeben haben, informieren wir Sie per E-Mail, bevor sie in Kraft tritt.',
      ],
    },
  ],
};
