import { namedPassageId } from './intent-passages.js';
import { NUMBER_OR_WORD, plain } from '../../nlu/entities.js';
import { BEFORE_IT_GOES, PREPARES_TO_SEND } from '../understanding/before-classifier.js';
import { ASKS_PRICE, COVER_QUESTION } from '../understanding/signs.js';
import { paragraphs } from './format.js';
import { policyAnswer, troubleshootingAnswer } from './guide-answer.js';
import { guideAnswer } from './intent-guide-answer.js';
import type { ReplyContext } from './reply-context.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * The warranty and the phone leaving the shopper's hands: what the warranty does not cover after
 * damage, the return window, and "back up and erase it" before a phone is sold, sent or returned.
 */

/** "Sending it back tomorrow, do I need to do anything first?": back up, sign out and reset before it goes. */
export const preparesToSend = (ctx: ReplyContext) => {
  const p = plain(ctx.turn.userText);
  return (
    (PREPARES_TO_SEND.test(p) || /\b(send\w*|post\w*|return\w*|ship\w*|box)\b/.test(p)) &&
    (BEFORE_IT_GOES.test(p) ||
      /\b(anything (to|i need|else)|apps|sim|nothing else|fotos|daten|datos|donnees)\b/.test(p))
  );
};
export function wipeFirst(ctx: ReplyContext): string | undefined {
  const reset = ctx.knowledge.passages.find((x) => x.id.startsWith('factory-reset'));
  return (
    reset &&
    paragraphs(
      '**Before it goes, back up and erase it**: everything on it travels with it otherwise.',
      troubleshootingAnswer(reset, 'back up erase factory reset before returning'),
    )
  );
}

/** Drops, liquid, cracks and other makers' parts: what the warranty does not cover. */
const DAMAGE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'stolen',
      'nicked',
      'pinched',
      'theft',
      'lost (it|my)',
      String.raw`pickpocket\w*`,
      String.raw`drop\w*`,
      'fell',
      String.raw`fall\w*`,
      String.raw`crack(?!l)\w*`,
      String.raw`smash\w*`,
      String.raw`shatter\w*`,
      'bent',
      String.raw`crush\w*`,
      'water',
      'wet',
      'liquid',
      'pool',
      'toilet',
      'sea',
      'rain',
      String.raw`spill\w*`,
      'sank',
      String.raw`swim\w*`,
      'third party',
      'non visionx',
      'ebay',
      'amazon',
      String.raw`cheap\w* (battery|screen|part)`,
      'aftermarket',
      'gefallen',
      'gebrochen',
      'kaputt',
      'gesprungen',
      'wasser',
      'tombe',
      'casse',
      'fissure',
      'eau',
      'caido',
      'roto',
      'rota',
      'agua',
      String.raw`mojad\w*`,
      'washing machine',
      'baignoire',
      'piscine',
      'badewanne',
      'waschmaschine',
      'banera',
      'piscina',
      'lavadora',
      'lave linge',
    ],
    String.raw`)\b`,
  ),
);
/** Damage the warranty does not cover, with no one part named: what it costs instead. */
const STILL_REPAIRABLE =
  'So damage like this is not covered, but it can still be fixed: the modular repair program sells every module at a fixed price, to fit yourself with the free video guide or at the service center.';
/** The warranty: for damage (a drop, liquid, a third-party part), what it does not cover, then the repair program. */
export function warrantyAnswer(ctx: ReplyContext): string {
  // "If it's dead after that, is it covered?" points back at the damage told before; "and how long is
  // it?" asks the warranty's length, whatever came before.
  const asksLength =
    /\bhow (long|many (years|months))\b.*\b(warrant|guarantee)|\b(warrant\w*|guarantee)\b.*\bhow (long|many (years|months))\b/.test(
      plain(ctx.turn.userText),
    );
  const pointsBack =
    !asksLength &&
    (ctx.understanding.followUp ||
      anyOf(
        '',
        String.raw`\b(it|that|this|after that)\b`,
        group(
          String.raw`\b(c est|ca|cela|le|la|les|das|dies|es|eso|esto|lo|est ce) (\w+ ){0,2}(`,
          [String.raw`couvr\w*`, 'couvert', 'deckt', 'gedeckt', 'abgedeckt', 'cubre', 'cubierto'],
          String.raw`)\b`,
        ),
      ).test(plain(ctx.turn.userText)));
  const both = plain(`${pointsBack ? ctx.memory.recentUserText : ''} ${ctx.turn.userText}`);
  // "And if I don't trust myself with a screwdriver?" after the damage names its own passage (the service center).
  const notCovered =
    DAMAGE.test(both) && !namedPassageId(ctx.turn.userText)?.replace(/^what-the-visionx-warranty.*/, '')
      ? ctx.knowledge.passages.find((x) => x.id.startsWith('what-the-visionx-warranty-does-not-cover'))
      : undefined;
  // "Only holds 75% now, is that covered?": what the warranty covers, with the line about that fault.
  const covers =
    !notCovered && COVER_QUESTION.test(plain(ctx.turn.userText))
      ? ctx.knowledge.passages.find((x) => x.id.startsWith('what-the-visionx-warranty-covers'))
      : undefined;
  const passage = notCovered ?? covers;
  // The guide's words for it: "nicked on the bus" is the line on stolen phones.
  const asked = ctx.turn.userText.replace(/\b(nicked|pinched|swiped|robbed|taken|pickpocketed)\b/gi, 'stolen');
  // "Wie viel kostet ein neuer Akku?": the part's price from the repair program's list, in any of the four languages.
  if (!passage && ASKS_PRICE.test(both)) {
    // "How much is that part?" after steps that named the likely module: that module.
    const named = /\b(that|this|the) (part|module)\b/.test(plain(ctx.turn.userText))
      ? /\b(usb c port|battery|display|screen|camera|back cover) module\b/.exec(plain(lastAnswer(ctx)))?.[1]
      : undefined;
    // "All cracked, free or how much?": a crack from a drop is not the warranty's, said first (the guide's
    // own sentence, so it reads in every language), then the part's price.
    const dropped = !named && DAMAGE.test(both) && MODULES[0]![0].test(both) ? crackedGlass(ctx) : undefined;
    if (dropped)
      return paragraphs(dropped, "If you'd rather not fit it, the service center does it for a $25 labor fee.");
    const price = modulePrice(ctx, named ?? both, false);
    if (price) return price;
  }
  const body = passage ? policyAnswer(passage, asked) : guideAnswer(ctx, 'warranty');
  const repair = notCovered
    ? (modulePrice(ctx, both) ?? (/repair program/.test(body) ? undefined : STILL_REPAIRABLE))
    : undefined;
  return paragraphs(body, repair, preparesToSend(ctx) ? wipeFirst(ctx) : undefined);
}

/** The assistant's last answer, for a part it named ("the USB-C port module ($19) is the likely fault"). */
const lastAnswer = (ctx: ReplyContext) =>
  [...ctx.turn.history]
    .reverse()
    .find((h) => h.role === 'assistant')
    ?.content.split('\n')[0] ?? '';

/** A module's name inside a sentence: "battery", but "USB-C port". */
const inSentence = (part: string) => part.replace(/^(?!USB)\w/, (c) => c.toLowerCase());

/** The module a damaged part is, as the repair program's price list names it. */
const MODULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Plurals and possessives too: "the screen's cracked" reads "the screens cracked".
  [/\b(screens?|displays?|bildschirm|ecran|pantalla)\b/, 'Display'],
  [/\b(cameras?|lens|lenses|kamera|camara|objectif)\b/, 'Main camera'],
  [/\b(battery|batterys|akku|batterie|bateria)\b/, 'Battery'],
  [/\b(ports?|usb c|charging port)\b/, 'USB-C port'],
  [/\b(back|back cover|ruckseite|dos)\b/, 'Back cover'],
];
/** "Cracked screen, is that covered?": not, and what the part costs to replace from the repair program's list. */
function modulePrice(ctx: ReplyContext, p: string, notCovered = true): string | undefined {
  const part = MODULES.find(([re]) => re.test(p))?.[1];
  const program = ctx.knowledge.passages.find((x) => x.id.startsWith('the-modular-repair'));
  const line = part && program?.text.split('\n').find((l) => l.startsWith(`- ${part}:`));
  const m = line && /^- [^:]+: (\$\d+), about (\d+ minutes?)/.exec(line);
  if (!m) return undefined;
  return notCovered
    ? `To fix it yourself, a new ${inSentence(part)} module costs **${m[1]}** and takes about ${m[2]} to fit, with a free video guide; or the service center fits it for a $25 labor fee.`
    : `A new ${inSentence(part)} module costs **${m[1]}** and takes about ${m[2]} to fit yourself, with a free step-by-step video guide; it is free under the 2-year warranty when it fails from a defect. If you'd rather not fit it, the service center does it for a $25 labor fee.`;
}

/** The screen passage's sentence on cracked glass: accidental damage, not covered, and the display's price. */
const crackedGlass = (ctx: ReplyContext) =>
  ctx.knowledge.passages
    .find((x) => x.id.startsWith('screen-problems'))
    ?.text.split(/(?<=\.)\s+|\n/)
    .find((sentence) => sentence.startsWith('Cracked glass from a drop'));

/** "It arrived five weeks ago, can I still send it back?": the return window first. */
export const ASKS_WINDOW = anyOf(
  '',
  String.raw`\b(\d+|a|one|two|three|four|five|six|seven|eight) (days?|weeks?|months?) ago\b`,
  String.raw`\b(arrived|delivered|came|got it|bought it)\b.{0,30}\b(days?|weeks?|months?)\b`,
  String.raw`\bhace \d+ dias\b`,
  String.raw`\bil y a \d+ jours\b`,
  String.raw`\bvor \d+ tagen\b`,
  String.raw`\b(still|too late to) (return|send it back)\b`,
);
export const CAN_I_STILL = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'can i',
      'could i',
      'still',
      'too late',
      'allowed',
      'possible',
      'ok to',
      'fine to',
      'puedo',
      'peux je',
      'kann ich',
      'darf ich',
      'isnt it',
      'is that ok',
    ],
    String.raw`)\b`,
  ),
);
export function returnWindow(ctx: ReplyContext): string {
  const policy = ctx.knowledge.passages.find((x) => x.id.startsWith('the-30-day-return'));
  const answer = policy ? policyAnswer(policy, ctx.turn.userText) : guideAnswer(ctx, 'returns');
  // "I got it 5 weeks ago, can I still return it?": whether that is inside the 30 days, said first.
  const days = daysAgo(plain(ctx.turn.userText));
  if (days === undefined) return answer;
  const verdict =
    days > RETURN_DAYS
      ? `At about ${days} days, that is past the 30-day return window, so it can no longer be returned for a refund. If it has a fault, the 2-year warranty covers it: ask me for a person and we'll sort it out.`
      : `At about ${days} days, you're still within the 30-day return window.`;
  return paragraphs(verdict, answer);
}

const RETURN_DAYS = 30;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };

/** "5 weeks ago", "for three weeks", "a month ago": how many days since the shopper got it. */
function daysAgo(p: string): number | undefined {
  const m = /\b(\d+|an?|one|two|three|four|five|six|seven|eight) (day|week|month)s? ago\b/.exec(p);
  if (!m) return undefined;
  const n = NUMBER_OR_WORD(m[1]!);
  return n === undefined ? undefined : n * UNIT_DAYS[m[2]!]!;
}
