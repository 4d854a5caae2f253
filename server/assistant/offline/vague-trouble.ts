import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * "My phone is acting weird", "something's wrong with my phone", "it doesn't work": trouble with
 * no symptom named. No guide passage fits until the shopper says what happens, so the answer asks
 * (the classifier, made to pick, picked a passage at random: data transfer, the phone line-up).
 */
const TROUBLE = anyOf(
  '',
  group(
    String.raw`\b(phone|mobile|cell( ?phone)?|device|it|this thing)\b.{0,30}\b(`,
    [
      'weird',
      'strange',
      'odd',
      'funny',
      'broken',
      'broke',
      'wrong',
      'not working',
      String.raw`(does|is|won|will|did) ?(n ?t|not) work\w*`,
      'acting up',
      'playing up',
      'messed up',
      'problems?',
      'issues?',
      'trouble',
      String.raw`glitch\w*`,
      String.raw`bugg\w*`,
    ],
    String.raw`)\b`,
  ),
  String.raw`\b(something|somethings|something s|anything) (is |s )?(wrong|up|off|weird|strange) with\b`,
  String.raw`\b(a|some) (problem|issue|trouble)s? with (my|the|this) (phone|mobile|cell|device)\b`,
);

/** A symptom, a part or a request that makes the trouble specific: the usual reading answers it. */
const SPECIFIC = new RegExp(
  String.raw`\b(batter\w*|charg\w*|plug\w*|cable|screen|display|touch\w*|wi ?fi|signal|data|network|bluetooth|camera|photos?|pictures?|sound|speaker|mic\w*|audio|volume|calls?|calling|updat\w*|apps?|hot|heat\w*|warm|burn\w*|smok\w*|smell\w*|swell\w*|swollen|bulg\w*|water|wet|liquid|spill\w*|drop\w*|fell|fall\w*|recommend\w*|which|surviv\w*|buy\w*|crack\w*|shatter\w*|freez\w*|frozen|restart\w*|reboot\w*|slow\w*|lag\w*|turn\w* (on|off)|power\w*|button\w*|sim|esim|storage|memory|space|password|account|orders?|cart|price|cost|buy|lost|stolen|gps|notification\w*|vibrat\w*|fingerprint|face|black|blank|flicker\w*|lines?|dead|warrant\w*|cover\w*|repair\w*|return\w*|refund\w*|replace\w*|scam\w*|hack\w*|virus\w*|code|text\w*|email\w*|link|keyboard|port|case|glass|wireless|pad|watch|buds|headphones?|earbuds?)\b`,
);

/** A short message: a long one tells a story, and the usual reading takes it. */
const SHORT = 16;

export const isVagueTrouble = (p: string) =>
  p.trim().split(/\s+/).length <= SHORT && TROUBLE.test(p) && !SPECIFIC.test(p);

export const VAGUE_TROUBLE_ANSWER = [
  "I'm sorry about that. What is it doing, or what happened to it?",
  "For example: it won't charge or the battery drains fast, it gets hot, it restarts or freezes, the screen misbehaves, Wi-Fi, mobile data or Bluetooth keeps dropping, an app or an update fails, or the camera or the sound isn't right.",
  "Tell me what you see and which model it is, and I'll take you through the fix; or I can bring in a person from the team.",
].join('\n\n');
