import type { PhraseTable } from '../gist.js';

/**
 * How German shoppers tell what happened and what they want, read as the English engine needs it:
 * how long ago and for how long ("vor 3 Tagen", "seit 5 Wochen"), "sein" as "be" after what a
 * phone should be, plugging in ("an den Strom hängen"), a business asking for many phones, and
 * an e-mail's request told in formal German. Keys as in de.ts: accents and case ignored.
 */
const SPANS: ReadonlyArray<readonly [string, string]> = [
  ['tagen', 'days'],
  ['tag', 'day'],
  ['wochen', 'weeks'],
  ['woche', 'week'],
  ['monaten', 'months'],
  ['monat', 'month'],
  ['jahren', 'years'],
  ['jahr', 'year'],
];
const DIGITS = Array.from({ length: 60 }, (_, i) => String(i + 1));
const TIME_SPANS = Object.fromEntries(
  SPANS.flatMap(([german, english]) =>
    DIGITS.flatMap((n) => [
      [`vor ${n} ${german}`, `${n} ${english} ago`],
      [`seit ${n} ${german}`, `for ${n} ${english}`],
      [`jetzt seit ${n} ${german}`, `for ${n} ${english} now`],
    ]),
  ),
);

/** "Es sollte wasserdicht sein": what a phone should be. */
const QUALITIES: ReadonlyArray<readonly [string, string]> = [
  ['wasserdicht', 'waterproof'],
  ['robust', 'rugged'],
  ['stabil', 'sturdy'],
  ['günstig', 'cheap'],
  ['billig', 'cheap'],
  ['klein', 'small'],
  ['kompakt', 'compact'],
  ['leicht', 'light'],
  ['schnell', 'fast'],
  ['gut', 'good'],
  ['groß', 'big'],
  ['leise', 'quiet'],
  ['bruchsicher', 'shatterproof'],
  ['stoßfest', 'shockproof'],
];
const TO_BE = Object.fromEntries(
  QUALITIES.flatMap(([german, english]) => [
    [`${german} sein`, `be ${english}`],
    [`richtig ${german} sein`, `be properly ${english}`],
    [`sehr ${german} sein`, `be very ${english}`],
  ]),
);

const SAYINGS: PhraseTable = {
  // Returns and refunds.
  'was zurückgeschickt': 'sent something back',
  'geld wieder': 'money back',
  'mein geld wieder': 'my money back',
  kam: 'arrived',
  'in echt': 'in person',
  'gefällt mir die farbe gar nicht': "i don't like the colour at all",
  'gefällt mir die farbe nicht': "i don't like the colour",
  'laut einstellungen': 'according to the settings',
  'laut den einstellungen': 'according to the settings',
  'laut der einstellungen': 'according to the settings',
  anderthalb: 'one and a half',
  eineinhalb: 'one and a half',
  'ist das ein garantiefall': 'is that covered by the warranty',
  garantiefall: 'warranty claim',
  // Orders and buying.
  'wann geht die raus': 'when will it ship',
  'wann geht das raus': 'when will it ship',
  'wann geht sie raus': 'when will it ship',
  'wann geht er raus': 'when will it ship',
  'die bezahlte': 'the paid one',
  'brauch ich': 'do i need',
  'fürs laden': 'for charging',
  'watt laden': 'watt charging',
  verwirrt: 'confused',
  'was kostet mich das': 'how much would it cost me',
  'für alle drei zusammen': 'for all three together',
  'für alle zusammen': 'for all of them together',
  speichergröße: 'storage size',
  'die kleine speichergröße': 'the smallest storage',
  'die kleinste speichergröße': 'the smallest storage',
  bub: 'son',
  buben: 'sons',
  heuer: 'this year',
  geschrottet: 'broken',
  'könnts ihr': 'can you',
  könnts: 'can you',
  'meine frau': 'my wife',
  'findet die super': 'loves it',
  'findet das super': 'loves it',
  // Plugging in after a spill.
  'an den strom hängen': 'plug it in',
  'ans ladegerät hängen': 'plug it in',
  'an die steckdose hängen': 'plug it in',
  'gleich an den strom hängen': 'plug it in right away',
  'es gleich an den strom hängen': 'plug it in right away',
  ausgeht: 'turns off',
  'damit es nicht ausgeht': "so it doesn't turn off",
  // A business equipping its staff.
  mengenrabatt: 'bulk discount',
  mitarbeitenden: 'employees',
  'mit 25 mitarbeitenden': 'with 25 employees',
  ausstatten: 'equip',
  'der so etwas betreut': 'who handles that',
  'der das betreut': 'who handles that',
  betreut: 'handles',
  // A formal e-mail's request.
  erhielt: 'received',
  'ich möge': 'asking me to',
  'über einen link': 'via a link',
  beziehungsweise: 'or',
  bzw: 'or',
  'soll ich dem nachkommen': 'should i do that',
  'dem nachkommen': 'do that',
};

export const STORIES: PhraseTable = { ...TIME_SPANS, ...TO_BE, ...SAYINGS };
