/**
 * The German UI (issue 17), translated from en.ts. Formal "Sie"
 * throughout. Glossary, so every file says the same thing the same way:
 *
 *   account ............... Konto (Kundenkonto); header link: Konto (375 px); the page: Ihr Konto
 *   add to cart ........... In den Warenkorb
 *   assistant ............. Assistent (VisionX-Assistent); AI status tag: KI
 *   cart .................. Warenkorb
 *   checkout .............. Kasse (page); "Checkout" button: Zur Kasse
 *   place order ........... Jetzt kaufen (clear that it costs, as §312j BGB asks; short enough for 375 px with the price)
 *   order / to order ...... Bestellung / bestellen; placed: aufgegeben, bestellt am …
 *   cancel an order ....... stornieren (Stornierung); cancel a dialog: Abbrechen
 *   sign in / sign out .... anmelden / abmelden; create account: Konto erstellen
 *   two-step sign-in ...... Zwei-Schritt-Anmeldung; recovery code: Wiederherstellungscode
 *   talk to a person ...... mit einem Menschen sprechen (hand-off: "möchte mit einem Menschen sprechen")
 *   staff ................. Team, Teammitglied; staff account: Mitarbeiterkonto
 *   staff console / desk .. Support-Konsole / VisionX Desk (the product name stays)
 *   shopper ............... Kunde (generic, in the staff's views)
 *   conversation .......... Unterhaltung; chat (the widget): Chat
 *   transcript ............ Verlauf
 *   take over / hand back . übernehmen / an den Assistenten zurückgeben
 *   close a conversation .. beenden (closed: beendet)
 *   assign / snooze ....... zuweisen / zurückstellen
 *   saved reply ........... Textbaustein; internal note: interne Notiz
 *   tag (desk) ............ Schlagwort, Schlagwörter ("Tag" reads as "day" in German; tags are stored lower case)
 *   review ................ Bewertung (product review); stars: Sterne (the star field: Gesamtbewertung;
 *                           the text field: Bewertungstext); verified purchase: Verifizierter Kauf
 *   rating (of a chat) .... Bewertung ("Wie zufrieden waren Sie?")
 *   shipping / delivery ... Versand / Lieferung; delivered: zugestellt; dispatch: Versand
 *   shipping method ....... Versandart; Standardversand / Expressversand
 *   return / refund ....... Rückgabe, Rücksendung / Erstattung
 *   exchange .............. Umtausch
 *   warranty .............. Garantie (statutory rights: gesetzliche Rechte / Gewährleistung)
 *   discount code ......... Rabattcode; apply: einlösen
 *   business day .......... Werktag
 *   phone ................. Smartphone; module: Modul; colour: Farbe; storage: Speicher
 *   out of stock .......... ausverkauft; in stock: auf Lager / verfügbar
 *   US dollars ............ US-Dollar (USD), named wherever a text states the currency; amounts: 5,95 USD
 *   policies (footer, Support) Rechtliches; a policy's date: "Stand: {date}"
 *   keys .................. Eingabetaste, Umschalt+Eingabetaste, Esc (not Enter / Shift / Escape)
 */
import { common } from './de/common.js';
import { account } from './de/account.js';
import { accountRecovery } from './de/account-recovery.js';
import { pages } from './de/pages.js';
import { about } from './de/about.js';
import { catalog } from './de/catalog.js';
import { productPage } from './de/product-page.js';
import { cart } from './de/cart.js';
import { reviews } from './de/reviews.js';
import { checkout } from './de/checkout.js';
import { addresses } from './de/addresses.js';
import { orders } from './de/orders.js';
import { chat } from './de/chat.js';
import { chatBeside } from './de/chat-beside.js';
import { staff } from './de/staff.js';
import { staffDesk } from './de/staff-desk.js';
import { desk } from './de/desk.js';
import { deskSearch } from './de/desk-search.js';
import { triage } from './de/desk-triage.js';
import { discounts } from './de/discounts.js';
import { errors } from './de/errors.js';
import { fieldErrors } from './de/field-errors.js';
import { mail } from './de/mail.js';

/**
 * Every user-facing string of the German UI. Long policy texts live in de/policies/ and are
 * loaded with their page (see policies.ts), so the first load stays small.
 */
export const de = {
  ...common,
  ...account,
  ...accountRecovery,
  ...pages,
  ...catalog,
  ...productPage,
  ...cart,
  ...reviews,
  ...checkout,
  ...addresses,
  ...orders,
  ...chat,
  ...chatBeside,
  ...staff,
  ...staffDesk,
  ...desk,
  ...deskSearch,
  ...triage,
  ...discounts,
  ...errors,
  ...fieldErrors,
  ...mail,
  about,
};
