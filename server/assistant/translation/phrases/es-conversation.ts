import type { PhraseTable } from '../gist.js';

/**
 * How a Spanish-speaking shopper leans on the conversation, read as the English engine reads it:
 * correcting themselves ("perdón, me refería al X"), accepting a person ("sí, que alguien me lo
 * gestione"), "a new one", asking whether an order has gone ("¿ya lo enviaron?"), how long they
 * have had a phone ("lo tengo hace año y medio"), and a follow-up about fit built on the phone
 * ("¿y al Vision X le queda?"). Keys as in es.ts: accents and case ignored, the longest phrase wins.
 */
/** "Pónmelo en blanco": the colour of the one in the cart or the card changed, not another added. */
const COLOURS: ReadonlyArray<readonly [string, string]> = [
  ['negro', 'black'],
  ['blanco', 'white'],
  ['verde', 'green'],
  ['azul', 'blue'],
  ['gris', 'graphite'],
  ['lila', 'lilac'],
  ['morado', 'lilac'],
  ['coral', 'coral'],
  ['rosa', 'pink'],
  ['transparente', 'transparent'],
];
const MAKE_IT = [
  'ponmelo en',
  'ponmela en',
  'ponlo en',
  'ponla en',
  'cambiamelo a',
  'cambiamela a',
  'cambialo a',
  'cambiala a',
];
const SENT = ['enviaron', 'mandaron', 'despacharon', 'enviasteis', 'mandasteis', 'han enviado', 'han mandado'];
const HANDLED = ['gestione', 'tramite', 'resuelva', 'haga', 'arregle', 'mire'];

export const CONVERSATION: PhraseTable = {
  ...Object.fromEntries(
    MAKE_IT.flatMap((make) => COLOURS.map(([colour, english]) => [`${make} ${colour}`, `make it ${english}`])),
  ),
  // "¿Ya enviaron mi pedido {paid} o qué onda?": has it shipped yet.
  ...Object.fromEntries(SENT.map((sent) => [`ya ${sent}`, 'have you shipped'])),
  ...Object.fromEntries(SENT.map((sent) => [`ya lo ${sent}`, 'have you shipped it'])),
  'o que onda': 'or what',
  // Words the dev-es6 round met, as they were meant.
  'en usa': 'in the us',
  'a usa': 'to the us',
  'de usa': 'from the us',
  'en usa?': 'in the us?',
  conservan: 'do you keep',
  'que informacion': 'what information',
  'que datos': 'what data',
  conservais: 'do you keep',
  'como se hace': 'how do i do it',
  'a partir de cuanto': 'from what amount',
  verificar: 'verify',
  'pa verificar': 'to verify',
  llover: 'rain',
  'va a llover': 'is it going to rain',
  lloviendo: 'raining',
  salir: 'go out',
  temprano: 'early',
  toda: 'all',
  'toda la pantalla': 'the whole screen',
  'camara de atras': 'rear camera',
  'la camara de atras': 'the rear camera',
  'es q': '',
  'la cambie': 'i swapped it',
  'lo cambie': 'i swapped it',
  'la cambie yo': 'i swapped it myself',
  'lo cambie yo': 'i swapped it myself',
  'x una nueva': 'with a new one',
  'por una nueva': 'with a new one',
  'x uno nuevo': 'with a new one',
  'por uno nuevo': 'with a new one',
  'cuanto tarda en': 'how long does it take to',
  'cuanto se tarda en': 'how long does it take to',
  cambiarla: 'replace it',
  cambiarlo: 'replace it',
  'uno mismo': 'yourself',
  'una misma': 'yourself',
  'se lo puede devolver ella': 'can she return it',
  'se lo puede devolver el': 'can he return it',
  'tengo que hacerlo yo': 'do i have to do it',
  'hacerlo yo': 'do it myself',
  // "¿Os queda alguno?", "¿les quedan?": is any left in stock.
  ...Object.fromEntries(
    ['os', 'les', 'te'].flatMap((you) => [
      [`${you} queda alguno`, 'do you have any left'],
      [`${you} queda alguna`, 'do you have any left'],
      [`${you} quedan`, 'do you have any left'],
    ]),
  ),
  // ("¿Te queda bien?" is whether it fits, so only "os" and "les" on their own.)
  'os queda': 'do you have any left',
  'les queda': 'do you have any left',
  // "En mi carrito tengo el Go en coral, ¿verdad?": a question asking to be told yes.
  verdad: 'right',
  'no es cierto': 'right',
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
