import type { PhraseTable } from '../gist.js';

/**
 * Spoken French the auditors met, as the English engine reads it: verbs in every person ("ils
 * m'entendent pas", "j'entends"), an object pronoun before an infinitive ("je peux le rendre"),
 * commands with their pronoun ("dis-moi", "change-le"), times said as "à + noun" ("à la commande"),
 * "are you a robot" in statement order, and "ya 10 jours". Keys as in fr.ts: accents and case
 * ignored, the longest phrase wins.
 */
/** A verb in every person a shopper writes it: [forms and their English]. */
const VERBS: ReadonlyArray<readonly [string, string]> = [
  ['entend', 'hear'],
  ['répond', 'answer'],
  ['comprend', 'understand'],
  ['vend', 'sell'],
  ['attend', 'wait'],
  ['perd', 'lose'],
  ['rend', 'give back'],
];
const ER_VERBS: ReadonlyArray<readonly [string, string]> = [
  ['envoi', 'send'],
  ['march', 'work'],
  ['fonctionn', 'work'],
  ['chauff', 'get hot'],
  ['gonfl', 'swell'],
  ['fum', 'smoke'],
  ['arriv', 'arrive'],
  ['coup', 'cut out'],
  ['bloqu', 'block'],
  ['livr', 'deliver'],
  ['accept', 'accept'],
  ['propos', 'offer'],
  ['appell', 'call'],
  ['rappell', 'call back'],
  ['rembours', 'refund'],
  ['factur', 'charge'],
  ['cass', 'break'],
  ['plant', 'crash'],
  ['demand', 'ask'],
  ['parl', 'talk'],
  ['cherch', 'look for'],
  ['trouv', 'find'],
  ['utilis', 'use'],
  ['expédi', 'ship'],
  ['annul', 'cancel'],
  ['écout', 'listen to'],
  ['vibr', 'vibrate'],
  ['clignot', 'flash'],
  ['aim', 'like'],
  ['lâch', 'give out'],
  ['déconnect', 'disconnect'],
  ['connect', 'connect'],
];
/** Third person plural of the irregular verbs ("ils veulent", "ils reçoivent"). */
const IRREGULAR: PhraseTable = {
  veulent: 'want',
  doivent: 'must',
  font: 'do',
  voient: 'see',
  prennent: 'take',
  mettent: 'put',
  reçoivent: 'receive',
  viennent: 'come',
  savent: 'know',
  achètent: 'buy',
  'me disent': 'tell me',
  'm’ont dit': 'told me',
  "m'ont dit": 'told me',
  'ne veulent pas': "don't want to",
  'veulent pas': "don't want to",
  ...Object.fromEntries(
    [
      ['rembourser', 'refund me'],
      ['répondre', 'answer me'],
      ['rappeler', 'call me back'],
      ['envoyer', 'send me'],
      ['aider', 'help me'],
      ['contacter', 'contact me'],
    ].map(([verb, english]) => [`me ${verb}`, english]),
  ),
  'se déconnectent': 'keep disconnecting',
};
const FORMS: Record<string, string> = Object.fromEntries(
  VERBS.flatMap(([stem, english]) => [
    [`${stem}ent`, english],
    [`${stem}s`, english],
    [`j'${stem}s`, `i ${english}`],
    [`m'${stem}ent`, `${english} me`],
    [`m'${stem}ent pas`, `don't ${english} me`],
    [`ne m'${stem}ent pas`, `don't ${english} me`],
    [`m'${stem} pas`, `doesn't ${english} me`],
    [`ne m'${stem} pas`, `doesn't ${english} me`],
  ]).concat(
    ER_VERBS.flatMap(([stem, english]) => [
      [`${stem}ent`, english],
      [`m'${stem}ent`, `${english} me`],
      [`m'${stem}ent pas`, `don't ${english} me`],
      [`ne m'${stem}ent pas`, `don't ${english} me`],
      [`${stem}ent pas`, `don't ${english}`],
    ]),
  ),
);

/** "Je peux le rendre": an object pronoun before an infinitive is "it", not "the". */
const INFINITIVES: ReadonlyArray<readonly [string, string]> = [
  ['rendre', 'return'],
  ['retourner', 'return'],
  ['renvoyer', 'send back'],
  ['échanger', 'exchange'],
  ['annuler', 'cancel'],
  ['réparer', 'repair'],
  ['changer', 'change'],
  ['garder', 'keep'],
  ['recevoir', 'receive'],
  ['payer', 'pay for'],
  ['commander', 'order'],
  ['acheter', 'buy'],
  ['ajouter', 'add'],
  ['enlever', 'remove'],
  ['supprimer', 'remove'],
  ['utiliser', 'use'],
  ['charger', 'charge'],
  ['mettre', 'put'],
  ['activer', 'activate'],
  ['installer', 'install'],
  ['réinitialiser', 'reset'],
  ['récupérer', 'get back'],
  ['envoyer', 'send'],
  ['suivre', 'track'],
  ['essayer', 'try'],
  ['brancher', 'plug in'],
  ['allumer', 'turn on'],
  ['éteindre', 'turn off'],
  ['scanner', 'scan'],
  ['connecter', 'connect'],
  ['trouver', 'find'],
  ['voir', 'see'],
];
const OBJECT_BEFORE_INFINITIVE = Object.fromEntries(
  INFINITIVES.flatMap(([verb, english]) => [
    [`le ${verb}`, `${english} it`],
    [`la ${verb}`, `${english} it`],
    [`les ${verb}`, `${english} them`],
    [`me le ${verb}`, `${english} it`],
    [`me la ${verb}`, `${english} it`],
  ]),
);

/** Commands in the imperative with their pronoun ("dis-moi", "change-le"). */
const COMMANDS: PhraseTable = {
  'dis-moi': 'tell me',
  'dites-moi': 'tell me',
  'sois honnête': 'be honest',
  'soyez honnête': 'be honest',
  'sois franc': 'be honest',
  'sois franche': 'be honest',
  'change-le': 'change it',
  'change-la': 'change it',
  'changez-le': 'change it',
  'changez-la': 'change it',
  'fais-le': 'do it',
  'fais-la': 'do it',
  'faites-le': 'do it',
  'fais-moi': 'give me',
  'montre-moi': 'show me',
  'explique-moi': 'explain to me',
  'expliquez-moi': 'explain to me',
  'envoie-moi': 'send me',
  'envoyez-moi': 'send me',
  'donne-moi': 'give me',
  'donnez-moi': 'give me',
  'rappelle-moi': 'call me back',
  'rappelez-moi': 'call me back',
  'passe-moi': 'put me through to',
  'passez-moi': 'put me through to',
  'rembourse-moi': 'refund me',
  'remboursez-moi': 'refund me',
  'réponds-moi': 'answer me',
  'répondez-moi': 'answer me',
  'trouve-moi': 'find me',
  'trouvez-moi': 'find me',
  'conseille-moi': 'recommend me',
  'conseillez-moi': 'recommend me',
  'propose-moi': 'suggest me',
  'proposez-moi': 'suggest me',
  'laisse tomber': 'never mind',
  'laissez tomber': 'never mind',
  'dis-le': 'say it',
  'dites-le': 'say it',
};

/** "À la commande", "à l'expédition": when the shopper orders, when it ships. */
const TIMES: ReadonlyArray<readonly [string, string]> = [
  ['la commande', 'when i order'],
  ["l'expédition", 'when it ships'],
  ["l'envoi", 'when it ships'],
  ['la réception', 'on delivery'],
  ['la réception du colis', 'when the parcel arrives'],
  ["l'arrivée", 'when it arrives'],
  ["l'achat", 'when i buy'],
  ["l'ouverture du colis", 'when i opened the parcel'],
  ["l'ouverture", 'when i opened it'],
  ['la première charge', 'on the first charge'],
  ["l'allumage", 'when i turn it on'],
  ['la mise en route', 'when i set it up'],
];
const WHEN: PhraseTable = {
  ...Object.fromEntries(TIMES.flatMap(([noun, english]) => ['à', 'a'].map((to) => [`${to} ${noun}`, english]))),
  'a la livraison': 'on delivery',
  'au paiement': 'at checkout',
  'au déballage': 'when i unboxed it',
  'au démarrage': 'on startup',
};

/** "Tu es un vrai humain ou un robot ?": asked in statement order. */
const BOT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['un robot', 'a bot'],
  ['un bot', 'a bot'],
  ['une ia', 'an ai'],
  ['une machine', 'a machine'],
  ['un vrai humain', 'a real person'],
  ['une vraie personne', 'a real person'],
  ['un humain', 'a person'],
  ['humain', 'human'],
];
const YOU_ARE = ['tu es', "t'es", 't', 'vous êtes', 'es-tu', 'êtes-vous', 'tes'];
const ARE_YOU = Object.fromEntries(
  YOU_ARE.flatMap((you) => BOT_WORDS.map(([what, english]) => [`${you} ${what}`, `are you ${english}`])),
);

/** "Ya 10 jours": spoken "il y a". */
export const TIME_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['jours', 'days'],
  ['semaines', 'weeks'],
  ['mois', 'months'],
  ['heures', 'hours'],
];
const AGO: Record<string, string> = {};
for (let n = 1; n <= 31; n++)
  for (const [unit, en] of [...TIME_UNITS, ['minutes', 'minutes'], ['ans', 'years']])
    for (const ya of ['ya', "y'a", 'y a', 'il y a']) AGO[`${ya} ${n} ${unit}`] = `${n} ${en} ago`;
for (let n = 1; n <= 60; n++)
  for (const [unit, en] of [
    ['minutes', 'minutes'],
    ['min', 'minutes'],
    ['km', 'km'],
  ])
    AGO[`a ${n} ${unit}`] = `${n} ${en} away`;
for (const ya of ['ya', "y'a", 'y a'])
  for (const [unit, en] of [
    ['un jour', 'a day'],
    ['une semaine', 'a week'],
    ['un mois', 'a month'],
    ['un an', 'a year'],
    ['deux jours', '2 days'],
    ['deux semaines', '2 weeks'],
  ])
    AGO[`${ya} ${unit}`] = `${en} ago`;

export const FR_SPOKEN: PhraseTable = {
  ...FORMS,
  ...IRREGULAR,
  ...OBJECT_BEFORE_INFINITIVE,
  ...COMMANDS,
  ...WHEN,
  ...ARE_YOU,
  ...AGO,
};
