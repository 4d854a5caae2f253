import { plain } from '../../nlu/entities.js';
import { paragraphs } from './format.js';
import type { ReplyContext } from './reply-context.js';
import { troubleshootingAnswer } from './guide-answer.js';

/** What to do first, before any explanation: one hazard, one instruction. */
const FIRST_AID: Array<[RegExp, string]> = [
  [/\b(swallow\w*|chew\w*|bit (into|through)|avale\w*|verschluckt|geschluckt|tragado|trago)\b/, '**If someone swallowed a battery or a magnet, get medical help now**: call your local emergency number or poison control (for a pet, call your vet now). Do not make them vomit, and do not give them anything to eat or drink unless a doctor tells you to. Keep any other loose batteries and magnets out of reach.'],
  [/\b(smok\w*|sparks?|sparking|fire|flames?|melt\w*|fumee|rauch\w*|humo|brule|verbrannt|quemad\w*|funken|chispas?|feu|fuego|burn\w* smell|smells? (of |like )?(burn\w*|smoke|chemicals?|plastic)|hiss\w*|fizz\w*)\b/, "**Unplug it and stop using it now.** If it smokes, sparks or you see flames, move away from it and anything that can burn, and call your local emergency number. Don't touch it with bare hands while it is hot, and never put water on a battery fire unless you have no other choice."],
  [/\b(swell\w*|swollen|bulg\w*|puff\w*|bloat\w*|pillow\w*|expand\w*|lifting|gonfl\w*|aufgebla\w*|geschwollen|hinchad\w*|inflad\w*)\b/, "**Stop using your phone and don't charge it.** A swollen battery can overheat or catch fire. Don't press on it, bend it or try to open the phone or pull the battery out yourself. Switch it off if you can without pressing on it, and leave it on a hard, non-flammable surface away from heat and anything that burns."],
  [/\b(eau|wasser|agua|toilettes?|klo|inodoro|evier|spulbecken|waschbecken|fregadero|piscine|piscina|pluie|regen|lluvia|mouille|nass|mojad\w*|water|toilet|pool|sink|bath|tub|sea|ocean|lake|coffee|tea|juice|beer|wine|soda|coke|rain|puddle|liquid|drink|wet|soaked|submerged|spill\w*|dunked|dry|dryer|drying|rice)\b/, "**Switch it off now, and don't charge it or plug anything in until it is completely dry.** Don't use a hair dryer or an oven, and don't put it in rice; wipe it, let it stand with the ports facing down, and wait at least 24 hours."],
  [/\b(chaud|brulant|heiss|caliente|calienta|surchauff\w*|uberhitz\w*|sobrecalent\w*|hot|overheat\w*|burning (hot|up)|scalding|heat|freezer|fridge|refrigerator|cool (it|down))\b/, "**Unplug the charger and stop using your phone now.** Take it out of its case and let it cool on a hard surface, away from pillows, blankets and direct sun. Don't put it in a fridge or freezer."],
  [/\b(shatter\w*|smashed|broken glass|glass (is )?(flaking|splinter\w*|coming off|falling)|shards?|splinters?)\b/, "**Stop using it and keep it away from children until the display is replaced**: loose glass cuts. If you must use it meanwhile, cover the cracked glass with clear tape."],
  [/\b(shock\w*)\b/, "**Unplug the charger at the wall and stop using the phone and that charger.** Don't touch it with wet hands, and don't use the charger or cable again."],
];

const UNSURE = "**Stop using your phone and unplug it from the charger.** Leave it on a hard surface away from anything that can burn until you're sure it is safe.";

const SAFETY_HELP = "If it bulges, smells of burning, hisses or is too hot to hold while you are not using it, please don't use it again: this is a safety problem, not a fault to fix yourself. I can bring in a person from the VisionX team to arrange a safe repair or replacement; just say so.";
const PERSON_ASKED = "Please don't use it again until it has been checked: this is a safety problem, not a fault to fix yourself. **I've asked a person from the VisionX team to join this chat** to arrange a safe repair or replacement; they'll reply here or by email within one business day.";

const LIQUID = 3;
const HEAT = 4;
const GLASS = 5;
/** Warm while fast charging is normal; only heat with these words is a hazard a person follows up. */
const REAL_HEAT = /\b(too hot|burning|overheat\w*|scalding|(really|very|so|super|extremely|still) hot|hot to (hold|touch)|cant hold|melt\w*)\b/;

/** The first-aid line the message (or, for a follow-up, the conversation) calls for; -1 when unsure. */
function hazardOf(ctx: ReplyContext): number {
  const p = plain(ctx.turn.userText);
  // A follow-up ("it's still on, what now?") is read together with the message that raised the hazard.
  return [p, plain(`${ctx.memory.lastUser?.text ?? ''} ${ctx.turn.userText}`)].map((t) => FIRST_AID.findIndex(([re]) => re.test(t))).find((i) => i >= 0) ?? -1;
}

/**
 * [SAFE3] A battery that swells, smokes, smells, sparks, shocks, was swallowed or is too hot to hold
 * gets a person without being asked: a replacement has to be arranged. A wet phone is dried first.
 */
export function hazardNeedsPerson(ctx: ReplyContext): boolean {
  const index = hazardOf(ctx);
  if (index === LIQUID || index === GLASS) return false;
  if (index === HEAT) return REAL_HEAT.test(plain(ctx.turn.userText));
  return true;
}

/** [SAFE1] A hazard gets the protective instruction first, then the guide's steps, then a person. */
export function safetyAnswer(ctx: ReplyContext, personAsked = false): string {
  const index = hazardOf(ctx);
  const first = index < 0 ? UNSURE : FIRST_AID[index]![1];
  // Liquid and heat have the guide's steps to follow once the phone is safe; the others have none.
  const guideId = index === LIQUID ? /^water-or-liquid/ : index === HEAT ? /^phone-overheating/ : index === GLASS ? /^screen-problems/ : undefined;
  const passage = guideId && ctx.knowledge.passages.find((x) => guideId.test(x.id));
  return paragraphs(first, passage ? troubleshootingAnswer(passage, ctx.turn.userText) : undefined, personAsked ? PERSON_ASKED : SAFETY_HELP);
}

/** [SAFE2] Someone asking for a code, a password or an address change: never VisionX. */
export function scamAnswer(): string {
  return paragraphs(
    "**That wasn't VisionX. We never ask for your card's security code (CVC), your password or a one-time code**, by phone, email or text, and we never ask you to change a delivery address or pay a fee outside our checkout.",
    "Don't reply, don't click their links and don't share anything; if it's a call, hang up.",
    "If you already shared something: call your bank on the number on your card to block it, and change your password on the [Account page](/account) with **Change password** (that signs out every other device).",
    'The real VisionX support is this chat, the [Contact page](/contact) and hello@visionx.example. Would you like me to bring in a person to check your account or orders?',
  );
}
