import type { MailWords } from './mail-words.js';

/** The shop's email in German (Sie; the glossary of client/src/i18n/de.ts) ([LANG4]). */
export const de: MailWords = {
  layout: { footer: 'VisionX · Sie erhalten diese E-Mail wegen Ihres Kontos oder einer Bestellung im VisionX Shop.' },
  welcome: {
    subject: 'Willkommen bei VisionX',
    preheader: 'Ihr Konto ist bereit: Bestellungen, Reparaturen und Support-Chats an einem Ort.',
    heading: (name) => `Willkommen, ${name}`,
    ready:
      'Ihr VisionX-Konto ist bereit. Ihre Bestellungen, Reparaturen und Support-Chats begleiten Sie jetzt auf jedem Gerät.',
    verifySent: 'Wir haben Ihnen eine zweite E-Mail mit einem Link zur Bestätigung Ihrer Adresse geschickt.',
    button: 'Jetzt einkaufen',
    manage: (url) => `Ihr Konto verwalten Sie unter ${url}.`,
  },
  verify: {
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
    preheader: (email) => `Bestätigen Sie ${email} für Ihr VisionX-Konto.`,
    heading: 'Bestätigen Sie Ihre E-Mail-Adresse',
    body: (name, email) => `Hallo ${name}, bitte bestätigen Sie, dass ${email} die Adresse Ihres VisionX-Kontos ist.`,
    button: 'E-Mail bestätigen',
    small:
      'Der Link funktioniert einmal und 48 Stunden lang. Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren.',
  },
  reset: {
    subject: 'Setzen Sie Ihr VisionX-Passwort zurück',
    preheader: (minutes) => `Dieser Link funktioniert einmal und ${minutes} Minuten lang.`,
    heading: 'Passwort zurücksetzen',
    body: (name) =>
      `Hallo ${name}, jemand (hoffentlich Sie) hat angefordert, das Passwort Ihres VisionX-Kontos zurückzusetzen.`,
    button: 'Neues Passwort festlegen',
    once: (minutes) =>
      `Der Link funktioniert einmal und ${minutes} Minuten lang. Nach dem Zurücksetzen werden Sie auf allen Geräten abgemeldet.`,
    small: 'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
  },
  receipt: {
    subject: (number) => `Ihre VisionX-Bestellung ${number}`,
    preheader: (total) => `Vielen Dank: ${total} bezahlt. Wir schreiben Ihnen, sobald sie versandt ist.`,
    heading: 'Vielen Dank für Ihre Bestellung',
    paid: (number) =>
      `Die Bestellung ${number} ist bezahlt und an unser Lager übermittelt. Wir schreiben Ihnen wieder, sobald sie versandt ist.`,
    subtotal: 'Zwischensumme',
    discount: (code) => `Rabatt${code ? ` (${code})` : ''}`,
    shipping: 'Versand',
    free: 'Kostenlos',
    tax: 'Steuer',
    total: 'Gesamtsumme',
    deliveryTo: (address) => `Lieferung an: ${address}`,
    button: 'Bestellung ansehen',
    questions:
      'Fragen zu Ihrer Bestellung? Schreiben Sie uns im Chat auf unserer Website oder an hello@visionx.example.',
    storage: (gb) => (gb >= 1024 ? `${gb / 1024} TB` : `${gb} GB`),
  },
  shipped: {
    subject: (number) => `Ihre VisionX-Bestellung ${number} wurde versandt`,
    preheader: (days) => `Sie ist unterwegs: Lieferung voraussichtlich innerhalb von ${days}.`,
    heading: 'Ihre Bestellung ist unterwegs',
    body: (number, method, days) =>
      `Die Bestellung ${number} hat unser Lager verlassen (${method}). Sie erhalten sie voraussichtlich innerhalb von ${days}.`,
    method: { standard: 'Standardversand', express: 'Expressversand' },
    days: (range) => `${range} Werktagen`,
  },
  delivered: {
    subject: (number) => `Ihre VisionX-Bestellung ${number} wurde zugestellt`,
    preheader: 'Viel Freude damit! Rücksendungen sind 30 Tage lang kostenlos.',
    heading: 'Zugestellt',
    body: (number) => `Die Bestellung ${number} wurde zugestellt. Wir wünschen Ihnen viel Freude damit.`,
    returns:
      'Stimmt etwas nicht? Sie können sie innerhalb von 30 Tagen zurücksenden: Starten Sie auf der Bestellseite.',
  },
  trackOrder: 'Bestellung verfolgen',
  staffReply: {
    subject: (staff) => `${staff} von VisionX hat Ihnen geantwortet`,
    heading: 'Sie haben eine Antwort',
    intro: (staff) => `${staff} vom VisionX-Support hat in Ihrer Unterhaltung geantwortet:`,
    button: 'Unterhaltung fortsetzen',
    small:
      'Solange Sie nicht da sind, schreiben wir Ihnen einmal; weitere Antworten warten in der Unterhaltung auf Sie.',
  },
  contactReply: {
    subject: 'Re: Ihre Nachricht an VisionX',
    heading: (name) => `Hallo ${name}`,
    signature: (staff) => `${staff}, VisionX-Support`,
    button: 'In der Unterhaltung antworten',
    small:
      'Sie haben uns über das Kontaktformular auf unserer Website geschrieben. Antworten auf diese E-Mail erreichen uns nicht; nutzen Sie den Link oben oder schreiben Sie uns erneut.',
  },
  transcript: {
    subject: (title) => `Ihre Unterhaltung mit VisionX: ${title}`,
    preheader: (count) => `${count} ${count === 1 ? 'Nachricht' : 'Nachrichten'}, wie gewünscht.`,
    heading: 'Ihre Unterhaltung mit VisionX',
    untitled: 'Unterhaltung',
    you: 'Sie',
    assistant: 'VisionX-Assistent',
    staff: (name) => (name ? `${name} von VisionX` : 'VisionX-Team'),
    button: 'Unterhaltung fortsetzen',
  },
};
