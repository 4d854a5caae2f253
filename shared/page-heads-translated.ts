import type { Locale } from './locales.js';
import { CATEGORY_TITLES, type HeadWords, PAGE_WORDS, POLICY_WORDS } from './page-heads.js';

/*
 * The page heads in French, German and Spanish ([LANG3]). Titles are the client's own page
 * titles (client/src/i18n/page-heads.test.ts holds them equal); descriptions start from the
 * client's reviewed sentences where it has them (support.lead, contact.intro, about.lead,
 * support.policyLinks), run to a search result's natural length (about 150–160 characters) with
 * facts the shop's own pages state, and follow each dictionary's glossary and register.
 */

const FR_SHOP =
  'VisionX fabrique des téléphones modulaires, réparables et durables. Achetez en ligne, obtenez de l’aide en direct et suivez vos commandes en temps réel.';

export const HEAD_WORDS_FR: HeadWords = {
  pages: {
    home: { title: 'Votre téléphone pour la vie', description: FR_SHOP },
    shop: {
      title: 'Boutique',
      description:
        'Les téléphones modulaires VisionX et leurs accessoires : coques, chargeurs, câbles, audio, protections d’écran et objets connectés. Retours gratuits sous 30 jours.',
    },
    search: {
      title: 'Boutique',
      description:
        'Recherchez dans la boutique VisionX : téléphones modulaires et accessoires compatibles, des coques aux chargeurs, câbles, protections d’écran et objets connectés.',
    },
    support: {
      title: 'Aide',
      description:
        'Des réponses en quelques secondes, et un conseiller quand vous en avez besoin : livraison, retours, garantie et réparations de votre téléphone VisionX.',
    },
    about: {
      title: 'À propos',
      description:
        'Nous fabriquons des téléphones pour ceux qui préfèrent les garder : modulaires, réparables avec un simple tournevis, pièces détachées disponibles pendant sept ans.',
    },
    contact: {
      title: 'Contact',
      description:
        'Une question sur une commande, un produit ou une réparation ? Écrivez-nous : un membre de notre équipe vous répond par e-mail sous un jour ouvré.',
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
      description:
        'Délais et frais de livraison standard ou express vers les États-Unis, le Canada, le Royaume-Uni et l’UE, et retours possibles dans les 30 jours suivant la livraison.',
    },
    warranty: {
      title: 'Garantie',
      description:
        'Deux ans de garantie sur chaque téléphone et module VisionX, même si vous ouvrez votre téléphone, et des pièces à prix fixe pour les réparations hors garantie.',
    },
    privacy: {
      title: 'Confidentialité',
      description:
        'Les données que nous conservons et comment les supprimer. Aucune revente, aucun traceur publicitaire, et vous pouvez tout effacer depuis votre compte.',
    },
    terms: {
      title: 'CGV',
      description:
        'Les conditions générales de vente de la boutique VisionX : votre compte, vos commandes, le paiement en dollars américains, la livraison, les retours et la garantie.',
    },
  },
};

const DE_SHOP =
  'VisionX baut modulare, reparierbare und nachhaltige Smartphones. Kaufen Sie online ein, erhalten Sie Live-Hilfe und verfolgen Sie Ihre Bestellungen in Echtzeit.';

export const HEAD_WORDS_DE: HeadWords = {
  pages: {
    home: { title: 'Ihr Smartphone für immer', description: DE_SHOP },
    shop: {
      title: 'Shop',
      description:
        'Modulare VisionX-Smartphones und passendes Zubehör: Hüllen, Ladegeräte, Kabel, Audio, Displayschutz und Wearables. Kostenlose Rücksendung innerhalb von 30 Tagen.',
    },
    search: {
      title: 'Shop',
      description:
        'Durchsuchen Sie den VisionX-Shop: modulare Smartphones und passendes Zubehör, von Hüllen und Ladegeräten bis zu Kabeln, Displayschutz und Wearables.',
    },
    support: {
      title: 'Hilfe',
      description:
        'Antworten in Sekunden – und echte Menschen, wenn Sie sie brauchen: Hilfe zu Versand, Rückgabe, Garantie und Reparaturen Ihres VisionX-Smartphones.',
    },
    about: {
      title: 'Über uns',
      description:
        'Wir bauen Smartphones für Menschen, die sie lieber behalten: modular, mit einem einfachen Schraubendreher reparierbar, mit Ersatzteilen für mindestens sieben Jahre.',
    },
    contact: {
      title: 'Kontakt',
      description:
        'Fragen zu einer Bestellung, einem Produkt oder einer Reparatur? Schreiben Sie uns – jemand aus unserem Team antwortet Ihnen innerhalb eines Werktags per E-Mail.',
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
      description:
        'Lieferzeiten und Versandkosten für Standard- und Expressversand in die USA, nach Kanada, ins Vereinigte Königreich und in die EU sowie Rückgabe innerhalb von 30 Tagen.',
    },
    warranty: {
      title: 'Garantie',
      description:
        'Zwei Jahre Garantie auf jedes VisionX-Smartphone und jedes Modul – auch wenn Sie Ihr Gerät selbst öffnen – und Ersatzteile zum Festpreis für Reparaturen danach.',
    },
    privacy: {
      title: 'Datenschutz',
      description:
        'Welche Daten wir speichern und wie Sie sie löschen können. Wir verkaufen keine Daten, setzen keine Werbe-Tracker ein, und Sie können alles in Ihrem Konto löschen.',
    },
    terms: {
      title: 'AGB',
      description:
        'Die Allgemeinen Geschäftsbedingungen des VisionX-Shops: Ihr Konto, Ihre Bestellungen, die Zahlung in US-Dollar, Versand, Rückgabe und Garantie.',
    },
  },
};

const ES_SHOP =
  'VisionX fabrica teléfonos modulares, reparables y sostenibles. Compra en nuestra tienda online, recibe ayuda en directo y sigue tus pedidos en tiempo real.';

export const HEAD_WORDS_ES: HeadWords = {
  pages: {
    home: { title: 'Tu teléfono para siempre', description: ES_SHOP },
    shop: {
      title: 'Tienda',
      description:
        'Teléfonos modulares VisionX y accesorios compatibles: fundas, cargadores, cables, audio, protectores de pantalla y wearables. Devoluciones gratuitas durante 30 días.',
    },
    search: {
      title: 'Tienda',
      description:
        'Busca en la tienda de VisionX: teléfonos modulares y accesorios compatibles, desde fundas y cargadores hasta cables, protectores de pantalla y wearables.',
    },
    support: {
      title: 'Soporte',
      description:
        'Respuestas en segundos y una persona cuando la necesites: ayuda con envíos, devoluciones, garantía y reparaciones de tu teléfono VisionX, por chat o por correo.',
    },
    about: {
      title: 'Quiénes somos',
      description:
        'Hacemos teléfonos para quienes prefieren conservarlos: modulares, fáciles de reparar con un destornillador y con piezas de repuesto durante al menos siete años.',
    },
    contact: {
      title: 'Contacto',
      description:
        '¿Tienes alguna pregunta sobre un pedido, un producto o una reparación? Escríbenos y una persona de nuestro equipo te responderá por correo en un día hábil.',
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
      description:
        'Plazos y costes del envío estándar y exprés a EE. UU., Canadá, el Reino Unido y la UE, y devoluciones en los 30 días siguientes a la entrega.',
    },
    warranty: {
      title: 'Garantía',
      description:
        'Dos años de garantía en cada teléfono y módulo VisionX, aunque abras el teléfono, y piezas a precio fijo para las reparaciones fuera de garantía.',
    },
    privacy: {
      title: 'Privacidad',
      description:
        'Qué datos guardamos y cómo eliminarlos. No vendemos tus datos, no usamos rastreadores publicitarios y puedes borrarlo todo desde tu cuenta cuando quieras.',
    },
    terms: {
      title: 'Condiciones',
      description:
        'Las condiciones de venta de la tienda de VisionX: tu cuenta, tus pedidos, el pago en dólares estadounidenses, los envíos, las devoluciones y la garantía.',
    },
  },
};

/** The heads' words in each of the shop's languages ([LANG3]). */
export const HEAD_WORDS: Record<Locale, HeadWords> = {
  en: { pages: PAGE_WORDS, categories: CATEGORY_TITLES, policies: POLICY_WORDS },
  fr: HEAD_WORDS_FR,
  de: HEAD_WORDS_DE,
  es: HEAD_WORDS_ES,
};
