import type { PhraseTable } from '../gist.js';

/**
 * French the dev-fr2 round met, said the ways shoppers from France, Quebec, Switzerland, Belgium
 * and Africa say it: where they live and where to send, a card that will not go through, a
 * neighbour's advice to reset the phone, devices to pair, a carrier's QR code, running a small
 * business, and "are you a robot" in chat spelling. Keys as in fr.ts: accents and case ignored,
 * the longest phrase wins.
 */
const CARRIER_WORDS = ['opérateur', 'operateur', 'opérateur mobile', 'fournisseur'];
const CARRIER: Record<string, string> = {};
for (const [my, english] of [
  ['mon', 'my'],
  ['ton', 'your'],
  ['votre', 'your'],
  ['son', 'their'],
])
  for (const word of CARRIER_WORDS)
    for (const to of ['', 'à ', 'a ']) CARRIER[`${to}${my} ${word}`] = `${english} carrier`;
for (const word of CARRIER_WORDS) CARRIER[`l'${word}`] = 'the carrier';

/** "Une prise pour mes écouteurs à fil": a headphone jack, however the shopper names what plugs in. */
const JACK: Record<string, string> = {};
for (const plug of ['prise', 'entrée', 'sortie'])
  for (const what of ['écouteurs', 'écouteurs à fil', 'écouteurs filaires', 'casque', 'casque à fil'])
    for (const my of ['', 'mes ', 'les ', 'des ', 'un ', 'mon ']) JACK[`${plug} pour ${my}${what}`] = 'headphone jack';
for (const plug of ['prise', 'entrée', 'sortie'])
  for (const what of ['casque', 'audio', 'écouteurs']) JACK[`${plug} ${what}`] = 'headphone jack';

export const FR_CONVERSATION: PhraseTable = {
  ...CARRIER,
  ...JACK,
  // "J'avais mis 128, euh non en fait je voudrais le 256 finalement": the other size instead.
  ...Object.fromEntries(['64', '128', '256', '512'].map((size) => [`${size} finalement`, `${size} instead`])),
  'euh non': '',
  // A first smartphone, asked formally
  'portable à clapet': 'flip phone',
  'téléphone à clapet': 'flip phone',
  "m'a conseillé": 'recommended me',
  "m'a recommandé": 'recommended me',
  'au fait de ces choses': 'familiar with these things',
  "il paraît qu'": 'apparently',
  "il parait qu'": 'apparently',
  'devient vite dangereux': 'soon becomes unsafe',
  "s'il n'a plus de": 'if it no longer gets',
  'je vous remercie par avance': 'thank you in advance',
  'je vous remercie': 'thank you',
  'par avance': 'in advance',
  'ce modèle sera-t-il mis à jour': 'will this model get updates',
  'ce modele sera-t-il mis a jour': 'will this model get updates',
  'petit-fils': 'grandson',
  'petite-fille': 'granddaughter',
  genève: 'Geneva',
  bruxelles: 'Brussels',
  // Where a shopper lives and where it is sent
  "j'habite à": 'i live in',
  "j'habite a": 'i live in',
  "j'habite en": 'i live in',
  "j'habite au": 'i live in',
  'habite à': 'live in',
  'fais livrer': 'have it delivered',
  'faire livrer': 'have it delivered',
  'chez ma cousine': "to my cousin's",
  'chez mon cousin': "to my cousin's",
  'chez mes parents': "to my parents'",
  'passe par un transitaire': 'use a freight forwarder',
  'passer par un transitaire': 'use a freight forwarder',
  transitaire: 'freight forwarder',
  "qui me l'envoie": 'who forwards it to me',
  "me l'envoie": 'sends it to me',
  // A card that will not go through
  'ma carte passe pas': 'my card is declined',
  'ma carte ne passe pas': 'my card is declined',
  'la carte passe pas': 'the card is declined',
  'la carte ne passe pas': 'the card is declined',
  'ça bug': 'it fails',
  'ca bug': 'it fails',
  'ça beug': 'it fails',
  'elle est passée ou pas': 'did it go through or not',
  'est passée ou pas': 'went through or not',
  // Resetting a phone
  'remettre le téléphone à zéro': 'factory reset the phone',
  'remettre le telephone a zero': 'factory reset the phone',
  'remettre à zéro': 'factory reset',
  'remettre a zero': 'factory reset',
  'est-ce vrai': 'is that true',
  "j'ai peur de perdre": "i'm afraid of losing",
  'peur de perdre': 'afraid of losing',
  voisine: 'neighbour',
  voisin: 'neighbour',
  // Devices
  ordi: 'laptop',
  ordinateur: 'computer',
  tablette: 'tablet',
  'connectées à': 'connected to',
  'connectés à': 'connected to',
  'connectées a': 'connected to',
  'connectés a': 'connected to',
  'impossible de les ajouter à': "i can't add them to",
  'impossible de les ajouter a': "i can't add them to",
  'je déconnecte': 'i disconnect',
  déconnecte: 'disconnect',
  'et après': 'and then what',
  'je le scanne où': 'where do i scan it',
  'je le scanne ou': 'where do i scan it',
  scanne: 'scan',
  'je trouve pas': "i can't find",
  'je ne trouve pas': "i can't find",
  'je demande quoi': 'what do i ask',
  'demande quoi à': 'what do i ask',
  'demande quoi a': 'what do i ask',
  'combien de place libre': 'how much free space',
  'il faut garder combien de place libre': 'how much free space do i need to keep',
  // Updates and a first phone
  "combien d'années": 'how many years',
  'sera-t-il mis à jour': 'will it get updates',
  'sera-t-il mis a jour': 'will it get updates',
  'mis à jour': 'updated',
  'mis a jour': 'updated',
  natel: 'phone',
  'quatre cents': '400',
  'plus de quatre cents dollars': 'more than 400 dollars',
  'je ne veux pas mettre plus de': "i don't want to spend more than",
  'je veux pas mettre plus de': "i don't want to spend more than",
  'elle casse tout': 'she breaks everything',
  'elle perd tout': 'she loses everything',
  // Cart
  "j'avais mis": 'i had put',
  'en fait': 'actually',
  euh: '',
  'ça fait combien de plus': 'how much more is it',
  'ca fait combien de plus': 'how much more is it',
  "ne l'ajoutez pas": "don't add it",
  "ne l'ajoute pas": "don't add it",
  "l'ajoutez pas": "don't add it",
  "pour l'instant": 'for now',
  'je voulais juste savoir': 'i just wanted to know',
  'il coûte combien': 'how much is',
  'il coute combien': 'how much is',
  'coupent le bruit': 'cancel noise',
  'qui coupent le bruit': 'with noise cancelling',
  'ils existent en': 'do they come in',
  'elles existent en': 'do they come in',
  'elle se colle dessus': 'does it attach magnetically',
  'il se colle dessus': 'does it attach magnetically',
  'se colle dessus': 'attaches magnetically',
  'sinon je fais comment pour la renvoyer': 'otherwise how do i return it',
  'je fais comment pour la renvoyer': 'how do i return it',
  'je fais comment pour le renvoyer': 'how do i return it',
  // A small business
  'tarif de groupe': 'bulk discount',
  'un tarif de groupe': 'a bulk discount',
  'tarif entreprise': 'business discount',
  'équiper les gars': 'equip my team',
  'mettez-moi en relation': 'put me in touch with a person',
  'mets-moi en relation': 'put me in touch with a person',
  'en relation': 'in touch with a person',
  // Chat spelling
  't un robot': 'are you a bot',
  't un bot': 'are you a bot',
};
