import { plain } from '../../nlu/entities.js';
import { paragraphs } from './format.js';
import type { ReplyContext } from './reply-context.js';
import { troubleshootingAnswer } from './guide-answer.js';
import { hazardKinds, type HazardKind } from '../understanding/hazards.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/** What to do first, before any explanation: one instruction per hazard. */
const FIRST_AID: Record<HazardKind, string> = {
  injury:
    "**For a burn, cool the skin under cool running water for 20 minutes**, then cover it loosely with cling film or a clean dressing; don't put ice, butter or creams on it. See a doctor or pharmacist if it blisters, is larger than your palm, or is on a child; for a serious burn call your local emergency number.",
  swallowed:
    '**If someone swallowed a battery or a magnet, get medical help now**: call your local emergency number or poison control (for a pet, call your vet now), even if they seem fine. Do not make them vomit, and do not give them anything to eat or drink unless a doctor tells you to. Keep any other loose batteries and magnets out of reach.',
  fire: "**Unplug it and stop using it now, and don't charge it or switch it on again**, even once it has cooled: a battery that smoked or hissed stays damaged. Put it down on a hard surface away from anything that can burn, and keep your distance. If it smokes, sparks or you see flames, move away from it and call your local emergency number. Don't touch it with bare hands while it is hot, and never put water on a battery fire unless you have no other choice.",
  swelling:
    "**Stop using your phone: unplug it if it's charging, and don't charge it again.** A swollen battery can overheat or catch fire. Don't press on it or bend it. Don't open the phone, and don't pull the battery out yourself. Switch it off if you can without pressing on it, and leave it on a hard, non-flammable surface away from heat and anything that burns.",
  'damaged-battery':
    "**Stop using it now: don't use, charge or throw away a dented, cracked or punctured battery, and don't post it.** Keep it on a hard, non-flammable surface away from anything that burns. A damaged battery is a safety risk, so a person from the VisionX team takes it on and tells you how VisionX takes it back and recycles it safely.",
  shock:
    "**Unplug the charger at the wall and stop using the phone and that charger.** Don't touch it with wet hands, and don't use the charger or cable again. VisionX cables and chargers are covered by the 2-year warranty (the 65 W GaN Charger for 3), so one of ours that frays or sparks is replaced. If someone got a shock and feels unwell, has a burn, numbness or tingling that doesn't pass, or a racing heart, get medical help.",
  heat: "**Unplug the charger and stop using your phone now.** Take it out of its case and let it cool on a hard surface, away from pillows, blankets and direct sun. Don't put it in a fridge or freezer.",
  liquid:
    "**Switch it off now, and don't charge it or plug anything in until it is completely dry.** Don't use a hair dryer or an oven, and don't put it in rice; wipe it, let it stand with the ports facing down, and wait at least 24 hours.",
};

/** Looser words, for a message the classifier (not the guard) read as a hazard. */
const LOOSE: ReadonlyArray<readonly [HazardKind, RegExp]> = [
  ['injury', /\b(burn(ed|t)? (my|his|her)|blister\w*|cream|ointment|burn on)\b/],
  [
    'shock',
    anyOf(
      '',
      String.raw`\b(chew\w*|bitten|gnaw\w*)\b.{0,40}\b(cable|cord|lead|wires?|charger|plug|braid\w*)\b`,
      String.raw`\b(cable|cord|lead|wires?|charger|plug|braid\w*)\b.{0,40}\b(chew\w*|bitten|gnaw\w*)\b`,
      String.raw`\b(copper|bare wires?|fray\w*)\b`,
    ),
  ],
  ['swallowed', /\b(swallow\w*|chew\w*|bit (into|through)|mouth|avale\w*|verschluckt|geschluckt|tragado|trago)\b/],
  [
    'fire',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`smok\w*`,
          'sparks?',
          'sparking',
          'fire',
          'flames?',
          String.raw`melt\w*`,
          'fumee',
          String.raw`rauch\w*`,
          'humo',
          'brule',
          'verbrannt',
          String.raw`quemad\w*`,
          'funken',
          'chispas?',
          'feu',
          'fuego',
          String.raw`burn\w* smell`,
          'smells?',
          String.raw`hiss\w*`,
          String.raw`fizz\w*`,
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  [
    'swelling',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`swell\w*`,
          'swollen',
          String.raw`bulg\w*`,
          String.raw`puff\w*`,
          String.raw`bloat\w*`,
          String.raw`pillow\w*`,
          String.raw`expand\w*`,
          'lifting',
          String.raw`gonfl\w*`,
          String.raw`aufgebla\w*`,
          'geschwollen',
          String.raw`hinchad\w*`,
          String.raw`inflad\w*`,
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  [
    'liquid',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'eau',
          'wasser',
          'agua',
          'toilettes?',
          'klo',
          'inodoro',
          'evier',
          'spulbecken',
          'waschbecken',
          'fregadero',
          'piscine',
          'piscina',
          'pluie',
          'regen',
          'lluvia',
          'mouille',
          'nass',
          String.raw`mojad\w*`,
          'water',
          'toilet',
          'pool',
          'sink',
          'bath',
          'tub',
          'sea',
          'ocean',
          'lake',
          'coffee',
          'tea',
          'juice',
          'beer',
          'wine',
          'soda',
          'coke',
          'rain',
          'puddle',
          'liquid',
          'drink',
          'wet',
          'soaked',
          'submerged',
          String.raw`spill\w*`,
          'dunked',
          'dry',
          'dryer',
          'drying',
          'rice',
          String.raw`wash\w*`,
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  [
    'heat',
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'chaud',
          'brulant',
          'heiss',
          'caliente',
          'calienta',
          String.raw`surchauff\w*`,
          String.raw`uberhitz\w*`,
          String.raw`sobrecalent\w*`,
          'hot',
          String.raw`overheat\w*`,
          'burning (hot|up)',
          'scalding',
          'heat',
          'freezer',
          'fridge',
          'refrigerator',
          'cool (it|down)',
        ],
        String.raw`)\b`,
      ),
    ),
  ],
  ['damaged-battery', /\b(punctur\w*|dent(ed)?|pierc\w*)\b/],
  ['shock', /\b(shock\w*|tingl\w*|zapp\w*)\b/],
];

/** A battery in trouble on board: the crew first, wherever it is. */
const ON_A_PLANE = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(flight|airplane|aeroplane|plane) mode\b).*\b(`,
    [
      'on (a|the|this|my) (plane|flight|aircraft|airplane|aeroplane)',
      'in flight',
      'mid ?(air|flight)',
      'on board',
      'onboard',
      '(plane|flight) right now',
      'cabin crew',
      'flight attendants?',
      'seat pocket',
      'overhead (bin|locker)',
      '(im|i m|i am|we re|were|we are) (flying|on a plane)',
      'taking off',
      'dans l avion',
      'en vol',
      'im flugzeug',
      'en el avion',
    ],
    String.raw`)\b`,
  ),
);
const CREW_AID =
  '**On a plane, tell the cabin crew straight away**: they are trained and equipped for a battery that overheats or smokes. Keep it out of the overhead bin and your bags, where nobody can see it.';

const GLASS_AID =
  '**Stop using it and keep it away from children until the display is replaced**: loose glass cuts. If you must use it meanwhile, cover the cracked glass with clear tape.';
const BROKEN_GLASS =
  /\b(shatter\w*|smashed|broken glass|glass (is )?(flaking|splinter\w*|coming off|falling)|shards?|splinters?)\b/;

const UNSURE =
  "**Stop using your phone and unplug it from the charger.** Leave it on a hard surface away from anything that can burn until you're sure it is safe.";

/** Asking, after a hazard, whether the phone can be used or charged again. */
const USE_AGAIN = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(charger|cable|lead|plug|another phone|other phone|different phone)\b).*\b(`,
    [
      String.raw`(ok|okay|fine|safe|alright|good) (to|for) (use|charge|keep|carry on|turn|switch|plug)\w*`,
      group(
        '(can|could|should|shall) i (now |just )?(',
        ['use', 'charge', 'turn', 'switch', 'plug'],
        String.raw`)\w* (it|him|her) (again|back|on|in)`,
      ),
      '(use|charge|using|charging) it again',
      'back to normal',
      '(its|it s|it is|seems) (fine|ok|okay|normal) now',
    ],
    String.raw`)\b`,
  ),
);
const NOT_YET =
  "**Not yet: please don't use or charge it again until it has been checked**, even if it seems fine now. A battery that did that once can do it again without warning.";

const SAFETY_HELP =
  "If it bulges, smells of burning, hisses or is too hot to hold while you are not using it, please don't use it again: this is a safety problem, not a fault to fix yourself. I can bring in a person from the VisionX team to arrange a safe repair or replacement; just say so.";
const PERSON_ASKED =
  "Please don't use it again until it has been checked: this is a safety problem, not a fault to fix yourself. **I've asked a person from the VisionX team to join this chat** to arrange a safe repair or replacement; they'll reply here or by email within one business day.";

/** Warm while fast charging is normal; only heat with these words (or heat at rest, the guide's sign of a failing battery) is a hazard a person follows up. */
const REAL_HEAT = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'had to put it down',
      '(on )?standby',
      'sleep mode',
      '(screen|display) (is |was )?off',
      '(its|it s) locked',
      'on the (table|desk) (doing nothing|not in use)',
      'sitting on the (table|desk|side)',
      'not (even )?using it',
      'not doing anything',
      'doing (literally |absolutely )?nothing',
      'idle',
      '(its|it s|it has|it was|phones|phone has|phone was) (just )?(been )?(sitting|lying)',
      'too hot',
      'burning',
      String.raw`overheat\w*`,
      'scalding',
      'roasting',
      'boiling',
      'scorching',
      '(really|very|so|super|extremely|still) hot',
      'hot to (hold|touch)',
      'cant hold',
      String.raw`melt\w*`,
      'kaum halten',
      'nicht (mehr )?halten',
      'so heiss',
      'zu heiss',
      'trop chaud',
      'brulant',
      'muy caliente',
      String.raw`quema\w*`,
    ],
    String.raw`)\b`,
  ),
);

/**
 * The hazards the message (or, for a follow-up, the conversation) describes, most serious first:
 * the guard's phrasings, else the looser words.
 */
function hazardsOf(ctx: ReplyContext): HazardKind[] {
  // A follow-up ("it's still on, what now?") is read together with the message that raised the hazard.
  for (const text of [ctx.turn.userText, `${ctx.memory.lastUser?.text ?? ''} ${ctx.turn.userText}`]) {
    const strict = hazardKinds(text);
    if (strict.length) return strict;
    const p = plain(text);
    const loose = LOOSE.find(([, re]) => re.test(p));
    if (loose) return [loose[0]];
  }
  return [];
}

/**
 * [SAFE3] A battery that swells, smokes, smells, sparks, shocks, was swallowed or is too hot to hold
 * gets a person without being asked: a replacement has to be arranged. A wet phone is dried first.
 */
export function hazardNeedsPerson(ctx: ReplyContext): boolean {
  const kinds = hazardsOf(ctx);
  // A complaint, or a refund or replacement asked for, needs a person's decision whatever the hazard.
  if (DECISION.test(plain(ctx.turn.userText))) return true;
  if (!kinds.length) return !BROKEN_GLASS.test(plain(ctx.turn.userText));
  // "It's cooled down now, fine to use again?" is read with the heat told before it.
  const told = hazardKinds(ctx.turn.userText).length
    ? ctx.turn.userText
    : `${ctx.memory.lastUser?.text ?? ''} ${ctx.turn.userText}`;
  return kinds.some((k) => (k === 'heat' ? REAL_HEAT.test(plain(told)) : k !== 'liquid'));
}

/** "Warm on long runs with GPS, normal?": warmth during hard work, asked about, with no sign of a failing battery. */
const HARD_WORK = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'gam(e|es|ing)',
      String.raw`play\w*`,
      'gps',
      String.raw`navigat\w*`,
      'maps?',
      'sat ?nav',
      String.raw`film\w*`,
      String.raw`record\w*`,
      '4k',
      String.raw`video\w*`,
      String.raw`stream\w*`,
      String.raw`charg\w*`,
      'hotspot',
      'runs?',
      'running',
      'jogging',
      'workouts?',
      'camera',
      'photos?',
      'calls?',
      'facetime',
      'zoom',
    ],
    String.raw`)\b`,
  ),
);
/** Warmth told with a sign of trouble: not the normal kind, whatever the phone was doing. */
const TROUBLE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`smell\w*`,
      'funny',
      'weird',
      'strange',
      String.raw`flicker\w*`,
      'new battery',
      String.raw`(fitted|replaced|swapped|changed) (\w+ ){0,2}battery`,
      'third party',
      'cheap',
      'knock ?off',
      'pocket',
      'bag',
      'all the time',
      'always',
      'constantly',
      'standby',
      'sitting',
      'idle',
      'not (using|in use)',
      'overnight',
      'screen (is |was )?off',
      String.raw`bulg\w*`,
      String.raw`swell\w*`,
      'swollen',
      String.raw`hiss\w*`,
      String.raw`smok\w*`,
      String.raw`burn\w*`,
      'too hot',
      'very hot',
      'really hot',
    ],
    String.raw`)\b`,
  ),
);
const WARM_ASKED = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'warm',
      'warmish',
      'a (bit|little) (warm|hot)',
      'kinda (warm|hot)',
      'slightly (warm|hot)',
      'heats? up a (bit|little)',
    ],
    String.raw`)\b.{0,80}\b(normal|ok|okay|fine|expected|usual|worr\w*|bad|safe|concern\w*)\b`,
  ),
  String.raw`\b(is it|is that|is this) (normal|ok|okay|fine|expected|usual)\b.{0,60}\b(warm|warmish)\b`,
);
export const WARMTH_IS_NORMAL =
  '**Warm is normal** when the phone works hard: fast charging, gaming, video calls, navigation or filming all warm it up.';
export const asksIfWarmthIsNormal = (p: string) =>
  WARM_ASKED.test(p) && HARD_WORK.test(p) && !TROUBLE.test(p) && !REAL_HEAT.test(p) && !hazardKinds(p).length;

const DECISION = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`complain\w*`,
      'complaint',
      'unacceptable',
      String.raw`refund\w*`,
      'replacement',
      'replace it',
      '(speak|talk) to (a |someone|somebody|a person|a human|a manager)',
    ],
    String.raw`)\b`,
  ),
);

/** The fire and swelling instructions already say what to do about the heat that comes with them. */
const withoutSubsumed = (kinds: HazardKind[]) =>
  kinds.some((k) => k === 'fire' || k === 'swelling' || k === 'damaged-battery')
    ? kinds.filter((k) => k !== 'heat')
    : kinds;

/** [SAFE1] A hazard gets the protective instruction first, then the guide's steps, then a person. */
export function safetyAnswer(ctx: ReplyContext, personAsked = false): string {
  // Two hazards at once (a chewed power bank that smokes) get both instructions, the worse first.
  const kinds = withoutSubsumed(hazardsOf(ctx)).slice(0, 2);
  const glass = !kinds.length && BROKEN_GLASS.test(plain(ctx.turn.userText));
  const first = kinds.length ? kinds.map((k) => FIRST_AID[k]) : [glass ? GLASS_AID : UNSURE];
  // Liquid and heat have the guide's steps to follow once the phone is safe; the others have none.
  const only = kinds.length === 1 ? kinds[0] : undefined;
  const guideId =
    only === 'liquid'
      ? /^water-or-liquid/
      : only === 'heat'
        ? /^phone-overheating/
        : glass
          ? /^screen-problems/
          : undefined;
  const passage = guideId && ctx.knowledge.passages.find((x) => guideId.test(x.id));
  const crew =
    kinds.some((k) => k === 'fire' || k === 'heat' || k === 'swelling' || k === 'damaged-battery') &&
    ON_A_PLANE.test(plain(ctx.turn.userText))
      ? CREW_AID
      : undefined;
  // "It's cooled down, so it's fine to use again?" after the hazard: not until it has been checked, said first.
  const notYet =
    !hazardKinds(ctx.turn.userText).length &&
    USE_AGAIN.test(plain(ctx.turn.userText)) &&
    kinds.some((k) => k !== 'liquid')
      ? NOT_YET
      : undefined;
  return paragraphs(
    crew,
    notYet,
    ...first,
    passage ? troubleshootingAnswer(passage, ctx.turn.userText) : undefined,
    personAsked ? PERSON_ASKED : SAFETY_HELP,
  );
}
