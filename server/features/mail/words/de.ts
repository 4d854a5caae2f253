import type { MailWords } from './mail-words.js';

/** The shop's email in German (Sie; the glossary of client/src/i18n/de.ts) ([LANG4]). */
export const de: MailWords = {
  layout: {
    footer: 'VisionX · Sie erhalten diese E-Mail, weil Sie ein Konto im VisionX-Shop haben oder dort bestellt haben.',
  },
  welcome: {
    subject: 'Willkommen bei VisionX',
    preheader: 'Ihr Konto ist eingerichtet: Bestellungen, Reparaturen und Support-Chats an einem Ort.',
    heading: (name) => `Willkommen, ${name}`,
    ready:
      'Ihr VisionX-Konto ist eingerichtet. Ihre Bestellungen, Reparaturen und Support-Chats haben Sie ab jetzt auf jedem Gerät im Blick.',
    verifySent: 'Wir haben Ihnen eine zweite E-Mail mit einem Link zur Bestätigung Ihrer E-Mail-Adresse geschickt.',
    button: 'Jetzt einkaufen',
    manage: (url) => `Ihr Konto verwalten Sie unter ${url}.`,
  },
  verify: {
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    preheader: (email) => `Bestätigen Sie ${email} als Adresse Ihres VisionX-Kontos.`,
    heading: 'E-Mail-Adresse bestätigen',
    body: (name, email) =>
      `Hallo ${name}, bitte bestätigen Sie, dass ${email} die E-Mail-Adresse Ihres VisionX-Kontos ist.`,
    button: 'E-Mail-Adresse bestätigen',
    small:
      'Der Link ist 48 Stunden lang gültig und kann nur einmal verwendet werden. Falls Sie das nicht angefordert haben, können Sie diese E-Mail einfach ignorieren.',
  },
  reset: {
    subject: 'Ihr VisionX-Passwort zurücksetzen',
    preheader: (minutes) => `Dieser Link ist ${minutes} Minuten lang gültig und kann nur einmal verwendet werden.`,
    heading: 'Passwort zurücksetzen',
    body: (name) => `Hallo ${name}, jemand (hoffentlich Sie) möchte das Passwort Ihres VisionX-Kontos zurücksetzen.`,
    button: 'Neues Passwort festlegen',
    once: (minutes) =>
      `Der Link ist ${minutes} Minuten lang gültig und kann nur einmal verwendet werden. Nach dem Zurücksetzen werden Sie auf allen Geräten abgemeldet.`,
    small:
      'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail einfach. Ihr Passwort bleibt dann unverändert.',
  },
  receipt: {
    subject: (number) => `Ihre VisionX-Bestellung ${number}`,
    preheader: (total) =>
      `Vielen Dank für Ihre Zahlung über ${total}. Wir melden uns, sobald Ihre Bestellung versandt wird.`,
    heading: 'Vielen Dank für Ihre Bestellung',
    paid: (number) =>
      `Ihre Bestellung ${number} ist bezahlt und wurde an unser Lager übermittelt. Sobald sie versandt wird, erhalten Sie eine weitere E-Mail von uns.`,
    subtotal: 'Zwischensumme',
    discount: (code) => `Rabatt${code ? ` (${code})` : ''}`,
    shipping: 'Versand',
    free: 'Kostenlos',
    tax: 'Steuer',
    total: 'Gesamtsumme',
    deliveryTo: (address) => `Lieferadresse: ${address}`,
    button: 'Bestellung ansehen',
    questions:
      'Fragen zu Ihrer Bestellung? Schreiben Sie uns im Chat auf unserer Website oder per E-Mail an hello@visionx.example.',
    storage: (gb) => (gb >= 1024 ? `${gb / 1024} TB` : `${gb} GB`),
  },
  shipped: {
    subject: (number) => `Ihre VisionX-Bestellung ${number} wurde versandt`,
    preheader: (days) => `Ihre Bestellung ist unterwegs und kommt voraussichtlich innerhalb von ${days} bei Ihnen an.`,
    heading: 'Ihre Bestellung ist unterwegs',
    body: (number, method, days) =>
      `Ihre Bestellung ${number} hat unser Lager verlassen (${method}). Sie erhalten sie voraussichtlich innerhalb von ${days}.`,
    method: { standard: 'Standardversand', express: 'Expressversand' },
    days: (range) => `${range} Werktagen`,
  },
  delivered: {
    subject: (number) => `Ihre VisionX-Bestellung ${number} wurde zugestellt`,
    preheader: 'Viel Freude damit! Rücksendungen sind innerhalb von 30 Tagen kostenlos.',
    heading: 'Zugestellt',
    body: (number) => `Ihre Bestellung ${number} wurde zugestellt. Wir wünschen Ihnen viel Freude damit.`,
    returns:
      'Ist etwas nicht in Ordnung? Sie können Ihre Bestellung innerhalb von 30 Tagen zurücksenden. Die Rücksendung starten Sie auf der Seite Ihrer Bestellung.',
  },
  trackOrder: 'Bestellung verfolgen',
  staffReply: {
    subject: (staff) => `${staff} von VisionX hat Ihnen geantwortet`,
    heading: 'Sie haben eine neue Antwort',
    intro: (staff) => `${staff} vom VisionX-Support hat Ihnen in Ihrer Unterhaltung geantwortet:`,
    button: 'Unterhaltung fortsetzen',
    small:
      'Während Sie nicht online sind, benachrichtigen wir Sie nur einmal per E-Mail. Alle weiteren Antworten finden Sie in der Unterhaltung.',
  },
  contactReply: {
    subject: 'Re: Ihre Nachricht an VisionX',
    heading: (name) => `Hallo ${name}`,
    signature: (staff) => `${staff}, VisionX-Support`,
    button: 'In der Unterhaltung antworten',
    small:
      'Sie haben uns über das Kontaktformular auf unserer Website geschrieben. Antworten auf diese E-Mail erreichen uns nicht. Nutzen Sie bitte den Link oben oder schreiben Sie uns erneut.',
  },
  transcript: {
    subject: (title) => `Ihre Unterhaltung mit VisionX: ${title}`,
    preheader: (count) => `${count} ${count === 1 ? 'Nachricht' : 'Nachrichten'}, wie von Ihnen gewünscht.`,
    heading: 'Ihre Unterhaltung mit VisionX',
    untitled: 'Unterhaltung',
    you: 'Sie',
    assistant: 'VisionX-Assistent',
    staff: (name) => (name ? `${name} von VisionX` : 'VisionX-Team'),
    button: 'Unterhaltung fortsetzen',
  },
};
