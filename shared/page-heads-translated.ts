import type { Locale } from './locales.js';
import { CATEGORY_TITLES, type HeadWords, PAGE_WORDS, POLICY_WORDS } from './page-heads.js';

/*
 * The page heads in French, German and Spanish ([LANG3]). Titles are the client's own page
 * titles (client/src/i18n/page-heads.test.ts holds them equal); descriptions reuse the client's
 * reviewed sentences where it has them (support.lead, contact.intro, about.lead,
 * support.policyLinks) and follow each dictionary's glossary and register elsewhere.
 */

const FR_SHOP =
  'VisionX fabrique des téléphones modulaires, réparables et durables. Achetez, obtenez de l’aide en direct et suivez vos commandes.';

export const HEAD_WORDS_FR: HeadWords = {
  pages: {
    home: { title: 'Votre téléphone pour la vie', description: FR_SHOP },
    shop: {
      title: 'Boutique',
      description:
        'Les téléphones modulaires VisionX, et les coques, chargeurs, câbles, accessoires audio et objets connectés qui leur vont.',
    },
    search: { title: 'Boutique', description: 'Rechercher dans la boutique VisionX.' },
    support: {
      title: 'Aide',
      description:
        'Des réponses en quelques secondes, et un conseiller quand vous en avez besoin : livraison, retours, garantie et réparations.',
    },
    about: { title: 'À propos', description: 'Nous fabriquons des téléphones pour ceux qui préfèrent les garder.' },
    contact: {
      title: 'Contact',
      description:
        'Dites-nous ce dont vous avez besoin. Un membre de notre équipe vous répond par e-mail sous un jour ouvré.',
    },
    signin: { title: 'Connexion', description: FR_SHOP },
    register: { title: 'Créer un compte', description: FR_SHOP },
    forgotPassword: { title: 'Mot de passe oublié', description: FR_SHOP },
    resetPassword: { title: 'Nouveau mot de passe', description: FR_SHOP },
    verifyEmail: { title: 'Confirmation de l’e-mail', description: FR_SHOP },
    account: { title: 'Mon compte', description: FR_SHOP },
    cart: { title: 'Panier', description: FR_SHOP },
    checkout: { title: 'Finaliser la commande', description: FR_SHOP },
    confirmation: { title: 'Commande confirmée', description: FR_SHOP },
    orders: { title: 'Mes commandes', description: FR_SHOP },
    order: { title: 'Commande', description: FR_SHOP },
    staff: { title: 'Console de l’équipe', description: FR_SHOP },
    notFound: { title: 'Page introuvable', description: FR_SHOP },
    productNotFound: { title: 'Produit introuvable', description: FR_SHOP },
  },
  categories: {
    phones: 'Téléphones',
    cases: 'Coques',
    chargers: 'Chargeurs',
    cables: 'Câbles',
    audio: 'Audio',
    'screen-protectors': 'Protections d’écran',
    wearables: 'Objets connectés',
  },
  policies: {
    shipping: {
      title: 'Livraison et retours',
      description: 'Délais, frais de livraison et retours sous 30 jours après la livraison.',
    },
    warranty: { title: 'Garantie', description: 'Deux ans de garantie et des réparations à prix fixe.' },
    privacy: { title: 'Confidentialité', description: 'Ce que nous conservons et comment le supprimer.' },
    terms: { title: 'CGV', description: 'Les règles d’utilisation de la boutique.' },
  },
};

const DE_SHOP =
  'VisionX baut modulare, reparierbare und nachhaltige Smartphones. Einkaufen, Live-Hilfe erhalten und Bestellungen verfolgen.';

export const HEAD_WORDS_DE: HeadWords = {
  pages: {
    home: { title: 'Ihr Smartphone für immer', description: DE_SHOP },
    shop: {
      title: 'Shop',
      description:
        'Modulare VisionX-Smartphones und die passenden Hüllen, Ladegeräte, Kabel, Audio-Geräte und Wearables.',
    },
    search: { title: 'Shop', description: 'Den VisionX Shop durchsuchen.' },
    support: {
      title: 'Hilfe',
      description:
        'Antworten in Sekunden – und echte Menschen, wenn Sie sie brauchen: Versand, Rückgabe, Garantie und Reparaturen.',
    },
    about: { title: 'Über uns', description: 'Wir bauen Smartphones für Menschen, die sie lieber behalten.' },
    contact: {
      title: 'Kontakt',
      description:
        'Sagen Sie uns, worum es geht. Jemand aus unserem Team antwortet Ihnen innerhalb eines Werktags per E-Mail.',
    },
    signin: { title: 'Anmelden', description: DE_SHOP },
    register: { title: 'Konto erstellen', description: DE_SHOP },
    forgotPassword: { title: 'Passwort vergessen', description: DE_SHOP },
    resetPassword: { title: 'Neues Passwort festlegen', description: DE_SHOP },
    verifyEmail: { title: 'E-Mail bestätigen', description: DE_SHOP },
    account: { title: 'Konto', description: DE_SHOP },
    cart: { title: 'Warenkorb', description: DE_SHOP },
    checkout: { title: 'Kasse', description: DE_SHOP },
    confirmation: { title: 'Bestellung bestätigt', description: DE_SHOP },
    orders: { title: 'Ihre Bestellungen', description: DE_SHOP },
    order: { title: 'Bestellung', description: DE_SHOP },
    staff: { title: 'Support-Konsole', description: DE_SHOP },
    notFound: { title: 'Seite nicht gefunden', description: DE_SHOP },
    productNotFound: { title: 'Produkt nicht gefunden', description: DE_SHOP },
  },
  categories: {
    phones: 'Smartphones',
    cases: 'Hüllen',
    chargers: 'Ladegeräte',
    cables: 'Kabel',
    audio: 'Audio',
    'screen-protectors': 'Displayschutz',
    wearables: 'Wearables',
  },
  policies: {
    shipping: {
      title: 'Versand & Rückgabe',
      description: 'Lieferzeiten, Versandkosten und Rückgabe innerhalb von 30 Tagen nach Zustellung.',
    },
    warranty: { title: 'Garantie', description: 'Zwei Jahre Garantie und Reparaturen zum Festpreis.' },
    privacy: { title: 'Datenschutz', description: 'Was wir speichern und wie Sie es löschen können.' },
    terms: { title: 'AGB', description: 'Die Regeln für die Nutzung des Shops.' },
  },
};

const ES_SHOP =
  'VisionX fabrica teléfonos modulares, reparables y sostenibles. Compra, recibe ayuda en directo y sigue tus pedidos.';

export const HEAD_WORDS_ES: HeadWords = {
  pages: {
    home: { title: 'Tu teléfono para siempre', description: ES_SHOP },
    shop: {
      title: 'Tienda',
      description: 'Teléfonos modulares VisionX y las fundas, cargadores, cables, audio y wearables que les van.',
    },
    search: { title: 'Tienda', description: 'Busca en la tienda VisionX.' },
    support: {
      title: 'Soporte',
      description:
        'Respuestas en segundos y una persona cuando la necesites: envíos, devoluciones, garantía y reparaciones.',
    },
    about: { title: 'Quiénes somos', description: 'Hacemos teléfonos para quienes prefieren conservarlos.' },
    contact: {
      title: 'Contacto',
      description:
        'Cuéntanos qué necesitas. Una persona de nuestro equipo te responderá por correo electrónico en un plazo de un día hábil.',
    },
    signin: { title: 'Iniciar sesión', description: ES_SHOP },
    register: { title: 'Crear cuenta', description: ES_SHOP },
    forgotPassword: { title: 'Contraseña olvidada', description: ES_SHOP },
    resetPassword: { title: 'Elige una contraseña nueva', description: ES_SHOP },
    verifyEmail: { title: 'Confirma tu correo', description: ES_SHOP },
    account: { title: 'Cuenta', description: ES_SHOP },
    cart: { title: 'Carrito', description: ES_SHOP },
    checkout: { title: 'Finalizar compra', description: ES_SHOP },
    confirmation: { title: 'Pedido confirmado', description: ES_SHOP },
    orders: { title: 'Tus pedidos', description: ES_SHOP },
    order: { title: 'Pedido', description: ES_SHOP },
    staff: { title: 'Consola del personal', description: ES_SHOP },
    notFound: { title: 'Página no encontrada', description: ES_SHOP },
    productNotFound: { title: 'Producto no encontrado', description: ES_SHOP },
  },
  categories: {
    phones: 'Teléfonos',
    cases: 'Fundas',
    chargers: 'Cargadores',
    cables: 'Cables',
    audio: 'Audio',
    'screen-protectors': 'Protectores de pantalla',
    wearables: 'Wearables',
  },
  policies: {
    shipping: {
      title: 'Envíos y devoluciones',
      description: 'Plazos y costes de entrega, y devoluciones en los 30 días siguientes a la entrega.',
    },
    warranty: { title: 'Garantía', description: 'Dos años de cobertura y reparaciones a precio fijo.' },
    privacy: { title: 'Privacidad', description: 'Qué guardamos y cómo eliminarlo.' },
    terms: { title: 'Condiciones', description: 'Las normas de uso de la tienda.' },
  },
};

/** The heads' words in each of the shop's languages ([LANG3]). */
export const HEAD_WORDS: Record<Locale, HeadWords> = {
  en: { pages: PAGE_WORDS, categories: CATEGORY_TITLES, policies: POLICY_WORDS },
  fr: HEAD_WORDS_FR,
  de: HEAD_WORDS_DE,
  es: HEAD_WORDS_ES,
};
