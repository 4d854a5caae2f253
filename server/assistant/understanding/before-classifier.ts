import type { Intent } from '../nlu/intents.js';
import { ASKS_WHO_CHANGED_CART } from './guards.js';
import {
  ABOUT_US,
  ASKS_PRICE,
  CARD_KEPT,
  CHARGED_ALREADY,
  CHARGE_TIMING,
  FOREIGN_PARCEL_TROUBLE,
  THIRD_PARTY,
  TRADE_IN,
  ASKS_US_TO_REPAIR,
  BULK,
  CALLBACK,
  SOMEONE_TO_HANDLE_IT,
  NOT_OUR_KIND,
  OUTDOOR,
  PLACE_ORDER,
  PRAISE,
  SHARES_SIGN_IN,
} from './signs.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * Phrasings whose meaning does not depend on the rest of the message, decided before the
 * classifier (after the guards): each rule names what it recognises and why it wins.
 */
interface Rule {
  why: string;
  when: (p: string) => boolean;
  intent: Intent;
}

/** Someone else is, or was, in the shopper's account: the password and a person, straight away. */
/** "When will I get VX-…?", "when does VX-… arrive": an order number and when it comes. */
const WHEN_DOES_IT_ARRIVE = anyOf(
  '',
  String.raw`^(?!.*\b(cancel\w*|refund\w*|return\w*|change|address)\b)(?=.*\bvx ?[2-9a-hj-np-z]{8}\b).*\bwhen (will|do|does|is|should|would|can)\b.{0,40}\b(get|arrive|come|be (here|delivered)|deliver\w*|reach|turn up|show up)\b`,
);

/** "Do I have the Go in coral in my cart?", "in my cart I have the Go, right?": what the cart holds, asked. */
const ASKS_WHATS_IN_CART = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(add|put|throw|pop|remove|take out|delete|cases?|covers?|chargers?|cables?|protectors?|fits?|goes with|checkout|check out|total)\b).*(`,
    [
      String.raw`\b(do i (still )?have|have i got|did i (put|add|leave)|is there|are there)\b.{0,50}\bin (my|the) (cart|basket)\b`,
      String.raw`\bin (my|the) (cart|basket),? (i have|i ve got|there is|theres)\b.{0,50}\b(right|correct|isnt it|is it|no)\b`,
    ],
    ')',
  ),
);

/** "How long does it take to replace it yourself?": the time to fit a module, not a delivery or a refund. */
const TIME_TO_REPLACE = anyOf(
  '',
  String.raw`^(?!.*\b(order|deliver\w*|ship\w*|refund\w*|parcel|arrive|service center|send it)\b).*\bhow long\b.{0,30}\b(replace|swap|change|fit|install|put in)\b (it|the \w+|a \w+)\b`,
);

/** "Is it normal for it to get a bit warm?", "it gets warm when charging, is that ok?". */
const WARM_IS_IT_NORMAL = anyOf(
  '',
  String.raw`\b(normal|ok|okay|fine|safe|usual|expected|worry|worried)\b.{0,40}\b(warm|warmer|warmth|hot|heats? up|heating up)\b`,
  String.raw`\b(warm|warmer|hot|heats? up|heating up)\b.{0,40}\b(is (that|it|this) (normal|ok|okay|fine|safe|usual|expected)|should i (worry|be worried))\b`,
);

/** "Don't add it for now", "no thanks, I just wanted to know the price": nothing to put in the cart. */
const DONT_ADD_IT = anyOf(
  '',
  String.raw`\b(don t|dont|do not|no need to|not going to|won t|wont) (add|put|buy)\b`,
  String.raw`\bno thanks\b.{0,40}\bjust (wanted|want|asking|wanted to ask|checking)\b`,
);

/** "If it's the battery, how much is a new one?": a part named, then the price of "a new one". */
const NEW_PART_PRICE = anyOf(
  '',
  String.raw`\b(battery|screen|display|usb c port|charging port|back cover|camera module|speaker)\b.{0,50}\b(how much|what does|whats the (price|cost)|price|cost)\b.{0,25}\b(a |the )?(new|replacement|another) one\b`,
);

/** "A case so it doesn't get scratched", "a cover to stop her dropping it": protection asked for by what it prevents. */
const PROTECTION_FOR_A_PURPOSE = anyOf(
  '',
  group(
    String.raw`\b(a|an|some|any) (good |tough |strong |sturdy )?(case|cover|bumper|screen protector|protector|glass)\b (`,
    [
      String.raw`so (that )?(it|she|he|they|i|the screen)( (doesn t|doesnt|does not|won t|wont|will not|don t|dont|do not|can t|cant|never))? (get )?(drops?|dropp\w*|scratch\w*|crack\w*|break\w*|smash\w*|shatter\w*|damag\w*)`,
      String.raw`to (stop|keep|protect|save)\b`,
      String.raw`(that|which) (stops?|keeps?|protects?|saves?)\b`,
      String.raw`for (when|if) (she|he|they|i|it) (drops?|dropp\w*)`,
    ],
    ')',
  ),
);

/** An accessory for "the phone I have in my cart", "the one in my basket". */
const FOR_THE_PHONE_IN_THE_CART = anyOf(
  '',
  group(
    String.raw`\b(cases?|covers?|chargers?|cables?|(screen )?protectors?|glass|power ?banks?|pads?)\b.{0,40}\b(`,
    ['for', 'fits?', 'goes with', 'go with', 'works? with'],
    String.raw`) (the|my) (phone|one|mobile|handset)\b (that |which )?(i have |i ve got |i got |is |thats |that s |whats |what s )?in (my|the) (cart|basket)\b`,
  ),
);

const COMPROMISED = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'someone',
      'somebody',
      group(
        'my (',
        [
          'ex',
          'wife',
          'husband',
          'partner',
          'boyfriend',
          'girlfriend',
          'flatmate',
          'roommate',
          'housemate',
          'brother',
          'sister',
          'son',
          'daughter',
          'mum',
          'mom',
          'dad',
          'kids?',
          'child',
          'friend',
          'colleague',
          'boss',
          'neighbou?r',
        ],
        ')',
      ),
      'he',
      'she',
      'they',
      'a stranger',
      'hacker',
    ],
    group(
      String.raw`)\b.{0,40}\b(`,
      [
        'knows',
        'has',
        'got',
        'logged',
        'signed',
        'using',
        'uses',
        'been in',
        'is in',
        'was in',
        'get into',
        'got into',
      ],
      String.raw`)\b.{0,25}\bmy (visionx |shop )?(password|account|acct|login)\b`,
    ),
  ),
  group(
    String.raw`\b(`,
    ['someone', 'somebody', 'a stranger', 'hackers?'],
    group(
      String.raw`)\b.{0,30}\b(`,
      ['changed', 'reset', 'took over', 'taken over'],
      String.raw`)\b.{0,25}\bmy (visionx |shop )?(password|account|acct|login|email)\b`,
    ),
  ),
  String.raw`\b(logins?|sign ins?|sessions?) (\w+ ){0,2}(i|we) (dont|do not|didnt|did not) recogni[sz]e\b`,
  group(
    String.raw`\b(chats?|messages?|orders?)\b.{0,40}\b(i|we) (\w+ )?(never|didnt|did not) (`,
    ['wrote', 'write', 'sent', 'send', 'place', 'placed', 'make', 'made'],
    String.raw`)\b`,
  ),
  group(
    String.raw`\b(an? |the )?orders? (on|in) my account (that )?(i|we) (\w+ )?(`,
    ['didnt', 'did not', 'never'],
    ') (place|make|order)',
  ),
  String.raw`\borders? i (\w+ )?(didnt|did not|never) (place|make)\b`,
  String.raw`\b(account|acct|it) (was|got|has been|is) hacked\b`,
  String.raw`\bkick (him|her|them) out\b`,
);
/** The same in French, German and Spanish ("alguien entró en mi cuenta", "mein Konto wurde gehackt"). */
const COMPROMISED_FR_DE_ES = anyOf(
  '',
  String.raw`\balguien\b (\w+ ){0,2}(entro|accedio|ha entrado|ha accedido|se metio|se ha metido) (en|a) mi cuenta\b`,
  String.raw`\bmi cuenta\b (\w+ ){0,2}(fue |ha sido )?(hackead\w*|pirateada|robada)\b`,
  group(
    String.raw`\bquelqu ?un\b (\w+ ){0,2}(`,
    ['s est connecte', 'est entre', 'a eu acces', String.raw`a acced\w*`, 'a pirate', 'utilise'],
    String.raw`) (\w+ ){0,2}mon compte\b`,
  ),
  String.raw`\bmon compte\b (\w+ ){0,2}(a ete |est )?(pirate|hacke)\b`,
  group(
    group(
      String.raw`\bjemand\b (\w+ ){0,3}(hat sich|ist) (\w+ ){0,3}(in|auf) mein(em|en)? (visionx )?(`,
      ['konto', 'account'],
      String.raw`) (\w+ ){0,2}(`,
    ),
    ['eingeloggt', 'angemeldet', 'eingedrungen', 'reingekommen'],
    String.raw`)\b`,
  ),
  String.raw`\bjemand (benutzt|nutzt) mein (konto|account)\b`,
  String.raw`\bmein (visionx )?(konto|account)\b (\w+ ){0,2}(wurde |ist )?(gehackt|geknackt)\b`,
);
/** A lost or new phone that held the authenticator: the recovery codes, not a reset. */
const CODES_PHONE_GONE = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(called|rang|texted|emailed|messaged|asked me|wants me|told me)\b)(?=.*\b(`,
    [
      'lost',
      'broke',
      'broken',
      'stolen',
      'smashed',
      'died',
      'dead',
      'new phone',
      'replaced',
      'wiped',
      'reset',
      'gone',
      'cracked',
    ],
    String.raw`)\b)(?=.*\b(authenticat[aeo]r|auth app|two step|2 step|two factor|2fa|recovery codes?)\b)`,
  ),
);
/** Neither the authenticator nor a recovery code left: only a person can restore access. */
const NO_RECOVERY = anyOf(
  '',
  String.raw`\b(no|none|lost|never saved|used up|used all)\b.{0,20}\brecovery codes?\b`,
  String.raw`\brecovery codes?\b.{0,30}\b(none left|all used|used up|lost|gone)\b`,
);
/** "None left", "used them all": the same, said right after a question about sign-in codes. */
const NONE_LEFT = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'none left',
      'no codes( left)?',
      'never (saved|wrote down|kept) (any|them|the codes)',
      'used (them|em) (all|up)',
      'used (them|em)? ?all',
    ],
    String.raw`)\b`,
  ),
);
/** Someone got in touch in VisionX's name: that is a scam to warn about, not a take-over to fix. */
const CONTACTED =
  /\b(called|rang|phoned|texted|emailed|messaged|says|said|claim\w*|from visionx|tech support|support guy)\b/;
/** Staff asked to do what only the shopper's own sign-in can: unlock, reset, turn two-step off. */
const DO_IT_FOR_ME = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(how (to|do i|can i)|tell me|show me)\b).*(`,
    [
      group(
        String.raw`\b(`,
        ['unlock', 'reset', String.raw`(turn|switch) (\w+ ){0,2}off`, 'disable', 'remove', 'bypass'],
        String.raw`)\b.{0,40}\b(for me|from your (end|side)|on your (end|side)|manually)\b`,
      ),
      group(
        String.raw`\b(can|could|would) ?(you|u)\b.{0,25}\b(`,
        ['unlock', 'reset', 'turn off', 'switch off', 'disable', 'bypass'],
        String.raw`)\b.{0,30}\b(account|two ?step|2 ?step|2fa|password|it)\b`,
      ),
      String.raw`\blet me (back )?in\b`,
    ],
    ')',
  ),
);
/** A phone about to leave the shopper: sold, given away, traded in, sent for repair or returned. */
export const PREPARES_TO_SEND = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      group(
        String.raw`sell(ing|s)? (my|it|this|the old|our|an old)\b(?! (`,
        [
          'data',
          'details',
          'info',
          'information',
          'emails?',
          'personal',
          'address',
          'number',
          'phone number',
          'contacts?',
          'search',
          'browsing',
          'history',
          'location',
        ],
        String.raw`)\b)`,
      ),
      String.raw`flog\w* (my|it|this|the)`,
      '(i m|im|i am|i ll|ill|will|going to|gonna|want to|planning to|about to) (sell|trade)',
      String.raw`trad\w* (it |my \w+( \w+)? )?in`,
      String.raw`giv\w* (it |my \w+( \w+)? )?away`,
      String.raw`hand\w* (it )?down`,
      String.raw`send\w* (it |my \w+( \w+)? )?(back|in|off|to (you|your|the)|for (repair|the return))`,
      String.raw`post\w* (it )?back`,
      'service cent(er|re)',
      String.raw`envo\w*`,
      String.raw`renvo\w*`,
      String.raw`schick\w*`,
      String.raw`einsend\w*`,
      String.raw`verkauf\w*`,
      'vendre',
      'vender',
      'reprise',
      String.raw`mandar\w*`,
    ],
    String.raw`)\b`,
  ),
);
/** And what to do with it first. */
export const BEFORE_IT_GOES = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'before',
      'first',
      String.raw`(borr\w*|effac\w*|losch\w*) (\w+ )?(datos|donnees|daten)`,
      String.raw`(datos|donnees|daten) (\w+ )?(borr\w*|effac\w*|losch\w*)`,
      'beforehand',
      'prepare',
      'do i (need|have) to',
      'what (do|should) i do',
      'wipe',
      'reset',
      'photos',
      'data',
      'accounts?',
      'private',
      'my stuff',
      'hand it over',
      'vorher',
      'zuerst',
      'avant',
      'd abord',
      'antes',
      'primero',
    ],
    String.raw`)\b`,
  ),
);
/** "How long have I got to send it back, and do I pay for that?": the return's window and cost, not how to erase it. */
const ASKS_RETURN_TERMS = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'how long',
      'how many days',
      'how much time',
      '(days|time|long) (do i|have i|have i got)',
      String.raw`(pay|charge\w*) (for|to)`,
      'cost',
      'postage',
      String.raw`refund\w*`,
      'label',
      'window',
      'not keen',
      'doesnt like',
      'does not like',
      'dont like',
      'changed (my|her|his) mind',
    ],
    String.raw`)\b`,
  ),
);
/** A worry about the shopper's own body: "is something wrong with me?", "my ear's been sore since…". */
const ABOUT_MY_HEALTH = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'is (something|anything) wrong with me',
      'should i see a (doctor|gp)',
      '(have|got) (i )?(got )?an? (infection|disease)',
    ],
    String.raw`)\b`,
  ),
  group(
    String.raw`^(?=.*\b(`,
    [
      'infection',
      'infected',
      'doctor',
      'gp',
      'wrong with me',
      String.raw`should i (be )?worr\w*`,
      'is (this|that|it) serious',
    ],
    group(
      group(
        String.raw`)\b).*\b(my|me) (`,
        ['ears?', 'eyes?', 'head', 'wrist', 'thumb', 'neck', 'hand', 'skin'],
        String.raw`)( s| has| have| is| are|s)? (been )?(\w+ )?(`,
      ),
      ['sore', 'hurting', 'hurts?', 'aching', 'aches?', String.raw`itch\w*`, 'red', 'swollen', 'burning'],
      String.raw`)\b`,
    ),
  ),
);
/** Sending something bought back. */
const SENDS_BACK = /\b(send (\w+ ){0,2}back|return (it|this|them|something|an item|stuff|a phone|my \w+))\b/;
/** Swapping something bought for another option. */
const OWNED_EXCHANGE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      group(
        '(?:(?:really |actually )?(?:wanted|prefer(?:red)?)|really want) (the |it in )?(',
        [
          'black',
          'coral',
          'white',
          'lilac',
          'sand',
          'forest green',
          'ocean blue',
          'graphite',
          'green',
          'blue',
          'purple',
          String.raw`\d+ ?gb`,
        ],
        String.raw`)( one| version)?( instead)?\b`,
      ),
      String.raw`regret\w* not (getting|buying|going for)`,
      'wish i (had )?(got|bought|gone for)',
      group(
        String.raw`(swap|exchange|change) (it|mine|my \w+( \w+)?) (for|to) (the |a )?(`,
        [String.raw`\d+ ?gb`, 'bigger', 'smaller', 'other', 'different', String.raw`\w+ (one|colour|color)`],
        ')',
      ),
    ],
    String.raw`)\b`,
  ),
);
/** A complaint beside kind words ("big fan, but the battery dies by lunch"): the complaint is answered. */
const COMPLAINT = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'but',
      'however',
      'unhappy',
      'not happy',
      String.raw`disappoint\w*`,
      'angry',
      'annoyed',
      'furious',
      'cracked',
      'broken',
      'never (came|arrived)',
      'charged me',
      'wrong',
      'problem',
      'issue',
      String.raw`fault\w*`,
      'refund',
      'late',
      'missing',
    ],
    String.raw`)\b`,
  ),
);
/** A password typed into the chat. */
const PASSWORD_TYPED = anyOf(
  '',
  group(
    String.raw`\b(here s|heres|here is|this is) my (\w+ )?password\b(?! (`,
    ['reset', 'change', 'email', 'link', 'manager', 'problem', 'issue', 'request'],
    '))',
  ),
  group(
    String.raw`\bmy (visionx |shop |account )?password (is|was) (?!(`,
    [
      'correct',
      'right',
      'wrong',
      'not',
      'too',
      'in',
      'incorrect',
      'rejected',
      'reset',
      'changed',
      'stolen',
      'leaked',
      'the same',
    ],
    String.raw`)\b)\S*[\d$!@#%&*]\S*`,
  ),
  String.raw`\bmy (visionx |shop |account )?password (is|was) [a-z]+ ?\d+\b`,
);
/** Resetting or wiping the phone, in the shop's four languages. */
export const PHONE_RESET = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`factory reset\w*`,
      String.raw`reset(ting)? (\w+ ){0,2}(my|the) (phone|telephone|handset|mobile|device)`,
      String.raw`wip(e|ing) (\w+ ){0,2}(my|the) (phone|telephone|handset|mobile|device)`,
      String.raw`(reset|restore|put|set|go|goes|back) (\w+ ){0,4}(to |back to )?factory settings`,
      '(reset|wipe|erase) everything',
      'start(ing)? (again )?fresh',
      String.raw`reinitialis\w*`,
      String.raw`zurucksetz\w*`,
      String.raw`restablec\w*`,
      String.raw`restablez\w*`,
      'de fabrica',
      'formatear',
      'resetear',
    ],
    String.raw`)\b`,
  ),
);
/** A reset by the phone's buttons ("hold power and volume down to reset it"), for the account's answer only. */
export const BUTTON_RESET = /\b(hold\w*|press\w*) (and hold )?(down )?(the )?(power|volume)\b.{0,40}\b(reset|wipe)\w*/;
/** Still signed in on a laptop or a phone that is not the shopper's any more: the password change signs it out. */
export const SIGNED_IN_ELSEWHERE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'forgot to (sign|log) ?(out|off)',
      group(
        'still (signed|logged) ?in (on|to) (',
        [
          'it',
          'a',
          'an',
          'her',
          'his',
          'their',
          'my (old|sold|work|friends?|sisters?|brothers?|mums?|moms?|dads?|partners?)',
        ],
        String.raw`)\b`,
      ),
      'left (myself |it |my account )?(signed|logged) ?in (on|at)',
      '(sign|log) (myself |me )?(out|off) (of|from|on) (it|that|there|other|every|all|her|his|their)',
      '(sign|log) ?(out|off) (everywhere|of all|all devices|other devices|remotely)',
    ],
    String.raw`)\b`,
  ),
);
/** "Delete my account and everything about me", "GDPR, erase my data": a privacy request, whatever order it names. */
const DELETE_ME = anyOf(
  '',
  group(
    group(
      String.raw`^(?!.*\b(`,
      [
        'phone',
        'handset',
        'device',
        'watch',
        'tablet',
        'buds',
        'laptop',
        'computer',
        'pc',
        String.raw`sell\w*`,
        'trade',
        'before (i|it)',
      ],
      String.raw`)\b).*(`,
    ),
    [
      String.raw`\b(delete|erase) (my|all my|all of my) (account|data|personal data|details|information|info)\b`,
      String.raw`\bremove (my|all my|all of my) (account|data|personal data)\b`,
      String.raw`\bgdpr\b.{0,30}\b(delete|erase|remove|request|my data)\b`,
      String.raw`\b(delete|erase|remove)\b.{0,30}\bgdpr\b`,
      String.raw`\bright to be forgotten\b`,
      String.raw`\b(delete|erase) (everything|all) (about|on) me\b`,
      String.raw`\bwant (mine|my account) (gone|deleted|closed|removed)\b`,
      String.raw`\b(close|get rid of|shut down|nuke) (my|mine|the) (visionx |shop )?account\b`,
      String.raw`\b(want|like) my account (gone|deleted|closed)\b`,
    ],
    ')',
  ),
);
/** A power bank or a spare battery on a flight: carry-on only (the guide's "Flying with a power bank"), in four languages. */
const BATTERY_WORDS =
  '(power ?banks?|powerbanks?|battery packs?|spare batter(y|ies)|battery modules?|baterias? externas?|batteries? externes?|akku ?packs?)';
const FLIGHT_WORDS =
  '(fly\\w*|flights?|planes?|airlines?|airports?|luggage|suitcases?|checked (bag|in)|check it in|the hold|cabin|carry ?on|hand luggage|maletas?|vuelos?|avion|aviones|soute|valises?|vol|flug\\w*|flieg\\w*|koffer|gepack\\w*)';
export const FLIGHT = new RegExp(`\\b${FLIGHT_WORDS}\\b`);
export const FLYING_WITH_BATTERY = new RegExp(
  `\\b${BATTERY_WORDS}\\b.{0,80}\\b${FLIGHT_WORDS}\\b|\\b${FLIGHT_WORDS}\\b.{0,80}\\b${BATTERY_WORDS}\\b`,
);
/** The shop's own session ending: "the site keeps logging me out", "why was I signed out of my account?". */
const SIGNED_OUT_BY_SITE = anyOf(
  '',
  group(
    String.raw`\b(site|website|shop|store|account|visionx|it|you)\b (\w+ ){0,3}(`,
    [
      'logs?',
      'logged',
      'logging',
      'signs?',
      'signed',
      'signing',
      'kicks?',
      'kicked',
      'kicking',
      'boots?',
      'booted',
      'booting',
      'throws?',
      'threw',
    ],
    group(
      String.raw`) (me )?(out|off)\b(?!.{0,30}\b(`,
      ['app', 'game', 'wifi', 'wi fi', 'bluetooth', 'google', 'gmail', 'whatsapp'],
      String.raw`)\b)(?!.*\b(pay\w*|charged|twice|card|checkout|code|sms|text\w*)\b)`,
    ),
  ),
);
/** Photos gone soft: "everything I shoot is hazy", "pics come out blurry". */
const BLURRY_SHOTS = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(better|vs|versus|compare\w*|or the|than)\b).*(`,
    [
      group(
        group(
          String.raw`\b(`,
          [
            'photos?',
            'pictures?',
            'pics',
            'shots?',
            'images?',
            'everything i (shoot|take)',
            'videos?',
            'camera',
            'lens',
          ],
          String.raw`)\b.{0,50}\b(`,
        ),
        [
          'hazy',
          'blurry',
          'blurred',
          'blury',
          'soft',
          'fuzzy',
          'foggy',
          'out of focus',
          'grainy',
          'smeary',
          'smudgy',
          'milky',
          'cloudy',
        ],
        String.raw`)\b`,
      ),
      group(
        String.raw`\b(`,
        ['hazy', 'blurry', 'blurred', 'blury', 'fuzzy', 'foggy', 'out of focus', 'grainy', 'milky', 'cloudy'],
        String.raw`)\b.{0,30}\b(photos?|pictures?|pics|shots?|images?|videos?)\b`,
      ),
    ],
    ')',
  ),
);
/** Asking what the assistant is for, with nothing else asked. */
const WHAT_YOU_ARE_FOR = anyOf(
  '',
  group(
    String.raw`^(?!.*\b(`,
    [
      'phone',
      'order',
      'case',
      'charger',
      'battery',
      'screen',
      'cart',
      'vision',
      'halo',
      'terra',
      'go',
      'shipping',
      'delivery',
    ],
    group(
      String.raw`)\b).*\bwhat (are|r) (you|u) (even |actually |really )?(`,
      ['good', 'useful', 'here', 'able to do'],
      String.raw`)?( for)?( then| exactly)? ?($|like\b)`,
    ),
  ),
);
const WHAT_CAN_YOU_DO = anyOf(
  '',
  group(
    group(
      '^ ?((',
      ['ok', 'okay', 'so', 'hi', 'hey', 'hello', 'right', 'well'],
      ') )*(so )?what (kind of |sort of )?(stuff |things |questions )?(',
    ),
    ['(can|could) (you|u)', '(are|r) (you|u) able to', 'do (you|u)'],
    group(
      ') (actually |even )?(',
      ['do', 'help( me)?( with)?', 'sort( out)?', 'answer', 'handle'],
      ')( for me| here| exactly| then)? ?$',
    ),
  ),
);
/** The shopper asking whether we need a secret ("do you need my CVV to check my order?"): never. */
export const OFFERS_SECRET = anyOf(
  '',
  group(
    String.raw`\b(do|would|will|does) (you|u|visionx|the assistant) (\w+ )?(need|want|require|ask for)\b.{0,30}\b(`,
    [
      'cvv',
      'cvc',
      'security code',
      'card number',
      'card details',
      'full card',
      'password',
      'pin',
      'one time code',
      'otp',
      'verification code',
      'code from',
    ],
    String.raw`)\b`,
  ),
  group(
    String.raw`\b(should|do|must|shall) i (give|send|tell|type|share) (it |them )?(to )?(you|u|visionx)\b.{0,25}\b(`,
    [
      'cvv',
      'cvc',
      'security code',
      'card number',
      'card details',
      'password',
      'pin',
      'one time code',
      'otp',
      'verification code',
    ],
    String.raw`)\b`,
  ),
);

/** A factory reset offered as the fix for the shop's own sign-in: never needed. */
const SIGN_IN_TALK = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'visionx',
      'shop',
      'store',
      'website',
      'site',
      'account',
      String.raw`sign\w* (me )?(in|out)`,
      String.raw`log\w* (me )?(in|out)`,
      'password',
      'mot de passe',
      'passwort',
      'contrasena',
    ],
    String.raw`)\b`,
  ),
);
const resetForSignIn = (p: string) => PHONE_RESET.test(p) && SIGN_IN_TALK.test(p);

export const BEFORE_CLASSIFIER: readonly Rule[] = [
  {
    why: '"Qty of the Go to 2" sets a quantity in the cart.',
    when: (p) => /\b(qty|quantity)\b/.test(p) && /\b(cart|basket|change|set|make|to \d)\b/.test(p),
    intent: 'cart_add',
  },
  {
    why: 'Cookies, and whom to write to about privacy, are privacy questions whatever else is asked.',
    when: (p) =>
      /\bcookies?\b/.test(p) ||
      (/\b(privacy|gdpr|personal data|data protection)\b/.test(p) &&
        /\b(contact|who|email|complain\w*|report|write)\b/.test(p)),
    intent: 'account_manage',
  },
  {
    why: '"My mate wants the code from my authenticator when he logs in": sign-in codes and passwords are never shared.',
    when: (p) => SHARES_SIGN_IN.test(p) && !CONTACTED.test(p),
    intent: 'account_password',
  },
  {
    why: '"Can you just place the order for me?": only the shopper checks out; the cart answer says so.',
    when: (p) => PLACE_ORDER.test(p),
    intent: 'cart_view',
  },
  {
    why: 'Bulk and business orders, and "call me back", are for a person.',
    when: (p) => BULK.test(p) || (CALLBACK.test(p) && !/\b(code|password|card|asked me|said they|claim\w*)\b/.test(p)),
    intent: 'human_handoff',
  },
  {
    why: '"Is it normal for a Vision X to get a bit warm?": the overheating passage, which says what warmth is normal (a phone too hot to hold is a hazard, caught before this).',
    when: (p) => WARM_IS_IT_NORMAL.test(p),
    intent: 'tech_battery',
  },
  {
    why: '"No thanks, don\'t add it for now, I just wanted to know the price": a question about the product, not an addition.',
    when: (p) =>
      DONT_ADD_IT.test(p) && !/\b(instead|but add|add the|put the|total|come to|altogether|how much would)\b/.test(p),
    intent: 'product_info',
  },
  {
    why: '"Yes, have someone handle it for me": a person asked to take it on.',
    when: (p) => SOMEONE_TO_HANDLE_IT.test(p),
    intent: 'human_handoff',
  },
  {
    why: '"When will I get VX-…? I\'m in San Antonio": when a named order arrives is its status.',
    when: (p) => WHEN_DOES_IT_ARRIVE.test(p),
    intent: 'order_status',
  },
  {
    why: '"In my cart I have the Go in coral, right?": a question about what the cart holds, not an addition.',
    when: (p) => ASKS_WHATS_IN_CART.test(p),
    intent: 'cart_view',
  },
  {
    why: '"And how long does it take to replace it yourself?": the modules\' fitting times (the repair passage), not a delivery time.',
    when: (p) => TIME_TO_REPLACE.test(p),
    intent: 'warranty',
  },
  {
    why: '"If it is the battery, how much is a new one?": the price of that part (the repair passage), not of a phone.',
    when: (p) => NEW_PART_PRICE.test(p),
    intent: 'warranty',
  },
  {
    why: '"And a case so she doesn\'t drop it every 5 minutes?": protection asked for by its purpose is a case to find, not a fault.',
    when: (p) => PROTECTION_FOR_A_PURPOSE.test(p),
    intent: 'accessory_find',
  },
  {
    why: '"Is there a case for the phone I have in my cart?": accessories for the cart\'s phone, not the cart.',
    // (Not "put a case for the phone in my cart in there too", nor "does the loop case fit the phone in my basket?".)
    when: (p) =>
      FOR_THE_PHONE_IN_THE_CART.test(p) && !/\b(put|add|throw|pop|stick|include|does|do|will|would|can)\b/.test(p),
    intent: 'accessory_find',
  },
  {
    why: '"Did you add something to my cart?" is about the cart, however alarmed it sounds.',
    when: (p) => /\b(cart|basket)\b/.test(p) && ASKS_WHO_CHANGED_CART.test(p),
    intent: 'cart_view',
  },
  {
    why: '"My password is Sunflower88": a password typed into the chat is the account\'s question, answered with a warning first.',
    when: (p) => PASSWORD_TYPED.test(p),
    intent: 'account_password',
  },
  {
    why: 'Someone else in the account: change the password, sign everyone out, and a person checks.',
    when: (p) => accountTakenOver(p),
    intent: 'account_password',
  },
  {
    why: '"Lost the phone with my authenticator on it": the recovery codes get the shopper back in (the guide\'s two-step passage).',
    when: (p) => CODES_PHONE_GONE.test(p),
    intent: 'account_password',
  },
  {
    why: "Unlocking an account or turning two-step off for the shopper is a person's job (account access).",
    when: (p) =>
      DO_IT_FOR_ME.test(p) &&
      /\b(unlock|account|two ?step|2 ?step|2fa|password|locked|sign\w* in|log\w* in|code)\b/.test(p),
    intent: 'human_handoff',
  },
  {
    why: '"Too many attempts, try again later": the shop\'s sign-in lock, which ends by waiting.',
    when: (p) =>
      /\b(too many (attempts|attemps|tries|tries)|try again later|wait before trying)\b/.test(p) &&
      !/\b(pin|passcode|screen lock|sim)\b/.test(p),
    intent: 'account_password',
  },
  {
    why: 'No authenticator and no recovery codes: the steps, and a person restores access.',
    when: (p) => NO_RECOVERY.test(p),
    intent: 'account_password',
  },
  {
    why: '"Selling my old X this weekend, what do I do first?": back it up and erase it (the guide\'s factory reset), in four languages.',
    when: (p) =>
      PREPARES_TO_SEND.test(p) &&
      BEFORE_IT_GOES.test(p) &&
      !CONTACTED.test(p) &&
      !(
        ASKS_RETURN_TERMS.test(p) &&
        !/\b(first|wipe|reset|erase|photos|data|accounts?|private|my stuff|beforehand|prepare)\b/.test(p)
      ) &&
      !/\b(code|courier|driver|at (my|the) door)\b/.test(p),
    intent: 'tech_software',
  },
  {
    why: '"Forgot to sign out on my daughter\'s laptop": changing the password signs out every other device.',
    when: (p) => SIGNED_IN_ELSEWHERE.test(p) && !CONTACTED.test(p),
    intent: 'account_password',
  },
  {
    why: '"GDPR: delete all my data, {order} hasn\'t even arrived": a privacy request, answered as one (the order number does not make it an order question).',
    when: (p) => DELETE_ME.test(p),
    intent: 'account_manage',
  },
  {
    why: '"Can the power bank go in my checked suitcase?": the guide\'s flying passage (carry-on only), whatever the classifier makes of it.',
    when: (p) => FLYING_WITH_BATTERY.test(p) && !/\b(hot|swell\w*|smok\w*|smell\w*|burn\w*)\b/.test(p),
    intent: 'product_info',
  },
  {
    why: '"How long have I got to send something back if I change my mind?", "regret not getting the 256, can I swap it?": a return or an exchange of something bought.',
    when: (p) =>
      (SENDS_BACK.test(p) &&
        anyOf(
          '',
          group(
            String.raw`\b(`,
            [
              'how long',
              'how many days',
              'change (my|her|his) mind',
              'changed (my|her|his) mind',
              'window',
              'still',
              'allowed',
              'can i',
              'too late',
              'is it late',
              'past the',
            ],
            String.raw`)\b`,
          ),
        ).test(p)) ||
      (OWNED_EXCHANGE.test(p) && /\b(got|bought|ordered|arrived|delivered|came|received|ago)\b/.test(p)),
    intent: 'returns',
  },
  {
    why: '"Hopeless with tools, could you repair the screen if I post it?": the service center (the warranty\'s part of the guide).',
    when: (p) =>
      ASKS_US_TO_REPAIR.test(p) &&
      /\b(phone|screen|camera|battery|port|it|module|back|display|lens)\b/.test(p) &&
      !/\b(order|cart|basket|parcel|delivery|account|password)\b/.test(p),
    intent: 'warranty',
  },
  {
    why: '"Can I put the camera module from a Vision X in my Go?": modules between models (the guide\'s module compatibility, in the warranty\'s part).',
    when: (p) =>
      /\bmodules?\b/.test(p) &&
      /\b(from|into|in|between|fit|swap|move|transfer|use|put|work)\b/.test(p) &&
      (/\b(other|another|different|older|newer) (phone|model)\b/.test(p) ||
        (p.match(/\b(vision|halo|terra|go|pro max)\b/g) ?? []).length >= 2),
    intent: 'warranty',
  },
  {
    why: '"What time do I need to order by for it to go out today?": the dispatch cut-off (shipping).',
    when: (p) =>
      /\b(order|buy|check ?out|pay)\b.{0,20}\bby\b.{0,30}\b(go out|ship|leave|dispatch\w*|sent|send)\b.{0,15}\b(today|same day|tonight)\b/.test(
        p,
      ),
    intent: 'shipping_info',
  },
  {
    why: '"If I order on Saturday morning, does it go out Saturday?": when an order leaves (shipping), worked out from the day and time.',
    when: (p) =>
      /\b(if|when) (i|we|you) (order|buy|pay|check ?out|place (it|the order|an order))\b/.test(p) &&
      /\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?)\b/.test(p) &&
      !/\b(order (number|no)|vx|money|charged?|charging|pay ?day|card|payment)\b/.test(p),
    intent: 'shipping_info',
  },
  {
    why: '"Rain every day and I\'ll drop it on rocks, which would survive?": a phone chosen for rough use (the recommendation ranks by toughness).',
    when: (p) =>
      OUTDOOR.test(p) &&
      anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'which (one|phone)',
            'what (phone|would|should)',
            '(wont|won t|will not|would(nt| not)?) (die|survive|break|last)',
            'survive (that|it|this)',
            String.raw`recommend\w*`,
            String.raw`suggest\w*`,
            'best phone',
            'one of yours',
          ],
          String.raw`)\b`,
        ),
      ).test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'case',
            'cover',
            'protector',
            'glass',
            'my order',
            'vx',
            'buds',
            'earbuds',
            'headphones',
            'watch',
            'power ?bank',
            'charger',
            'cable',
            'or the',
            'vs',
            'versus',
            'better',
          ],
          String.raw`)\b`,
        ),
      ).test(p) &&
      !anyOf(
        '',
        String.raw`\b(dropped|spilt|spilled|knocked) (it|my \w+|the phone)\b`,
        String.raw`\b(i|we|he|she|just|accidentally) (dropped|spilt|spilled)\b`,
        String.raw`\b(fell|got wet|is wet)\b`,
      ).test(p),
    intent: 'product_recommend',
  },
  {
    why: '"How much is a new screen for the Go?", "wie viel kostet ein neuer Akku?": a replacement module\'s price (the repair program), not the phone\'s.',
    when: (p) =>
      ASKS_PRICE.test(p) &&
      anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            group(
              '(new|replacement|spare|neue[nrs]?|nouvel(le)?|nueva?|de rechange|de repuesto) (',
              [
                'battery',
                'screen',
                'display',
                'camera',
                'usb c port',
                'charging port',
                'back cover',
                'module',
                'akku',
                'bildschirm',
                'batterie',
                'ecran',
                'bateria',
                'pantalla',
              ],
              ')',
            ),
            String.raw`replac\w* (the |my |a )?(battery|screen|display|camera|port|back cover)`,
          ],
          String.raw`)\b`,
        ),
      ).test(p) &&
      !/\b(protector|glass|case|cart|basket|order)\b/.test(p),
    intent: 'warranty',
  },
  {
    why: '"Just wanted to say I love that you let people fix their phones": kind words, not a question about repairs.',
    when: (p) =>
      PRAISE.test(p) &&
      !COMPLAINT.test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'wont',
            'won t',
            'doesnt',
            'doesn t',
            'cant',
            'can t',
            'stopped',
            'broken',
            String.raw`flicker\w*`,
            'dies',
            'dead',
            'not (working|charging|turning|connecting)',
          ],
          String.raw`)\b`,
        ),
      ).test(p) &&
      !/\b(add|put|buy|order|cart|basket)\b/.test(p) &&
      !/\b(how|what|when|where|why|which|can|could|would|do you|does|is there|are there|will|should)\b/.test(p),
    intent: 'thanks',
  },
  {
    why: '"My ear is sore since I wore the buds, have I got an infection?": a question about the shopper\'s health, for a doctor.',
    when: (p) =>
      ABOUT_MY_HEALTH.test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'how do i',
            'can i',
            String.raw`setting\w*`,
            'turn (it )?(down|off|on)',
            'brightness',
            'night mode',
            'blue light',
            'volume',
            'return',
            'refund',
            String.raw`warrant\w*`,
          ],
          String.raw`)\b`,
        ),
      ).test(p),
    intent: 'off_topic',
  },
  {
    why: '"Everything I shoot has gone hazy and soft": pictures gone blurry are the camera\'s fault to troubleshoot.',
    when: (p) => BLURRY_SHOTS.test(p) && !/\b(screen|display|protector|glass) (is|looks|has gone|went|gone)\b/.test(p),
    intent: 'tech_camera',
  },
  {
    why: '"What kind of stuff can you sort out for me?": what the assistant can do (the greeting says it).',
    when: (p) => WHAT_CAN_YOU_DO.test(p) || WHAT_YOU_ARE_FOR.test(p),
    intent: 'greeting',
  },
  {
    why: '"How much would you give me for my old Vision X?": a trade-in (the warranty\'s part of the guide; the team quotes it).',
    when: (p) =>
      TRADE_IN.test(p) &&
      !THIRD_PARTY.test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            String.raw`refund\w*`,
            String.raw`return\w*`,
            'cart',
            'basket',
            'link',
            String.raw`text\w*`,
            'txt',
            String.raw`email\w*`,
            'sms',
            String.raw`log ?in\w*`,
            'sign ?in',
            String.raw`bank\w*`,
            String.raw`click\w*`,
            'called',
            'caller',
            'rang',
            'letter',
            'post(ed)?',
            'door',
            'fee',
            'deposit',
            'pin',
            'passcode',
            'password',
            'apple id',
            'instagram',
            'insta',
            'telegram',
            'facebook',
            'marketplace',
            'ebay',
            String.raw`dm\w*`,
            'whatsapp',
            'genuine',
            'real',
            'legit',
            'official',
            'rep',
            'programme',
            'department',
            String.raw`collect\w*`,
            'offer(ing|ed)',
            String.raw`claim\w*`,
            'man',
            'guy',
            'woman',
            'lady',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
    intent: 'warranty',
  },
  {
    why: '"Do you need my CVV to check my order?": never; VisionX never asks for it (the scam warning, for the shopper\'s own question). Sign-in trouble and a SIM\'s PIN are their own questions.',
    when: (p) =>
      OFFERS_SECRET.test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'sign ?in',
            'log ?in',
            'locked',
            'authenticator',
            'two ?step',
            '2 ?step',
            '2fa',
            'reset',
            'unlock',
            'account',
            'sim',
            'tray',
            'screen lock',
            String.raw`repair\w*`,
          ],
          String.raw`)\b`,
        ),
      ).test(p),
    intent: 'scam_report',
  },
  {
    why: '"Do you take the money straight away or only when it ships?": when the card is charged (payment), not a refund.',
    when: (p) => CHARGE_TIMING.test(p) && !/\b(refund\w*|return\w*|cancel\w*)\b/.test(p),
    intent: 'payment',
  },
  {
    why: '"Why has the money left my account for {order}? It hasn\'t shipped": the card is charged when the order is placed (payment), with that order\'s status.',
    when: (p) =>
      CHARGED_ALREADY.test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            String.raw`refund\w*`,
            String.raw`cancel\w*`,
            'twice',
            'double',
            'two charges',
            String.raw`return\w*`,
            String.raw`scam\w*`,
            String.raw`fraud\w*`,
            'didnt order',
            'did not order',
            'code',
            'called',
            'rang',
            'texted',
            'emailed',
            'link',
            'someone',
            'somebody',
            'stolen',
            String.raw`hack\w*`,
            'gave',
            'given',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
    intent: 'payment',
  },
  {
    why: '"Do you keep my card details on file?": what VisionX keeps about a card (payment).',
    when: (p) => CARD_KEPT.test(p) && !/\b(scam\w*|call\w*|text\w*|email\w*|asked|ask\w*)\b/.test(p),
    intent: 'payment',
  },
  {
    why: '"Mein Paket kam beschädigt an", "la caja llegó aplastada": a damaged or lost parcel in French, German or Spanish is a claim (returns), whatever the classifier makes of it.',
    when: (p) => FOREIGN_PARCEL_TROUBLE.test(p),
    intent: 'returns',
  },
  {
    why: '"Do you sell tablets?": what we do not sell is said plainly, with what we do (the off-topic answer).',
    when: (p) => NOT_OUR_KIND.test(p),
    intent: 'off_topic',
  },
  {
    why: '"Who even makes these phones?": the company (the greeting\'s part, answered from the About page).',
    when: (p) => ABOUT_US.test(p),
    intent: 'greeting',
  },
  {
    why: "A factory reset is never the fix for the shop's sign-in, in any language.",
    when: resetForSignIn,
    intent: 'account_password',
  },
  {
    why: '"Every few days the site logs me out": sessions end on their own (the guide\'s sign-in passage), nothing to fix on the phone.',
    when: (p) => SIGNED_OUT_BY_SITE.test(p),
    intent: 'account_password',
  },
];

/** The intent a rule decides, or undefined to let the classifier read the message. */
export const decidedBeforeClassifier = (p: string): Intent | undefined =>
  BEFORE_CLASSIFIER.find((r) => r.when(p))?.intent;

/** Someone else got in, or no way back in is left: a person checks (the guide: account access goes to a person). */
export const accountTakenOver = (p: string) =>
  (COMPROMISED.test(p) || COMPROMISED_FR_DE_ES.test(p)) && !CONTACTED.test(p);
export const passwordTyped = (p: string) => PASSWORD_TYPED.test(p);
export const asksToDelete = (p: string) => DELETE_ME.test(p);
export const noWayBackIn = (p: string, afterCodes = false) => NO_RECOVERY.test(p) || (afterCodes && NONE_LEFT.test(p));
