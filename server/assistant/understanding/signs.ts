import { plain } from '../../nlu/entities.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/** The words that show what a message is about, shared by the checks that weigh the classifier's reading. */

/** An explicit cart action is never a continuation of the question before it. */
export const CART_VERB = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'add',
      'buy',
      'put',
      'bump (it|that|me|mine)',
      'upgrade (it|that|mine) to',
      'remove',
      'delete',
      'take (it )?out',
      'drop',
      'order it',
      'get it',
      'i ll take',
      'checkout',
      'check out',
      'basket',
      'cart',
    ],
    String.raw`)\b`,
  ),
);
export const SIGN_IN_CODES = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'recovery codes?',
      'authenticat[aeo]r',
      'auth app',
      'two step',
      '2 step',
      'two factor',
      '2fa',
      'sign in codes?',
      'login codes?',
      '6 digit code',
      String.raw`autenticaci\w*`,
      String.raw`authentifi\w*`,
      String.raw`authentifizier\w*`,
      'codigo de 6 digitos',
      'code a 6 chiffres',
      String.raw`6 stellige\w* code`,
      'codigos? de recuperacion',
      'codes? de recuperation',
      String.raw`wiederherstellungscode\w*`,
    ],
    String.raw`)\b`,
  ),
);
export const THIRD_PARTY =
  /\b(someone|somebody|they|he|she|caller|called|rang|texted|emailed|messaged|asked me|wants me|told me)\b/;
/** A parcel that came damaged or never came. */
export const PARCEL_TROUBLE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`(box|parcel|package|packaging)\b.{0,20}\b(ripped|torn|split|burst|soaked)`,
      'damaged',
      'broken',
      'smashed',
      'crushed',
      'dented',
      String.raw`crack(?!l)\w*`,
      'missing',
      'stolen',
      'never (arrived|came|got)',
      'not (arrived|delivered)',
      'wrong (item|phone|colour)',
      group(
        '(says|marked|shows|showing|tracking)(',
        [' as', ' it was', ' its', ' it s', ' it has been', ' it got'],
        String.raw`)? (delivered|deliverd|deliverred|delievered)\b`,
      ),
      'nothing (here|there|at (the|my) (door|porch|house|flat))',
      'never (showed|turned) up',
      'nobody (has|had|got) it',
      'not (at|on) (my|the) (door|doorstep|porch)',
      '(cant|can t) find (it|the (parcel|package|box))',
    ],
    String.raw`)\b`,
  ),
);
export const PARCEL =
  /\b(parcel|package|box|delivery|delivered|courier|arrived|turned up|came today|showed up|shipment)\b/;
export const BULK = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'bulk',
      'wholesale',
      'business (order|purchase|account)',
      'company (order|purchase)',
      group(
        String.raw`\d{2,} (`,
        ['phones', 'units', 'devices', 'handsets', 'of them', 'vision', 'terras', 'gos', 'halos'],
        String.raw`)(?! (on|is|at|battery|screen|storage)\b)`,
      ),
      'fleet',
      'corporate (order|account)',
      'trade discount',
      '(discount|deal|price|rate)s? for (my|the|our) (staff|employees|team|workers|company|business|shop|bakery|restaurant|office)',
      'volume discount',
      'discount (if|when|for) (i|we) (buy|order|get) (that|this|so) many',
    ],
    String.raw`)\b`,
  ),
);
// (Not "a phone for my daughter so she can call me": someone else calling is no callback asked of us.)
export const CALLBACK = anyOf(
  '',
  String.raw`(?<!\b(she|he|they|we|kids?|son|daughter|mum|mom|dad|wife|husband|family|friends?|grandma|grandpa|people) (can |could |will |would |to )?)\b(call|ring|phone) me( back)?\b`,
  String.raw`\bcall ?back\b|\bring (me )?back\b`,
  // "Do you have a phone number I can call?", "can I ring someone?", "a hotline?"
  String.raw`\b(phone|telephone|contact) (number|line)s? (that |which )?(i|we) (can|could) (call|ring|dial)\b`,
  String.raw`\bnumbers? (to|i can|we can|i could) (call|ring|dial)\b`,
  String.raw`\b(can|could) (i|we) (call|ring|phone) (you|someone|somebody|anyone|visionx|support|the team|customer (service|support))\b`,
  String.raw`\b(phone|telephone) (support|hotline|helpline)\b|\bhotline\b|\bhelpline\b`,
);
/** "Yes, have someone handle it for me", "get someone to deal with that": a person asked to take it on. */
export const SOMEONE_TO_HANDLE_IT = anyOf(
  '',
  group(
    String.raw`\b(have|get|let) (someone|somebody|a person|a human|one of you|one of your team|your team|the team)( to)? (`,
    ['handle', 'deal with', 'take care of', 'sort( out)?', 'look (at|into)', 'process', 'do', 'arrange'],
    String.raw`) (it|that|this|them)\b`,
  ),
);
/** Money on a card, tax on a price, paying over time. */
export const PAYMENT_TALK = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      '(visa|mastercard|amex|card) ending',
      String.raw`ending in \d{4}`,
      'charged (me|twice|two|three|my|for|already|before|again)',
      '(card|account|i) (was|got|been|were) charged',
      'charges? (on|from|to) (my )?(card|statement|account)',
      'two charges',
      'double charge',
      'charge me',
      'debited',
      'billed',
      'statement',
      'go (thru|through)',
      'went (thru|through)',
      'declined',
      'spread the (cost|payments?)',
      'instal+ments?',
      'pay (monthly|later|over time|in parts)',
      String.raw`financ\w*`,
      'split (the )?(payment|cost)',
      'vat',
      'sales tax',
      'tax(es)?',
      'duties',
      'customs',
      'invoice',
      'receipt',
    ],
    String.raw`)\b`,
  ),
);
export const ADDING = anyOf(
  '',
  group(
    String.raw`\b(`,
    ['pop', 'stick', 'chuck', 'bung', 'throw', 'drop', 'pls', 'please'],
    String.raw`)\b.{0,40}\b(in|into|to) (my|the) (basket|cart|trolley|bag)\b`,
  ),
  group(
    String.raw`\b(`,
    [
      'add',
      'buy',
      'put',
      String.raw`take (it|one|two|that|the|them|both)(?! (in|into|to|on|with|out|off|apart|swimming|underwater)\b)`,
      'order (it|one|two|that|the|them|both|a)',
      'bump',
      'upgrade',
      'swap',
      'switch',
      'change it',
      'make it',
      String.raw`ajoute\w*`,
      'mets',
      String.raw`hinzufug\w*`,
      String.raw`fug\w* hinzu`,
      String.raw`leg\w* in`,
      String.raw`anad\w*`,
      String.raw`agreg\w*`,
      'pon(lo|la)?',
      'andern',
      'wechseln',
      'changer',
      'cambiar',
      'get (me|it|one|the|a)',
      'i ll (take|have|get)',
      'want (it|one|the|a|to (buy|get|order))',
      'grab',
      'throw',
      'pop',
      'purchase',
      'cart',
      'basket',
      'checkout',
    ],
    String.raw`)\b`,
  ),
);
export const CHOOSING = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'which',
      'what',
      'any',
      'anything',
      'do you (have|sell|make)',
      'does any',
      'is there',
      'are there',
      String.raw`recommend\w*`,
      String.raw`suggest\w*`,
      'need',
      'want',
      'looking for',
      'options?',
      'phones?',
    ],
    String.raw`)\b`,
  ),
);
/** Comparatives that may sit a few words before "than", or its typo "then" ("heavier is the Terra then the X"). */
const COMPARATIVES =
  '(heavier|lighter|bigger|smaller|cheaper|pricier|dearer|faster|slower|longer|shorter|thinner|thicker|brighter|tougher|stronger|newer|louder|quieter|larger|easier|harder)';
export const COMPARING = new RegExp(
  `\\b(\\w+er than|${COMPARATIVES}( \\w+){0,5} th[ae]n|better|worse|vs|versus|or|instead of|(what|wht) (would|do|will|did|am) (i|you|we) (\\w+ )?(lose|losing|give up|giving up|miss out|missing out)|diff\\w*|compare\\w*|which|same(?! (storage|colou?r|size|one|capacity|model))|share\\w*|in common|alike|ou|oder|o)\\b`,
);
/** What makes a message about a phone a hazard; without these a classifier's "safety" on a spec question is a misreading. */
export const HAZARD_WORD = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`swell\w*`,
      'swollen',
      String.raw`bulg\w*`,
      String.raw`smok\w*`,
      String.raw`burn\w*`,
      'fire',
      String.raw`spark\w*`,
      'hot',
      String.raw`heat\w*`,
      String.raw`overheat\w*`,
      String.raw`swallow\w*`,
      'dropp?ed',
      'fell',
      String.raw`spill\w*`,
      String.raw`soak\w*`,
      String.raw`crack(?!l)\w*`,
      String.raw`shock\w*`,
      String.raw`leak\w*`,
      String.raw`melt\w*`,
      String.raw`hiss\w*`,
      String.raw`smell\w*`,
      String.raw`puff\w*`,
    ],
    String.raw`)\b`,
  ),
);
export const WARRANTY_WORD =
  /\b(warrant\w*|guarantee\w*|covered|cover|repair\w*|fix\w*|broken?|claim|defect\w*|replace\w*|spare|module)\b/;
export const SPEC_QUESTION = anyOf(
  '',
  String.raw`^ ?(what|whats|which|how (big|large|heavy|much|many|long|bright|fast|thick)|does|do|is|has|can|got)\b`,
  String.raw`\bcan (i|you|it) (put|use|fit|swap|change|get|shoot|record|take)\b`,
  group(
    String.raw`\b(`,
    [
      'can i still',
      'size',
      'resolution',
      'specs?',
      'inch(es)?',
      'hz',
      'megapixels?',
      'mah',
      'weight',
      'how many',
      'sealed',
      'rated',
      'rating',
      'waterproof',
      'water resistant',
      'dustproof',
    ],
    String.raw`)\b`,
  ),
  String.raw`\b(is|does|has) (the|it|my|your)\b`,
);
/** Something wrong right now ("my eSIM won't install"), as opposed to a question about what a phone has. */
export const FAULT_NOW = /\b(wont|doesnt|cant|isnt|not working|stopped|stuck|broken?|error|fail\w*|keeps?|anymore)\b/;
/** Words of something wrong: with them a spec word is a symptom ("the screen flickers"). */
export const FAULT = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'warm',
      'hot',
      String.raw`heat\w*`,
      'is (that|it|this) (bad|normal|ok|okay|safe)',
      'not',
      'no longer',
      'wont',
      'doesnt',
      'dont',
      'cant',
      'cannot',
      'isnt',
      'aint',
      'stopped',
      'stuck',
      'broken?',
      'broke',
      String.raw`crack(?!l)\w*`,
      String.raw`flicker\w*`,
      'dead',
      'died',
      'problem',
      'issues?',
      'fix',
      group(
        'keeps? (',
        [
          String.raw`crash\w*`,
          String.raw`freez\w*`,
          String.raw`dropp\w*`,
          String.raw`restart\w*`,
          'turning',
          'dying',
          'shutting',
          String.raw`disconnect\w*`,
          String.raw`reboot\w*`,
          'happening',
          'getting',
          'going',
          'saying',
          'showing',
          'asking',
          'rejecting',
        ],
        ')',
      ),
      String.raw`slow\w*`,
      String.raw`drain\w*`,
      String.raw`overheat\w*`,
      String.raw`lag\w*`,
      String.raw`freez\w*`,
      'blank',
      'lines',
      'error',
      String.raw`fail\w*`,
      'randomly',
      'suddenly',
      'anymore',
      'weird',
      'wrong',
    ],
    String.raw`)\b`,
  ),
);
/** "Just place the order for me": only the shopper can check out (payment needs their card, every time). */
export const PLACE_ORDER = anyOf(
  '',
  group(
    String.raw`(?<!\b(if|when|once|before|after|i|we) )\b(`,
    ['place', 'put through', 'submit', 'complete', 'finish'],
    String.raw`)\b.{0,20}\border\b(?!.{0,30}\b(when|leave|ship|arriv)\w*)`,
  ),
  String.raw`\b(check ?out|order it|buy it|pay) for me\b`,
  String.raw`\bcheck (me|us) out (with|now|please|for me)\b`,
  String.raw`\b(saved|stored) card\b`,
  String.raw`\bcard on file\b`,
  String.raw`\bsame card as (last time|before)\b`,
);
/** Changing an option, in any of the shop's languages. */
export const CHANGE_WORDS = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'swap',
      'switch',
      'swich',
      'swtich',
      'swicth',
      'change',
      'chnage',
      'chang',
      'exchange',
      'instead',
      'rather',
      'make it',
      'replace',
      'andern',
      'wechseln',
      'tauschen',
      'changer',
      'change[sz]?( le| la| les)?',
      'remplace[rz]?',
      'plutot',
      'cambiar',
      String.raw`cambia\w*`,
      'en lugar',
      'mejor en',
    ],
    String.raw`)\b`,
  ),
);

/** A shop in our name that is not ours ("is visionx-outlet.shop one of your official stores?"). */
export const OTHER_SHOP = anyOf(
  '',
  group(
    String.raw`\b(official|real|genuine|legit|authori[sz]ed) (`,
    [
      'store',
      'stores',
      'site',
      'sites',
      'website',
      'websites',
      'shop',
      'shops',
      'seller',
      'sellers',
      'page',
      'reseller',
    ],
    String.raw`)\b`,
  ),
  String.raw`\b(site|website|shop|store|seller)\b.{0,30}\b(yours|legit|official)\b`,
  group(
    String.raw`^(?=.*\b(`,
    [
      'selling',
      'sells',
      'half price',
      String.raw`cheap\w*`,
      'steal',
      'deal',
      'bargain',
      String.raw`\d+ (dollars|bucks|quid|pounds|euros)`,
    ],
    group(
      String.raw`)\b).*\b(`,
      ['site', 'website', 'shop', 'store', 'seller', 'page', 'listing'],
      String.raw`)\b.{0,80}\bis (that|this|it) (you|yours|u|visionx)( guys)?\b`,
    ),
  ),
  group(
    String.raw`\bvisionx (`,
    ['outlet', 'deals?', 'clearance', 'warehouse clearance', 'cheap', 'bargain'],
    String.raw`)\w* (store|site|shop|website|page)?\b`,
  ),
);
/** A web address with our name in it ("visionx-outlet-deals.shop", "visionx.example-secure.shop"), read on the raw text. */
const HOST_WITH_OUR_NAME = anyOf(
  'gi',
  group(
    String.raw`\b[a-z0-9.-]*visionx[a-z0-9.-]*\.(`,
    [
      'shop',
      'store',
      'com',
      'net',
      'org',
      'co',
      'io',
      'app',
      'online',
      'site',
      'xyz',
      'biz',
      'info',
      'deals',
      'sale',
      'top',
      'club',
      'live',
      'support',
      'help',
      'uk',
      'de',
      'fr',
      'es',
      'us',
      'ca',
      'eu',
    ],
    String.raw`)\b`,
  ),
);
/** Any such address that is not this shop's own (visionx.example and its subdomains). */
export const namesLookalikeSite = (text: string) =>
  [...text.matchAll(HOST_WITH_OUR_NAME)].some((m) => !/^([a-z0-9-]+\.)*visionx\.example$/i.test(m[0]));
export const namesOtherShop = (text: string) => namesLookalikeSite(text) || OTHER_SHOP.test(plain(text));
/** Something already handed to a scammer: a code, a password, money, an installed app (four languages). */
export const SHARED_WITH_SCAMMER = anyOf(
  '',
  group(
    String.raw`\b(already|just|i|we|she|he) (`,
    [
      'gave',
      'given',
      'sent',
      'shared',
      'told',
      'typed',
      'entered',
      'read (it )?out',
      'read',
      'said',
      'installed',
      'downloaded',
      'opened',
      'clicked',
      'paid',
      'let them',
      'put',
      'deposited',
      'transferred',
      'wired',
      'bought',
    ],
    String.raw`)\b`,
  ),
  String.raw`\btoo late\b`,
  String.raw`\b(ya )?se lo di\b`,
  String.raw`\bdi\b`,
  String.raw`\bya (lo|la|se los) (di|dije|mande|envie)\b`,
  String.raw`\bje (le )?(lui )?(l )?ai (deja )?(donne|dit|envoye)\b`,
  String.raw`\b(ich )?habe (es|ihn|ihm|ihr|den code) (schon |bereits )?(gegeben|gesagt|geschickt)\b`,
);
/** Someone got in already: locked out, password changed, orders not theirs. */
export const LOCKED_OUT = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'locked out',
      '(cant|can t|cannot) (log|sign|get) ?in',
      'cant get into',
      'changed it',
      'password (doesnt|does not|doesn t|no longer|wont|won t) work',
      'changed my password',
      'new orders?',
      'order i (didnt|did not) (place|make)',
    ],
    String.raw`)\b`,
  ),
);
/** Deleting the shop account and the phone in one question. */
export const ACCOUNT_NOT_PHONE = anyOf(
  '',
  group(
    String.raw`^(?=.*\b(delet\w*|remov\w*|wip\w*|eras\w*|clos\w*)\b)(?=.*\b(`,
    ['my (actual |own )?(phone|device|handset)', 'on (my|the) phone', 'from (my|the) phone'],
    String.raw`)\b)`,
  ),
);
/** Someone else asks for the shopper's password or sign-in codes: never shared, friends included. */
const SIGN_IN_SECRET =
  '(password|login|(sign in|login|authenticator|2fa|two step|verification|one time|security|recovery|text) codes?|codes? from (my|the) (authenticator|app|text))';
export const SHARES_SIGN_IN = new RegExp(
  `\\b(send|give|share|tell|forward|text)\\w* (him|her|them|my (mate|friend|partner|brother|sister|son|daughter|boyfriend|girlfriend|flatmate))\\b.{0,30}\\b(the |my )?${SIGN_IN_SECRET}\\b|\\b(mate|friend|partner|brother|sister|boyfriend|girlfriend|flatmate|he|she)\\b.{0,40}\\b(asked|wants|asking)\\b.{0,40}\\b(my|the) ${SIGN_IN_SECRET}\\b`,
);
/** The steps were tried and the fault is still there: a person takes it on. */
export const STILL_BROKEN = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'tried (all|everything|that|those|it)',
      'already (tried|did|done)',
      String.raw`still (does|doesnt|doesn t|not|won t|wont|broken|flicker\w*|the same|happening|dead)`,
      'didn t (help|work|fix)',
      'didnt (help|work|fix)',
      'nothing (works|worked|helped|changed|fixed it)',
      '(made|makes) no difference',
      'did all (that|those|of (that|those|them))',
      'already (restarted|rebooted|reset|switched|unplugged|updated|cleared|removed|forgot|deleted|reinstalled|turned)',
    ],
    String.raw`)\b`,
  ),
  // "I already restarted the router and the phone and nothing."
  String.raw`\b(and|but) (still )?nothing( (happened|happens|changed))?\s*$`,
);
/** "Is that covered?", "how many years am I covered for?": a question of the warranty's cover. */
export const COVER_QUESTION = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'am i',
      String.raw`is (it|that|this|my \w+)`,
      'are (they|these|those|we)',
      'would (it|that|this) be',
      'will (it|that|this) be',
      'be',
      'get it',
    ],
    String.raw`) covered\b`,
  ),
  String.raw`\bhow (long|many years)\b.{0,40}\b(covered|warrant\w*|guarantee\w*)\b`,
  String.raw`\b(covered|warrant\w*|guarantee\w*)\b.{0,20}\bhow (long|many years)\b`,
  String.raw`\bcovered (by|under) (the |your )?(warrant\w*|guarantee)\b`,
);
/** Kind words about the shop ("just wanted to say I love that you let people fix their phones"). */
export const PRAISE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'just (wanted|want) to say',
      group(
        String.raw`(?<!\b(i d|id|would|i would) )(honestly |absolutely |really |just )?(love|loving|adore) (`,
        ['it', 'mine', String.raw`my (new )?(phone|go|x|terra|halo|vision \w+|watch|buds|case)`],
        String.raw`)\b(?! (in|if|to|when))`,
      ),
      group(
        '(im|i m|i am) (so )?(',
        ['in love with', 'obsessed with', 'chuffed with', 'thrilled with', 'delighted with'],
        ') (it|mine|my)',
      ),
      '(love|loving|like) (that|what|how) (you|u|visionx|ur|your)',
      '(doing|do) (gods|great|amazing|brilliant|a great|an amazing|fab) (work|job)',
      'keep (it up|up the good work)',
      'well done',
      'kudos',
      'hats off',
      'big fan',
      'you guys (rock|are great|are amazing|are the best)',
      '(ur|youre|you are) (the best|great|amazing|brilliant|legends?)',
    ],
    String.raw`)\b`,
  ),
);
/** A worry about the shopper's own health ("my ear's been sore since…"). */
export const HEALTH = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'infection',
      'infected',
      'sore',
      'ache',
      'aching',
      'pain',
      'painful',
      'rash',
      String.raw`itch\w*`,
      'headache',
      'migraine',
      'dizzy',
      String.raw`nause\w*`,
      'symptoms?',
      'doctor',
      'medical',
      'swollen (ear|finger|hand|skin)',
    ],
    String.raw`)\b`,
  ),
);
/** "Could you fix it for me if I post it?", "not comfy opening it": the service center, not a module to fit at home. */
export const ASKS_US_TO_REPAIR = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'service cent(er|re)',
      String.raw`send (it|my \w+|the phone) (to|in to|off to) (you|visionx)`,
      String.raw`(can|could|would|will) (you|u)( guys)? (\w+ )?(fix|repair|sort|replace)`,
      String.raw`(fix|repair|sort|swap) (it|this|that|the \w+)( \w+)? for me`,
      'not (comfy|comfortable|confident|handy)',
      '(dont|do not|rather not) (want to|wanna) (open|take apart|do it myself)',
      String.raw`(im|i am) (not |no good|useless|hopeless)( \w+)? (at|with) (repairs|fixing|tools|this)`,
      '(dont|do not|cant|can not|wouldnt) trust (myself|me) (with|to)',
      '(no|not) (good|handy) with (a )?(screwdrivers?|tools)',
    ],
    String.raw`)\b`,
  ),
);
/** The matter is settled: found, fixed, thanks, bye. */
export const SETTLED = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'found it',
      'turned up',
      'it s here',
      'its here',
      'arrived',
      'never ?mind',
      String.raw`(?<!\b(get|need|want|please) (this|it|that|things) )sorted`,
      'fixed',
      'works now',
      'working now',
      'thanks',
      'thank you',
      'cheers',
      'bye',
    ],
    String.raw`)\b`,
  ),
);
/** Rough use: water, dust, drops, building sites, the trail (a phone for it is ranked by toughness). */
export const OUTDOOR = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'water ?proof',
      'water resistant',
      'rugged',
      'tough',
      'hiking',
      'hike',
      'outdoors?',
      'camping',
      'trail',
      String.raw`trek\w*`,
      'building site',
      'construction',
      'drops?',
      'dropping',
      String.raw`dust\w*`,
      String.raw`swim\w*`,
      String.raw`rain\w*`,
      'gloves?',
      'ladders?',
      String.raw`roof\w*`,
      'rocks?',
      String.raw`mud\w*`,
      'survive',
      'survives',
      'knocks',
      'bumps',
      'pools?',
    ],
    String.raw`)\b`,
  ),
);
/** A price asked, in the shop's four languages ("wie viel kostet…", "combien coûte…"). */
export const ASKS_PRICE =
  /\b(how much|cost\w*|price|prices|kostet|kosten|preis|coute|prix|combien|cuesta|cuanto|precio|wie viel)\b/;

/** Kinds of product VisionX does not sell ("do you sell tablets?"). */
export const NOT_OUR_KIND = anyOf(
  '',
  group(
    group(
      String.raw`\b(do|does) (you|u|ya|visionx|y all|you guys) (\w+ )?(`,
      ['sell', 'have', 'make', 'stock', 'carry', 'do', 'got'],
      ') (any |a |an |some )?(',
    ),
    [
      'tablets?',
      'ipads?',
      'laptops?',
      'notebooks?',
      'computers?',
      'pcs',
      'desktops?',
      'tvs?',
      'televisions?',
      'monitors?',
      'drones?',
      'consoles?',
      'printers?',
      'smart speakers?',
      'routers?',
      'e ?readers?',
      'kindles?',
    ],
    String.raw`)\b(?! (for|with|to|mode|stand|holder|mount|app|charger|cable|case))`,
  ),
  String.raw`^ ?(any|got any|do you have any) (tablets?|laptops?|tvs?|drones?|consoles?)\b(?! (for|with|to))`,
);
/** Who VisionX is: "who even makes these phones?", "never heard of VisionX", "is VisionX a real company?". */
export const ABOUT_US = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(order|parcel|delivery|arriv\w*|warranty|vx|screen|battery|camera|chip|module|display)\b).*(`,
    [
      group(
        String.raw`\bwho (even |actually |really )?(makes?|made|builds?|designs?|is behind) (`,
        [
          'these phones',
          'these',
          'your phones',
          'the phones',
          'visionx',
          'you( guys)?',
          'this (company|brand)',
          'the (company|brand)',
        ],
        String.raw`)( phones)?\b`,
      ),
      String.raw`\bwho (is|are) (visionx|you guys)\b`,
      String.raw`\bnever heard of (visionx|you|your (brand|company))\b`,
      String.raw`\b(is|are) (visionx|you( guys)?) (a )?(real|legit|legitimate|proper) (company|brand|business)\b`,
      group(
        String.raw`\btell me (a bit |a little |more )?about (`,
        ['visionx', 'your company', 'the company', 'the brand', 'you guys'],
        ')( please)? ?$',
      ),
      String.raw`\bwhat is visionx\b`,
    ],
    ')',
  ),
);

/** "Why has the money already left my account?": when the card is charged (payment), whatever order is named. */
export const CHARGED_ALREADY = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(`,
    [
      'never (made|bought|ordered|placed)',
      '(dont|do not|didnt|did not|not) recogni[sz]e',
      'didnt (make|buy|order)',
      'unauthori[sz]ed',
      'not me',
      'wasnt me',
      'used my card',
      'someone',
      'somebody',
      'address',
      String.raw`cancel\w*`,
      'not (here|arrived)',
      'still not',
      'where is',
      'tracking',
      String.raw`arriv\w*`,
    ],
    group(
      String.raw`)\b).*(`,
      [
        group(
          String.raw`\b(moneys?|payments?|funds?|cash)( s| has| have| was| is)?\b.{0,30}\b(`,
          ['already', 'gone', 'left', 'been taken', 'come out', 'came out', 'debited'],
          String.raw`)\b`,
        ),
        String.raw`\b(already|been) (charged|debited|taken)\b`,
        String.raw`\bcharged (me )?(already|before|straight away|immediately)\b`,
      ],
      ')',
    ),
  ),
);

/** "Do you take the money straight away or only when it ships?": when the card is charged. */
export const CHARGE_TIMING = anyOf(
  '',
  // "Do I pay when I order or when it ships?": the either/or of when the card is charged.
  String.raw`\bpay\b (\w+ ){0,2}when (i|you) (order|place|buy|check ?out)\w*( it)? or when\b`,
  group(
    String.raw`\b(take|takes|taking|charge|charges|charged|debit\w*|bill|billed)\b (\w+ ){0,3}?(`,
    [
      'straight away',
      'right away',
      'immediately',
      'at once',
      String.raw`when (i|you) (order|place|buy|check ?out)\w*`,
      String.raw`(only |not )?(when|until|before|after) (it|the order|they|my order) (ships?|shipped|dispatch\w*|is sent|leaves)`,
      'on dispatch',
      'at checkout',
    ],
    String.raw`)\b`,
  ),
  String.raw`\bwhen (do|will|does|is|are) (you|my card|the card|it|the money|my money|the payment|i) (be |get )?(take|charge|debit|bill)\w*`,
);

/** The currency charged: "do I pay in euros?", "charged in pounds or dollars?". */
export const CURRENCY = anyOf(
  '',
  String.raw`\b(euros?|sterling|currency|exchange rate|conversion)\b`,
  String.raw`\b(pay|paid|charged?|billed|prices?|cost) (\w+ ){0,2}(in )?(pounds|dollars)\b`,
);

/** "What would you give me for my old X?": a trade-in (its quote comes from the team). */
export const TRADE_IN = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'trade ?ins?',
      'trading in (my|an?|the|our|his|her) ',
      String.raw`trad(e|ing) (it|my (old )?\w+( \w+)?) in`,
      'part ?ex(change)?',
      'buy ?back',
      String.raw`buy (it|my \w+( \w+)?) back`,
      String.raw`what (s|is|would) (it|my (old )?\w+( \w+)?) (be )?worth`,
      group(
        '(how much|what) (would|will|do|could|can) (you|u|visionx) (give|pay|offer)( me)? for (',
        ['it', 'my', 'this', 'that', 'an? old', 'the old'],
        ')',
      ),
      String.raw`sell (it|my \w+( \w+)?) (back )?to (you|visionx)`,
    ],
    String.raw`)\b`,
  ),
);

/** Card details kept by the shop: what VisionX keeps about your card (payment), never a phone setting. */
export const CARD_KEPT = anyOf(
  '',
  group(
    String.raw`\b(`,
    ['keep', 'store', 'save', 'hold', 'retain', 'have'],
    String.raw`)\w* (my |your )?(card|payment|credit card|bank) (details|info\w*|number|data)\b`,
  ),
  String.raw`\b(card|payment) (details|info\w*|number) (on file|saved|stored)\b`,
);

/** "Sent it back, why hasn't the money come back?": a refund's timing, without the word refund. */
export const MONEY_NOT_BACK = anyOf(
  '',
  String.raw`\bmoneys? (\w+ ){0,3}(not|never|yet to|still not) (come|came|been|got|gone) back\b`,
  group(
    String.raw`\b(`,
    ['hasnt', 'has not', 'havent', 'have not', 'isnt', 'is not'],
    String.raw`) (\w+ ){0,2}moneys? (\w+ )?(come|came|been|got|gone) back\b`,
  ),
  String.raw`\b(not|never|havent|haven t|didnt|did not) (got|get|gotten|received|seen) (my |the |any )?money back\b`,
);

/** A parcel damaged or lost, in French, German and Spanish ("mon colis est arrivé écrasé", "Paket beschädigt", "la caja llegó aplastada"). */
export const FOREIGN_PARCEL_TROUBLE = anyOf(
  '',
  group(
    String.raw`\b(paquete|paquet|colis|paket|caja|carton|boite|karton)\b.{0,40}\b(`,
    [
      String.raw`aplastad\w*`,
      String.raw`danad\w*`,
      'roto',
      'rota',
      String.raw`ecrase\w*`,
      String.raw`abime\w*`,
      String.raw`endommage\w*`,
      String.raw`casse\w*`,
      String.raw`beschadigt\w*`,
      String.raw`kaputt\w*`,
      String.raw`zerdruckt\w*`,
      'perdu',
      'perdido',
      'verloren',
      'nunca llego',
      'no (ha )?llegado',
      'jamais (recu|arrive)',
      'pas (recu|arrive)',
      'nie angekommen',
      'nicht angekommen',
    ],
    String.raw`)\b`,
  ),
);

/** Charges on the pad but not by cable (or the reverse): the USB-C port, in four languages. */
export const WIRELESS_NOT_CABLE = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(`,
    [
      'sell',
      'sold',
      'buy',
      'want',
      'need a',
      'need an',
      'come with',
      'comes with',
      'included',
      'stopped working but',
      'pad (is|isn t|isnt|stopped|not|doesn t|doesnt)',
    ],
    group(
      group(
        String.raw`)\b)(?=.*\b(`,
        [
          String.raw`charg\w*`,
          String.raw`lad\w*`,
          String.raw`carg\w*`,
          String.raw`recharg\w*`,
          'works?',
          'working',
          'funktioniert',
          'marche',
          'funciona',
        ],
        group(
          String.raw`)\b)(?=.*\b(still|fine|only|but|never|aber|mais|pero|noch)\b)(?=.*\b(`,
          [
            String.raw`wireless\w*`,
            'pad',
            'qi2?',
            String.raw`kabellos\w*`,
            'sans fil',
            'induction',
            String.raw`inalambric\w*`,
          ],
          String.raw`)\b)(?=.*\b(cable|cables|plug\w*|wired?|usb ?c|kabel|port|anschluss|buchse)\b)(?=.*\b(`,
        ),
      ),
      [
        'not',
        'nothing',
        'doesnt',
        'does not',
        'dont',
        'wont',
        'won t',
        'stopped',
        'anymore',
        'dead',
        'nicht',
        String.raw`kein\w*`,
        'plus',
        'pas',
        'no carga',
        'ya no',
        'nada',
        // "On the pad it charges, never by cable".
        'never',
      ],
      String.raw`)\b)`,
    ),
  ),
);
/** "No 5G, only ever shows 4G": the network, not a spec question. */
export const NO_5G = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'no',
      'never',
      'cant get',
      'can t get',
      'not getting',
      'doesnt (get|show|find)',
      'wont (get|show|find)',
      'only (ever )?(shows?|gets?|getting|on|says)',
      'stuck on',
      'kein',
      'pas de',
      'sin',
    ],
    String.raw`)\b (\w+ ){0,2}(5g|4g|lte)\b`,
  ),
);
