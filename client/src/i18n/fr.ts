/*
 * Glossaire (français, vouvoiement) — the terms this translation keeps throughout:
 *   cart → panier · checkout (page) → finaliser la commande · checkout (cart button) → Commander
 *   place order → Valider et payer · order → commande · order statuses → Enregistrée, Payée,
 *   Préparée, Expédiée, Livrée, Annulée
 *   sign in / sign out → se connecter / se déconnecter (connexion / déconnexion)
 *   account → compte (menu and page: Mon compte) · two-step sign-in → connexion en deux étapes
 *   authenticator app → application d’authentification · recovery code → code de secours
 *   assistant → l’assistant (shopping assistant → assistant d’achat)
 *   talk to a person / hand-off → parler à un conseiller / demander un conseiller
 *   staff → l’équipe (VisionX) · support team → service client · Support page → Aide
 *   staff desk → espace support · staff console → console de l’équipe / console du support
 *   conversation → conversation · chat (widget) → chat · shopper (staff side) → client
 *   take over / hand back → prendre la main / rendre la main à l’assistant
 *   close a conversation → clôturer (shopper side: terminée) · snooze → reporter
 *   assign → attribuer · tag → étiquette · internal note → note interne · saved reply → réponse type
 *   review → avis · rating → note · verified purchase → achat vérifié
 *   shipping → livraison (ship → expédier, dispatch → envoi) · free (shipping) → offerte
 *   return → retour · refund → remboursement · warranty → garantie · repair → réparation
 *   discount code → code promo · discount → remise · tax → taxes · business day → jour ouvré
 *   colour → coloris · storage → stockage (GB/TB → Go/To) · security code (CVC) → cryptogramme
 *   card brand → type de carte · address line 2 → complément d’adresse · Terms → CGV
 *   departments → Service commercial, Assistance technique, Service client
 *   image views → vue de face / de dos / de profil / de détail · a rating → « Note : 4 sur 5 »
 *   messages whose subject may be any product avoid gendered participles (« Article ajouté au panier »)
 *   transcript (emailed) → la conversation envoyée par e-mail · email → e-mail
 *   Prices are charged in US dollars: "dollars américains (USD)", amounts in prose "5,95 USD".
 *   Keys named in prose hints: Entrée, Maj, Échap (the shortcut list keeps its keys as in English).
 */
import { common } from './fr/common.js';
import { account } from './fr/account.js';
import { accountRecovery } from './fr/account-recovery.js';
import { pages } from './fr/pages.js';
import { about } from './fr/about.js';
import { catalog } from './fr/catalog.js';
import { productPage } from './fr/product-page.js';
import { cart } from './fr/cart.js';
import { reviews } from './fr/reviews.js';
import { checkout } from './fr/checkout.js';
import { addresses } from './fr/addresses.js';
import { orders } from './fr/orders.js';
import { chat } from './fr/chat.js';
import { chatBeside } from './fr/chat-beside.js';
import { staff } from './fr/staff.js';
import { staffDesk } from './fr/staff-desk.js';
import { desk } from './fr/desk.js';
import { deskSearch } from './fr/desk-search.js';
import { triage } from './fr/desk-triage.js';
import { discounts } from './fr/discounts.js';
import { errors } from './fr/errors.js';
import { fieldErrors } from './fr/field-errors.js';
import { mail } from './fr/mail.js';

/**
 * Every user-facing string of the French UI, key for key as en.ts ([I18N1]). Long policy texts
 * live in fr/policies/ and are loaded with their page (see policies.ts).
 */
export const fr = {
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
