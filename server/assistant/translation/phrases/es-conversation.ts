import type { PhraseTable } from '../gist.js';

/**
 * How a Spanish-speaking shopper leans on the conversation, read as the English engine reads it:
 * correcting themselves ("perdón, me refería al X"), accepting a person ("sí, que alguien me lo
 * gestione"), "a new one", asking whether an order has gone ("¿ya lo enviaron?"), how long they
 * have had a phone ("lo tengo hace año y medio"), and a follow-up about fit built on the phone
 * ("¿y al Vision X le queda?"). Keys as in es.ts: accents and case ignored, the longest phrase wins.
 */
const SENT = ['enviaron', 'mandaron', 'despacharon', 'enviasteis', 'mandasteis', 'han enviado', 'han mandado'];
const HANDLED = ['gestione', 'tramite', 'resuelva', 'haga', 'arregle', 'mire'];

export const CONVERSATION: PhraseTable = {
  // "¿Ya enviaron mi pedido {paid} o qué onda?": has it shipped yet.
  ...Object.fromEntries(SENT.map((sent) => [`ya ${sent}`, 'have you shipped'])),
  ...Object.fromEntries(SENT.map((sent) => [`ya lo ${sent}`, 'have you shipped it'])),
  'o que onda': 'or what',
  'o q onda': 'or what',
  // Correcting themselves mid-message.
  'me referia a': 'i meant',
  'me referia al': 'i meant the',
  'me refiero a': 'i mean',
  'me refiero al': 'i mean the',
  'quise decir': 'i meant',
  'queria decir': 'i meant',
  'no espera': 'no wait',
  // Accepting the person offered.
  ...Object.fromEntries(HANDLED.map((verb) => [`que alguien me lo ${verb}`, 'have someone handle it for me'])),
  ...Object.fromEntries(HANDLED.map((verb) => [`que alguien lo ${verb}`, 'have someone handle it'])),
  'que alguien se encargue': 'have someone take care of it',
  'que se encargue alguien': 'have someone take care of it',
  // "A new one", "one and a half", how long a phone has been owned and how long it lasts.
  'una nueva': 'a new one',
  ...Object.fromEntries(
    ['cuanto sale', 'cuanto cuesta', 'cuanto vale', 'que precio tiene'].flatMap((much) => [
      [`${much} una nueva`, 'how much is a new one'],
      [`${much} uno nuevo`, 'how much is a new one'],
    ]),
  ),
  'y medio': 'and a half',
  'ano y medio': 'year and a half',
  'un ano y medio': 'a year and a half',
  'lo tengo hace': 'i have had it for',
  'lo tengo desde hace': 'i have had it for',
  'la tengo hace': 'i have had it for',
  'ni hasta': 'not even until',
  'ya no me dura': 'no longer lasts',
  'ya casi no me dura': 'barely lasts',
  'ya casi no': 'barely',
  cena: 'dinner',
  'la cena': 'dinner',
  'la merienda': 'the afternoon',
  // "¿Y al Vision X le queda bien?": does it fit the Vision X.
  'le queda bien': 'does it fit',
  'le sirve': 'does it fit',
  'le sirve igual': 'does it fit too',
  'le entra': 'does it fit',
  // "Que pueda", "que lo tenga": a phone that can, one that has it.
  'que pueda': 'that can',
  'que lo tenga': 'that has it',
  'que la tenga': 'that has it',
  'que lo haga': 'that does it',
  'se me va de precio': 'is out of my budget',
  anular: 'cancel',
  'anular una compra': 'cancel an order',
  'me lo cancelas': 'cancel it for me',
  'me lo cancelas tu': 'can you cancel it for me',
  'me haces ese favor': 'can you do that for me',
};
