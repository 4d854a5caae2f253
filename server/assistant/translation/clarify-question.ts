/**
 * The clarifying question ([CLAR1], offline/canned.ts) names two of 32 readings: 992 sentences, of
 * which the answer templates translate the few the development sets met. Any other pair is composed
 * here from its two readings, so it is never left in English. Each reading carries its own
 * preposition ("d’un retour", "de añadir algo", "um die Garantie"), so the frame needs none.
 */
type OtherLanguage = 'fr' | 'de' | 'es';

const ASKED = /^I want to make sure I help with the right thing: is this about (.+), or (.+)\?$/;

const FRAME: Record<OtherLanguage, (a: string, b: string) => string> = {
  fr: (a, b) => `Je veux être sûr de bien vous aider : s’agit-il ${a}, ou ${b} ?`,
  de: (a, b) => `Damit ich Ihnen richtig helfen kann: Geht es ${a} – oder ${b}?`,
  es: (a, b) => `Quiero asegurarme de ayudarte con lo que necesitas: ¿se trata ${a}, o ${b}?`,
};

/** Each reading of canned.ts's READINGS, as it follows "s’agit-il", "Geht es", "¿se trata". */
export const READING_WORDS: Record<OtherLanguage, Record<string, string>> = {
  fr: {
    'just saying hello': 'd’un simple bonjour',
    'saying thanks': 'd’un remerciement',
    'finishing the chat': 'de terminer la conversation',
    'something other than VisionX': 'd’autre chose que VisionX',
    'details of a product': 'des caractéristiques d’un produit',
    'help choosing a product': 'd’une aide pour choisir un produit',
    'a comparison of products': 'd’une comparaison de produits',
    'accessories for your phone': 'd’accessoires pour votre téléphone',
    'whether an accessory fits your phone': 'de la compatibilité d’un accessoire avec votre téléphone',
    "what's in your cart": 'du contenu de votre panier',
    'adding something to your cart': 'de l’ajout d’un article à votre panier',
    'removing something from your cart': 'du retrait d’un article de votre panier',
    'where an order is': 'de l’endroit où se trouve une commande',
    'your past orders': 'de vos commandes passées',
    'cancelling an order': 'de l’annulation d’une commande',
    "changing an order's delivery address": 'du changement d’adresse de livraison d’une commande',
    'shipping costs and times': 'des frais et délais de livraison',
    'a return or refund': 'd’un retour ou d’un remboursement',
    'the warranty or a repair': 'de la garantie ou d’une réparation',
    'paying or a charge on your card': 'd’un paiement ou d’un débit sur votre carte',
    'signing in or your password': 'de la connexion ou de votre mot de passe',
    'your account or data': 'de votre compte ou de vos données',
    'battery life': 'de l’autonomie de la batterie',
    'a charging problem': 'd’un problème de charge',
    'Wi-Fi, Bluetooth or mobile data': 'du Wi-Fi, du Bluetooth ou des données mobiles',
    'a camera problem': 'd’un problème d’appareil photo',
    'a screen problem': 'd’un problème d’écran',
    'updates, storage or a slow phone': 'des mises à jour, du stockage ou d’un téléphone lent',
    'a safety problem with your phone': 'd’un problème de sécurité avec votre téléphone',
    'a suspicious call or message': 'd’un appel ou d’un message suspect',
    'talking to a person': 'de parler à une personne',
    'how to reach the VisionX team': 'de la façon de joindre l’équipe VisionX',
  },
  de: {
    'just saying hello': 'nur um ein Hallo',
    'saying thanks': 'um ein Dankeschön',
    'finishing the chat': 'darum, den Chat zu beenden',
    'something other than VisionX': 'um etwas anderes als VisionX',
    'details of a product': 'um Details zu einem Produkt',
    'help choosing a product': 'um Hilfe bei der Auswahl eines Produkts',
    'a comparison of products': 'um einen Vergleich von Produkten',
    'accessories for your phone': 'um Zubehör für Ihr Handy',
    'whether an accessory fits your phone': 'darum, ob ein Zubehörteil zu Ihrem Handy passt',
    "what's in your cart": 'darum, was in Ihrem Warenkorb liegt',
    'adding something to your cart': 'darum, etwas in Ihren Warenkorb zu legen',
    'removing something from your cart': 'darum, etwas aus Ihrem Warenkorb zu entfernen',
    'where an order is': 'darum, wo eine Bestellung ist',
    'your past orders': 'um Ihre bisherigen Bestellungen',
    'cancelling an order': 'um die Stornierung einer Bestellung',
    "changing an order's delivery address": 'darum, die Lieferadresse einer Bestellung zu ändern',
    'shipping costs and times': 'um Versandkosten und Lieferzeiten',
    'a return or refund': 'um eine Rücksendung oder Erstattung',
    'the warranty or a repair': 'um die Garantie oder eine Reparatur',
    'paying or a charge on your card': 'um eine Zahlung oder eine Belastung Ihrer Karte',
    'signing in or your password': 'um die Anmeldung oder Ihr Passwort',
    'your account or data': 'um Ihr Konto oder Ihre Daten',
    'battery life': 'um die Akkulaufzeit',
    'a charging problem': 'um ein Problem beim Laden',
    'Wi-Fi, Bluetooth or mobile data': 'um WLAN, Bluetooth oder mobile Daten',
    'a camera problem': 'um ein Problem mit der Kamera',
    'a screen problem': 'um ein Problem mit dem Display',
    'updates, storage or a slow phone': 'um Updates, Speicherplatz oder ein langsames Handy',
    'a safety problem with your phone': 'um ein Sicherheitsproblem mit Ihrem Handy',
    'a suspicious call or message': 'um einen verdächtigen Anruf oder eine verdächtige Nachricht',
    'talking to a person': 'darum, mit einer Person zu sprechen',
    'how to reach the VisionX team': 'darum, wie Sie das VisionX-Team erreichen',
  },
  es: {
    'just saying hello': 'solo de un saludo',
    'saying thanks': 'de darnos las gracias',
    'finishing the chat': 'de terminar el chat',
    'something other than VisionX': 'de algo que no es de VisionX',
    'details of a product': 'de los detalles de un producto',
    'help choosing a product': 'de ayuda para elegir un producto',
    'a comparison of products': 'de comparar productos',
    'accessories for your phone': 'de accesorios para tu teléfono',
    'whether an accessory fits your phone': 'de si un accesorio es compatible con tu teléfono',
    "what's in your cart": 'de lo que hay en tu carrito',
    'adding something to your cart': 'de añadir algo a tu carrito',
    'removing something from your cart': 'de quitar algo de tu carrito',
    'where an order is': 'de dónde está un pedido',
    'your past orders': 'de tus pedidos anteriores',
    'cancelling an order': 'de cancelar un pedido',
    "changing an order's delivery address": 'de cambiar la dirección de entrega de un pedido',
    'shipping costs and times': 'de los gastos y plazos de envío',
    'a return or refund': 'de una devolución o un reembolso',
    'the warranty or a repair': 'de la garantía o una reparación',
    'paying or a charge on your card': 'de un pago o un cargo en tu tarjeta',
    'signing in or your password': 'de iniciar sesión o tu contraseña',
    'your account or data': 'de tu cuenta o tus datos',
    'battery life': 'de la duración de la batería',
    'a charging problem': 'de un problema de carga',
    'Wi-Fi, Bluetooth or mobile data': 'del wifi, el Bluetooth o los datos móviles',
    'a camera problem': 'de un problema con la cámara',
    'a screen problem': 'de un problema con la pantalla',
    'updates, storage or a slow phone': 'de actualizaciones, almacenamiento o un teléfono lento',
    'a safety problem with your phone': 'de un problema de seguridad con tu teléfono',
    'a suspicious call or message': 'de una llamada o un mensaje sospechoso',
    'talking to a person': 'de hablar con una persona',
    'how to reach the VisionX team': 'de cómo contactar con el equipo de VisionX',
  },
};

/** The clarifying question in `language`, when `sentence` is one whose pair no template translates. */
export function clarifyingQuestionIn(sentence: string, language: OtherLanguage): string | undefined {
  const [, a, b] = ASKED.exec(sentence) ?? [];
  const words = READING_WORDS[language];
  if (!a || !b || !words[a] || !words[b]) return undefined;
  return FRAME[language](words[a], words[b]);
}
