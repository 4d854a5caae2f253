/**
 * French, German and Spanish words of the support guide's topics, rewritten to the guide's English
 * before retrieval: the guide is written once, in English, and "kann ich per Überweisung bezahlen?"
 * must find its payment methods as "can I pay by bank transfer?" does. Applied to normalised text
 * (lower case, no accents); longer phrases come first so "contra reembolso" is cash on delivery,
 * not a refund. Only words that mean one thing in a shop are listed.
 */
const GLOSSARY: ReadonlyArray<readonly [string, string]> = [
  // Time and money back
  ['wie lange( dauert)?|combien de temps|cuanto tiempo|cuanto tarda', 'how long'],
  ['(mein |mon |mi )?(geld|argent|dinero) (\\w+ )?(zuruck\\w*|de vuelta|rembourse|devuelto)', 'money back'],
  ['(devolv\\w*|devuelv\\w*) (\\w+ ){0,3}dinero|dinero (\\w+ ){0,2}(de vuelta|devuelto)', 'refund'],
  ['en entier|integralement|en totalite|vollstandig|komplett|todo el dinero|por completo', 'in full'],
  ['quand|wann|cuando', 'when'],
  // Paying
  ['reprise|inzahlungnahme|(como )?parte de pago', 'trade in'],
  ['rechazad\\w*|refusee?|abgelehnt|declinee?', 'declined'],
  ['contra reembolso', 'cash on delivery'],
  ['contre remboursement', 'cash on delivery'],
  ['paiement a la livraison', 'cash on delivery'],
  ['pago (a|en) la entrega', 'cash on delivery'],
  ['per nachnahme', 'cash on delivery'],
  ['nachnahme', 'cash on delivery'],
  ['auf rechnung', 'invoice'],
  ['virement( bancaire)?', 'bank transfer'],
  ['uberweisung', 'bank transfer'],
  ['transferencia( bancaria)?', 'bank transfer'],
  ['en (plusieurs fois|\\d+ fois)', 'instalments'],
  ['(a|en) plazos', 'instalments'],
  ['ratenzahlung|in raten', 'instalments'],
  ['carte (bancaire|de credit)', 'card'],
  ['kreditkarte|karte', 'card'],
  ['tarjeta( de credito)?', 'card'],
  ['payer|paye|payes|paiement', 'pay'],
  ['bezahlen|bezahlt|zahlen|zahlung', 'pay'],
  ['pagar|pague|pagado|pago', 'pay'],
  ['factures?|rechnungs?|facturas?', 'invoice'],
  ['recus?|quittung|beleg|recibos?', 'receipt'],
  ['devises?|wahrung|monedas?|divisas?', 'currency'],
  ['debite|abgebucht|cobrado|cobran', 'charged'],
  // Shipping and orders
  ['droits de douane|douanes?|zoll(gebuhren)?|aduanas?|aranceles', 'customs duties'],
  ['frais de port|versandkosten|gastos de envio', 'shipping cost'],
  ['livraisons?|livrer|livre|lieferung|liefern|geliefert|entrega|entregar|entregado', 'delivery'],
  ['expedier|expedie|expedition|versand|versenden|verschickt|envios?|enviar|enviado', 'ship'],
  ['colis|pakete?|paquetes?', 'parcel'],
  ['commandes?|bestellung(en)?|pedidos?', 'order'],
  ['annuler|stornieren|storno|cancelar', 'cancel'],
  ['adresse|direccion', 'address'],
  ['samedi|samstag|sabado', 'saturday'],
  ['dimanche|sonntag|domingo', 'sunday'],
  ['week ?end|wochenende|fin de semana', 'weekend'],
  ['jours?|tage|tagen|dias?', 'days'],
  ['suivi|sendungsverfolgung|seguimiento', 'tracking'],
  // Returns, refunds, warranty, repairs
  ['remboursements?|rembourser|rembourse|ruckerstattung|erstattung|erstattet|reembolsos?|reembolsar', 'refund'],
  ['retours?|retourner|renvoyer|rucksendung|zurucksenden|zuruckschicken|ruckgabe|devolucion|devolver', 'return'],
  ['echanger|echange|umtauschen|umtausch|cambiar por|cambio', 'exchange'],
  ['etiquette|etikett|etiqueta', 'label'],
  ['garantie|gewahrleistung|garantia', 'warranty'],
  ['reparer|reparation|reparieren|reparatur|reparar|reparacion', 'repair'],
  ['pieces? de rechange|ersatzteile?|repuestos?', 'spare parts'],
  ['tournevis|schraubendreher|destornillador', 'screwdriver'],
  ['recycler|recyclage|recyceln|reciclar|reciclaje', 'recycle'],
  // The phone
  ['batteries?|akkus?|baterias?', 'battery'],
  ['ecrans?|bildschirm|display|pantallas?', 'screen'],
  ['chargeurs?|ladegerate?|netzteil|cargador(es)?', 'charger'],
  ['recharger|charger|se charge|laden|ladt|cargar|carga', 'charge'],
  ['cables?|kabel', 'cable'],
  ['haut parleurs?|lautsprecher|altavoz', 'speaker'],
  ['micro(phone)?|mikrofon|microfono', 'microphone'],
  ['appareil photo|kamera|camara', 'camera'],
  ['mise a jour|aktualisierung|actualizacion|actualizar', 'update'],
  ['reinitialis\\w*|zurucksetzen|werkseinstellungen|restablecer|de fabrica', 'factory reset'],
  ['stockage|speicher(platz)?|almacenamiento', 'storage'],
  ['s allume (plus|pas)|geht nicht (mehr )?an|no (se )?enciende', 'wont turn on'],
  ['chauffe|surchauffe|heiss|uberhitzt|caliente|se calienta', 'hot'],
  ['eau|wasser|agua|mouille|nass|mojado', 'water'],
  ['fissure|casse|gebrochen|gesprungen|kaputt|roto|rota|rajada', 'cracked'],
  // The account
  ['mot de passe|passwort|contrasena', 'password'],
  ['compte|konto|cuenta', 'account'],
  ['se connecter|connexion|anmelden|einloggen|iniciar sesion', 'sign in'],
  ['supprimer|loschen|eliminar|borrar', 'delete'],
  ['donnees|daten|datos', 'data'],
  ['arnaque|escroquerie|betrug|estafa|timo', 'scam'],
];

const RULES = GLOSSARY.map(([words, english]) => [new RegExp(`\\b(${words})\\b`, 'g'), english] as const);

/** Normalised text with the shop's French, German and Spanish words in the guide's English. */
export function inGuideEnglish(normalised: string): string {
  let out = normalised;
  for (const [re, english] of RULES) out = out.replace(re, english);
  return out;
}
