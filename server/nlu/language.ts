import { LOCALES, type Locale } from '../../shared/locales.js';

/** The languages the assistant understands: the shop's (docs/decisions/032-languages.md). */
export const LANGUAGES = LOCALES;
export type Language = Locale;

type Detector = typeof import('eld/small')['eld'];
let loading: Promise<Detector> | undefined;

/**
 * ELD's n-gram tables are 1.6 MB of code that take 0.7 s of CPU to load: loaded for the first
 * message that needs them, not at every start of the server (a start without chat never pays).
 */
export function loadLanguageDetector(): Promise<Detector> {
  loading ??= import('eld/small').then(({ eld }) => {
    eld.setLanguageSubset([...LANGUAGES]);
    return eld;
  });
  return loading;
}

/**
 * The language of a shopper's message, by ELD's n-gram detector limited to our four. Short or
 * mixed messages ("the halo", "ok thx", product names) are unreliable: those count as English,
 * which is what most of them are and what the rest of the message understanding assumes.
 */
export async function detectLanguage(text: string): Promise<Language> {
  return detectLanguageOr(text, 'en');
}

/**
 * Words of a Spanish shopper's message that French and German do not write ("la funda loop le
 * vale a mi vision x" is French to ELD for its "la", "le" and "a").
 */
const SPANISH_ONLY = new Set(
  (
    'mi mis el los las del al y con para por pero muy una unos unas esta este esto eso esa ese está ' +
    'como cómo cuando cuándo donde dónde cual cuál cuanto cuánto qué porque también tambien ya hay ' +
    'vale sirve funda puedo tengo tiene quiero funciona pantalla bateria batería movil móvil celular ' +
    'celu telefono teléfono pedido pedidos envio envío garantia garantía cuesta cargador hola gracias porfa'
  ).split(' '),
);
const FRENCH_WORDS = new Set(
  (
    'je j est les des mon ma mes pour avec pas une du ce cet cette qui et vous c l d n qu ne au aux ' +
    'sur dans il elle nous oui non merci bonjour coque chargeur téléphone'
  ).split(' '),
);
/** Words that mark the message as French or German after all ("la coque va sur mon vision x"). */
const GERMAN_WORDS = new Set(
  (
    'der die das und ist ich nicht mit für mein meine meinem meinen ein eine einen zu auf den dem ' +
    'wie was kann hülle passt handy danke hallo bitte'
  ).split(' '),
);
const FRENCH_OR_GERMAN = new Set([...FRENCH_WORDS, ...GERMAN_WORDS]);

/**
 * Spanish by its own marks, whatever ELD's n-grams say: "¿" and "¡" ("¿paypal?", "¿vision go?",
 * which ELD calls English), which no other of our languages writes; or, when ELD guesses French or
 * German, two Spanish-only words and none of theirs.
 */
function spanishByItsMarks(text: string, guess: Language | undefined): boolean {
  if (/[¿¡]/.test(text)) return true;
  if (guess !== 'fr' && guess !== 'de') return false;
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  if (words.some((w) => FRENCH_OR_GERMAN.has(w))) return false;
  return new Set(words.filter((w) => SPANISH_ONLY.has(w))).size >= 2;
}

/**
 * The Spanish-only words English also writes, as words, names or shorthand ("ya", "con", "hay",
 * "al", "mi", "y", "vale", "ese"): the rest mark a message ELD calls English as Spanish with an
 * English word mixed in ("tracking del VX-…", "el refund").
 */
const ENGLISH_TOO = new Set('mi al y con ya hay vale ese esa para por porfa'.split(' '));
const SPANISH_NOT_ENGLISH = new Set([...SPANISH_ONLY].filter((w) => !ENGLISH_TOO.has(w)));
const ENGLISH_WORDS = new Set(
  (
    'the a an is are was my your of and to for with it this that can do does how what where when ' +
    'i you me we please thanks one ones any some get got have has need want buy in on at so or but not'
  ).split(' '),
);

/** Place names English writes in Spanish ("shipping time to Los Angeles"). */
const PLACES = /\b(los angeles|las vegas|el paso|el salvador|la paz|los cabos|las cruces|el segundo)\b/g;

/** A message ELD calls English that is Spanish but for an English word or two ("tracking del VX-…"). */
function spanishWithEnglishWords(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(PLACES, ' ')
    .split(/[^\p{L}]+/u);
  if (words.some((w) => ENGLISH_WORDS.has(w) || FRENCH_OR_GERMAN.has(w))) return false;
  return words.some((w) => SPANISH_NOT_ENGLISH.has(w));
}

/** ELD's guess among our four, and whether it is sure (short messages rarely are). */
export async function guessLanguage(text: string): Promise<{ language: Language | undefined; reliable: boolean }> {
  const result = (await loadLanguageDetector()).detect(text);
  const language = LANGUAGES.find((l) => l === result.language);
  const reliable = result.isReliable();
  if (spanishByItsMarks(text, language) || (language === 'en' && spanishWithEnglishWords(text)))
    return { language: 'es', reliable: true };
  if (language !== 'de' && germanWithEnglishWords(text)) return { language: 'de', reliable: true };
  return { language, reliable };
}

/** Words only German writes, of a short shop question ("Hat das Vision Go Wireless Charging?", "Go kabellos laden?"). */
const GERMAN_ONLY = new Set([
  // The German words above that English does not also write ("die", "was", "den" it does).
  ...[...GERMAN_WORDS].filter((w) => !['die', 'was', 'den'].includes(w)),
  ...(
    'fur wann wo gibt gibts haben hat kabellos laden lädt ladet akku hulle ladegerät ladegerat kopfhörer ' +
    'kopfhorer bestellung lieferung versand rückgabe ruckgabe garantie auch noch schon wieder'
  ).split(' '),
]);

/**
 * A message ELD calls English, Spanish or French that is German with English product words: two
 * German-only words (one in a message of three words or fewer) and no English, Spanish or French one.
 */
function germanWithEnglishWords(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.some((w) => ENGLISH_WORDS.has(w) || SPANISH_NOT_ENGLISH.has(w) || FRENCH_WORDS.has(w))) return false;
  const german = new Set(words.filter((w) => GERMAN_ONLY.has(w))).size;
  return german >= (words.length <= 3 ? 1 : 2);
}

/**
 * The message's language, or `fallback` when the detector cannot tell: "ok" or "VX-1234" in a
 * conversation held in French are French (the language of the shopper's last message that could
 * be told).
 */
export async function detectLanguageOr(text: string, fallback: Language): Promise<Language> {
  const { language, reliable } = await guessLanguage(text);
  return language && reliable ? language : fallback;
}
