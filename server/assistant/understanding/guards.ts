import { plain } from '../../nlu/entities.js';
import { hazardKinds } from './hazards.js';
import { namesLookalikeSite, OTHER_SHOP, SHARES_SIGN_IN } from './signs.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/** Someone the shopper knows, asking for their code: sharing, not a scam, unless they claim to be VisionX, a bank or a courier. */
const FRIEND_ASKS = (p: string) =>
  SHARES_SIGN_IN.test(p) &&
  anyOf(
    '',
    group(
      String.raw`\b(`,
      [
        'mate',
        'friend',
        'partner',
        'flatmate',
        'roommate',
        'housemate',
        'brother',
        'sister',
        'boyfriend',
        'girlfriend',
        'husband',
        'wife',
        'son',
        'daughter',
        'mum',
        'mom',
        'dad',
        'cousin',
      ],
      String.raw`)\b`,
    ),
  ).test(p) &&
  !/\b(visionx|support|security team|bank|courier|delivery|driver|technician|agent)\b/.test(p);

/**
 * Checks that run before the classifier, because a miss costs more than a wrong topic:
 * a hazard must get safety guidance first whatever else the message says, a scam must get a
 * warning, and an injection must never reach a tool. Each is a short list of unmistakable
 * phrasings (high precision); the classifier still catches the paraphrases they miss.
 */
const SCAM_ASK = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`ask\w*`,
      String.raw`want\w*`,
      String.raw`need\w*`,
      String.raw`request\w*`,
      'told me to',
      'tell (him|her|them)',
      '(dm|message|text|email|whatsapp|inbox) (him|her|them)',
      'give',
      'send',
      'confirm',
      'verify',
      'read out',
      'share',
      're ?enter',
      'must',
      'have to',
      'reply with',
    ],
    String.raw`)\b`,
  ),
);
const SCAM_WHAT = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'cvv',
      'cvc',
      'security code',
      'card (number|details)',
      'password',
      '(visionx |shop |account )?log ?in( details| info)?',
      'pin',
      'one ?time (code|password)',
      'otp',
      'verification code',
      '2fa',
      String.raw`\d ?digit code`,
      'code i (just )?got',
      'code (from|in) (the|my|a) (text|sms|email)',
      'the code',
      'bank details',
      'gift cards?',
      '(change|update) (the |my )?(delivery|shipping) address',
      '(pay|fee) .{0,20}(customs|delivery|redelivery)',
    ],
    String.raw`)\b`,
  ),
);
/** A contact reported: a call, a text, an email, a link, or someone who got in touch and asked. */
const SCAM_WHO = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`call\w*`,
      'phoned',
      'rang',
      'rung',
      'ringing',
      'over the phone',
      'on the line',
      '(guy|man|woman|lady|person|someone|somebody|he|she|they|caller|agent|rep) on the phone',
      'on the phone (to|with)',
      'visionx sent (him|her|them|me)',
      String.raw`email\w*`,
      'e mail',
      'text(ed|s)?',
      'txt',
      'msg',
      'sms',
      String.raw`message\w*`,
      'whatsapp',
      'dm',
      'caller',
      'link',
      'facebook',
      'instagram',
      'tiktok',
      'telegram',
      'social media',
      'marketplace',
    ],
    String.raw`)\b`,
  ),
  group(
    String.raw`\b(someone|somebody|a guy|a man|a woman|they|he|she|person|agent|rep)\b.{0,30}\b(`,
    ['called', 'rang', 'phoned', 'texted', 'emailed', 'messaged', 'contacted', 'asked me', 'wants me', 'told me'],
    String.raw`)\b`,
  ),
);
const FAMILY = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'my (wife|husband|partner|son|daughter|mum|mom|dad|friend|sister|brother|kid|kids|child)',
      '(she|he) is my',
      '(shes|hes) my',
    ],
    String.raw`)\b`,
  ),
);
/** A secret to hand to someone: "if I give him my card's CVV", "tell them the code from the text". */
const HAND_OVER_SECRET = anyOf(
  '',
  group(
    group(
      String.raw`\b(give|send|tell|read|share|text)\w* (`,
      ['him', 'her', 'them', 'the (guy|man|woman|caller|agent|rep|driver|courier|person)'],
      String.raw`)\b (\w+ ){0,3}(`,
    ),
    [
      'cvv',
      'cvc',
      'security code',
      'card number',
      'card details',
      'full card',
      'password',
      'one time code',
      'otp',
      'verification code',
      'login( details)?',
      '(text|sms|sign in|login) code',
    ],
    String.raw`)\b`,
  ),
);
const SCAM = [
  // Handing a secret over is a scam when someone asked for it; a spouse or a friend to share a sign-in with is a question of sharing.
  (p: string) =>
    HAND_OVER_SECRET.test(p) &&
    (SCAM_WHO.test(p) || /\b(said|says|told|asked|asking|wants?|claim\w*|insist\w*)\b/.test(p)) &&
    !FAMILY.test(p),
  // "The seller wants my VisionX login to move the warranty": someone else after the shop's sign-in.
  (p: string) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'someone',
          'somebody',
          'seller',
          'buyer',
          'he',
          'she',
          'they',
          'guy',
          'bloke',
          'man',
          'woman',
          'caller',
          'person',
          'stranger',
          'agent',
          'rep',
        ],
        group(
          group(
            String.raw`)\b.{0,30}\b(`,
            ['wants?', 'wanted', 'asked', 'asking', 'needs?', 'needed'],
            String.raw`)\b (me )?(for )?(to (have|know|get) )?my (visionx |shop |account )?(`,
          ),
          ['log ?in( details)?', 'credentials', 'sign ?in details', 'password'],
          String.raw`)\b`,
        ),
      ),
    ).test(p) && !FRIEND_ASKS(p),
  // (The shop's own sign-in code that did not arrive is a sign-in question, unless someone asked for it.)
  // (A flatmate or a partner asking for the sign-in code is a question of sharing, answered as such.)
  (p: string) =>
    SCAM_WHO.test(p) &&
    SCAM_ASK.test(p) &&
    SCAM_WHAT.test(p) &&
    !FRIEND_ASKS(p) &&
    !/\b(forgot|reset|change my password|can i change|how do i change)\b/.test(p) &&
    !(
      /\b(sign|log) ?in\b|\bnever arrived\b/.test(p) &&
      !/\b(someone|somebody|caller|he|she|they|asked me|wants me|told me)\b/.test(p)
    ),
  // ("My refund after I cancelled my card in a fraud scare" is a refund question: no one got in touch.)
  (p: string) =>
    /\b(scam\w*|phishing|fraud\w*|suspicious|fake|sketchy|dodgy|too good to be true)\b/.test(p) &&
    (SCAM_WHO.test(p) || !/\b(refund\w*|card)\b/.test(p)),
  // Someone who wants to control the phone from afar is never VisionX.
  (p: string) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'remote (in|into|access|control)',
          'remotely (access|control)',
          String.raw`screen ?shar\w*`,
          'anydesk',
          'teamviewer',
          'quick ?support',
          'install (an|this|the|their|some) app',
        ],
        String.raw`)\b`,
      ),
    ).test(p) &&
    (SCAM_WHO.test(p) || /\b(rep|he|she|they|someone|guy|agent|caller)\b/.test(p)),
  // "A text says my phone needs an urgent update, download it from visionx-update.app": updates come on the phone, never by link.
  (p: string) =>
    SCAM_WHO.test(p) &&
    /\b(download|install|update)\w*\b/.test(p) &&
    /\b(link|\w+ (app|com|co|net|io|site)|website|urgent\w*|before midnight|within \d+)\b/.test(p) &&
    !/\b(how do i|how to|wont|won t|fails?|stuck|invoice|receipt|confirmation|my order)\b/.test(p),
  // Gift cards, crypto and wire transfers are how scammers are paid, never how a shop is.
  (p: string) =>
    anyOf(
      '',
      group(
        String.raw`\b(pay|paying|payment|paid|settle|deposit)\b.{0,50}\b(`,
        [
          'gift ?cards?',
          'itunes',
          'google play',
          'apple gift cards?',
          'steam cards?',
          String.raw`crypto\w*`,
          'bitcoin',
          'wire transfer',
          'western union',
        ],
        String.raw`)\b`,
      ),
    ).test(p) &&
    (SCAM_WHO.test(p) ||
      /\b(says|said|told|asked|wants|man|woman|guy|agent|offer\w*|deal|discount|\d+ ?(%|percent) off)\b/.test(p)),
  // "You were refunded too much, send the difference back": the overpayment trick.
  (p: string) =>
    SCAM_WHO.test(p) &&
    anyOf(
      '',
      String.raw`\b(refunded|overpaid) (me |you )?(\$?\d[\d ,.]* )?(too much|by mistake|in error|\$?\d+ instead)`,
      String.raw`\b(send|pay|transfer|return|zelle|wire) (\w+ )?(the )?(difference|extra|rest|excess)( \d+)? back\b`,
      String.raw`\b(send|pay|zelle|wire|transfer) (\w+ ){0,3}back the (difference|extra|rest|excess)\b`,
    ).test(p),
  // A bitcoin ATM or a crypto wallet asked to be paid into is never a shop.
  (p: string) =>
    /\b(bitcoin|crypto|btc) (atm|machine|kiosk)\b|\busdt\b/.test(p) ||
    /\b(send|pay|transfer|deposit)\w*\b.{0,40}\b(his|their|her|a) crypto wallet\b/.test(p),
  // Someone at the door, or on the line, who wants the PIN, the card or the sign-in codes.
  (p: string) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        ['someone', 'somebody', 'a (man|woman|guy|bloke|technician|engineer|courier|person)', 'he', 'she', 'they'],
        String.raw`)\b (\w+ ){0,2}(turned up|showed up|knocked|came round|came to (my|the) (door|house|flat))\b`,
      ),
    ).test(p) &&
    SCAM_ASK.test(p) &&
    /\b(pin|passcode|password|card|code|phone away|take (my|the) phone)\b/.test(p),
  (p: string) =>
    anyOf(
      '',
      group(
        String.raw`\b(`,
        ['someones?', 'somebody', 'he', 'she', 'they', 'caller', 'a (man|woman|guy)', 'rep', 'agent'],
        String.raw`)\b.{0,40}\b(asking|asked|wants?|wanted)\b (me )?(for )?(my|your) card\b`,
      ),
    ).test(p) && SCAM_WHO.test(p),
  (p: string) =>
    SCAM_WHO.test(p) &&
    anyOf(
      '',
      String.raw`\b(reply|respond) with (your |my |one of (your|my) )?(recovery|backup) codes?\b`,
      group(
        String.raw`\b(`,
        ['send', 'give', 'share', 'read out', 'tell'],
        String.raw`)\w* (them |him |her )?(your |my )?(recovery|backup|sign in|login) codes?\b`,
      ),
      group(
        String.raw`\b(`,
        ['asked', 'asking', 'wants?', 'wanted'],
        String.raw`) (me )?(for )?(my|your) (two step |2fa |sign in )?(recovery|backup) codes?\b`,
      ),
    ).test(p),
  // A driver or a courier who wants cash or a fee for duties before handing a parcel over: duties are already paid.
  (p: string) =>
    !/\b(if|will|would|does|do|might|could) (the |a |my )?(drivers?|couriers?|postman|postie|delivery \w+)\b/.test(p) &&
    anyOf(
      '',
      group(
        group(
          String.raw`\b(`,
          [
            'drivers?',
            'couriers?',
            'delivery (man|guy|person|bloke|woman)s?',
            'postmans?',
            'posties?',
            'dhl',
            'ups',
            'fedex',
            'dpd',
            'parcelforce',
          ],
          String.raw`)\b.{0,80}\b(`,
        ),
        [
          'wants?',
          'want(ed|ing)',
          String.raw`ask\w*`,
          String.raw`demand\w*`,
          String.raw`charg\w*`,
          String.raw`insist\w*`,
          '(i|we) owe',
          String.raw`(only|wont|won t|will not|not) (give|hand|deliver|releas)\w*`,
          '(if|unless) i pay',
          'before (he|she|they) (hands?|gives?|releases?)',
        ],
        String.raw`)\b`,
      ),
    ).test(p) &&
    /\b(customs|duty|duties|import|vat|tax)\b/.test(p) &&
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'cash',
          'fees?',
          String.raw`\w*gebuhr\w*`,
          'frais',
          'tasa',
          String.raw`\d+ ?(euros?|eur|pounds?|gbp|dollars?|usd|quid|bucks)`,
          'euros?',
          'pounds?',
          'quid',
        ],
        String.raw`)\b`,
      ),
    ).test(p),
  // "Someone rang saying they're from VisionX": a caller claiming to be us.
  (p: string) => {
    const claims =
      /\b(saying|said|says|claim\w*|pretend\w*|posing as)\b.{0,25}\b(from|with|at|work for) visionx\b/.test(p);
    const doubts = anyOf(
      '',
      group(
        String.raw`\b(check|know|sure|tell) (if |whether )?(`,
        ['its', 'it is', 'that (was|is)', 'they (are|were)', 'theyre', 'hes', 'shes', 'he is', 'she is'],
        String.raw`) (really |actually |truly )?(you|visionx|from visionx|legit)\b`,
      ),
    ).test(p);
    return (claims && (doubts || SCAM_WHO.test(p))) || (doubts && SCAM_WHO.test(p));
  },
  (p: string) =>
    anyOf(
      '',
      group(
        String.raw`\b(is (this|that|it)|are (you|u)|was (this|that|it)) (really |actually )?(`,
        ['you', 'u', 'visionx', 'legit', 'real', 'genuine', 'from (you|u|visionx)'],
        String.raw`)\b`,
      ),
    ).test(p) && SCAM_WHO.test(p),
  // "Is visionx-outlet.shop one of your official stores?": another site in our name.
  (p: string) =>
    OTHER_SHOP.test(p) && /\bvisionx \w+ (shop|store|com|co|net|online|app)\b|\b(site|website|seller|page)\b/.test(p),
];

const INJECTION = [
  anyOf(
    '',
    group(
      String.raw`\b(ignore|forget|disregard|override|bypass)\b.{0,40}\b(`,
      ['rules?', 'instructions?', 'guidelines?', 'prompt', 'restrictions?', 'polic(y|ies)'],
      String.raw`)\b`,
    ),
  ),
  /\b(system|developer|hidden) (prompt|message|instructions?)\b|\bjailbreak|\bdeveloper mode\b|\bdan mode\b/,
  anyOf(
    '',
    group(
      String.raw`\b(`,
      ['another', 'other', 'different', 'someone( else)?s?', 'somebody( else)?s?', 'other peoples?'],
      group(
        ') (',
        ['users?', 'customers?', 'shoppers?', 'accounts?', 'persons?', 'peoples?'],
        String.raw`)s? (order|orders|cart|account|address|details|data|email)\b`,
      ),
    ),
  ),
  /\b(someone|somebody) elses (order|orders|account|cart|address|details|email|data)\b/,
  // Someone else's data is asked for: a person named, and something of theirs to look up.
  anyOf(
    '',
    group(
      String.raw`^(?=.*\b(order|orders|account|cart|address|details|email|number)\b).*(`,
      [
        String.raw`\b(for|of|about) (someone|somebody) else\b`,
        group(
          String.raw`\b(its|it is|thats|that is|belongs to) (my )?(`,
          [
            'friends?',
            'wifes?',
            'husbands?',
            'neighbou?rs?',
            'bosss?',
            'colleagues?',
            'mums?',
            'moms?',
            'dads?',
            'brothers?',
            'sisters?',
            'partners?',
          ],
          String.raw`)\b`,
        ),
      ],
      ')',
    ),
  ),
  anyOf(
    '',
    group(
      String.raw`\b(my|a) (`,
      [
        'friends?',
        'wifes?',
        'husbands?',
        'neighbou?rs?',
        'bosss?',
        'colleagues?',
        'mums?',
        'moms?',
        'dads?',
        'brothers?',
        'sisters?',
        'partners?',
      ],
      ')s? (order|account|cart)',
    ),
  ),
  // "I'm the account holder's husband": a claimed relation to someone else's order or account.
  anyOf(
    '',
    group(
      group(
        String.raw`\b(i m|im|i am) (the |their |his |her )?(`,
        ['account holders?', 'owners?', 'buyers?', 'customers?', 'purchasers?'],
        ')s? (',
      ),
      [
        'husband',
        'wife',
        'partner',
        'mum',
        'mom',
        'dad',
        'son',
        'daughter',
        'brother',
        'sister',
        'friend',
        'assistant',
        'boss',
        'colleague',
      ],
      String.raw`)\b`,
    ),
    group(
      String.raw`\b(i m|im|i am) (his|her|their) (`,
      [
        'husband',
        'wife',
        'partner',
        'mum',
        'mom',
        'dad',
        'son',
        'daughter',
        'brother',
        'sister',
        'friend',
        'assistant',
        'boss',
      ],
      String.raw`)\b.{0,40}\b(order|account|shipped|parcel|delivery)\b`,
    ),
  ),
  anyOf(
    '',
    String.raw`\b(user|customer|account) (id|number|#)\s*\d+`,
    String.raw`\buser \d+`,
    String.raw`\border(s)? (of|for|from|belonging to) (user|customer|account|someone|somebody|another|other)\b`,
  ),
  anyOf(
    '',
    group(
      String.raw`\b(pretend|act as|you are now|role ?play) .{0,30}\b(`,
      ['admin', 'staff', 'administrator', 'support agent', 'developer', 'another', 'different'],
      String.raw`)\b`,
    ),
    String.raw`\bas an? (admin|administrator)\b`,
    String.raw`\badmin (access|mode|rights)\b`,
  ),
  anyOf(
    '',
    group(
      String.raw`\b(`,
      ['show', 'list', 'give', 'see', 'display', 'dump', 'export', 'look ?up', 'find', 'fetch', 'print', 'read'],
      String.raw`)\b.{0,20}\b(all|every) (the |of the )?(orders|customers|accounts|users)\b(?! i\b| ive\b| i have\b)`,
    ),
  ),
  /\b(i m|im|i am) (an? |the )?(admin|administrator|developer|staff|employee|ceo|owner)\b/,
];
/** "Reply with your password to confirm you're the owner": a scam quoted, not a claim to be the owner. */
const QUOTED_OWNER = /\b(confirm|prove|verify)( that)? (i m|im|i am) (the )?(owner|account holder)\b/;

/** An explicit request for a person always reaches one, whatever else the message says. */
const PERSON = anyOf(
  '',
  group(
    String.raw`\b(get|put|give|find) me (through to )?(`,
    ['someone', 'somebody', 'somone', 'sombody', 'some one', 'a (real |live )?(person|human|agent|manager|supervisor)'],
    String.raw`)\b`,
  ),
  group(
    '(',
    [
      '^ ?',
      String.raw`\b(can|could|would|will) (you|u) (please |just )?`,
      String.raw`\bplease `,
      String.raw`\bjust `,
      String.raw`\bthen `,
      '^ ?(ok|okay|so|right|fine) (then )?',
    ],
    group(
      group(
        ')(get|have|ask|send) (',
        ['someone', 'somebody', 'somone', 'a person', 'a human'],
        String.raw`)( from (the|your) (team|staff|support))? (to |who |that )?(\w+ ){0,3}(`,
      ),
      ['help', 'quote', 'look', 'check', 'call', 'contact', 'sort', 'fix', 'give', 'deal'],
      String.raw`)\w*\b`,
    ),
  ),
  String.raw`\b(an? )?(actual|real|live) (person|human)\b.{0,20}\b(at|from) visionx\b`,
  String.raw`\b(report|speak|talk)\w* (this |it )?to (an? )?(actual|real|live) (person|human)\b`,
  group(
    String.raw`\b(can|could) (someone|somebody|a person|a human) (please )?(`,
    ['look', 'check', 'have a look', 'take a look'],
    String.raw`) (into|at)\b`,
  ),
  String.raw`\bparler (a|avec) (quelqu ?un|un conseiller|une personne|un humain|un agent)\b`,
  String.raw`\b(mit|zu) (einem|einer) (mitarbeiter\w*|menschen|person|berater\w*)\b`,
  String.raw`\bhablar con (alguien|una persona|un agente|un humano|un asesor)\b`,
  group(
    group(
      String.raw`\b(`,
      ['pass', 'transfer', 'put', 'connect', 'escalate', 'send'],
      ') (me|this) (on |over |up )?(to|through to) (a |an |the |your |some ?|whoever )?(',
    ),
    [
      'person',
      'human',
      'agent',
      'manager',
      'supervisor',
      'someone',
      'somebody',
      'team',
      'staff',
      'support',
      'handles?',
      'deals?',
    ],
    String.raw`)\b`,
  ),
  String.raw`\b(make|file|lodge|raise|submit) an? (formal |official )?complaint\b`,
  group(
    group(
      String.raw`\b(speak|talk|chat)( it| this| things)?( through| over)? (to|with) (a |an |some)?(`,
      ['real ', 'live ', 'actual '],
      ')?(',
    ),
    ['person', 'human', 'agent', 'manager', 'supervisor', 'someone', 'somebody', 'representative'],
    String.raw`)\b`,
  ),
  '^ ?(human|agent|person|operator)( please| pls| now)? ?$',
);

/** A card number (13–19 digits, grouped or not) or a security code typed into the chat. */
const CARD_DIGITS = /\b(?:\d[ -]?){12,18}\d\b/g;
const CODE_TYPED = /\b(cvv|cvc|cv2|security code)\W{0,3}\d{3,4}\b/i;
/** Luhn's check: card numbers pass it, IMEIs mostly too, order and phone numbers mostly not. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
/** A card number (13–19 digits passing Luhn, not an IMEI, serial or tracking number) or a security code typed into the chat. */
export function cardInText(text: string): boolean {
  if (CODE_TYPED.test(text)) return true;
  return [...text.matchAll(CARD_DIGITS)].some((m) => {
    const before = text.slice(Math.max(0, m.index! - 24), m.index).toLowerCase();
    // "5555 5555 5555 4444 06/28": the expiry's first digits run on from the number, as a last group of its own.
    const withoutExpiry = /^\/\d{2}\b/.test(text.slice(m.index! + m[0].length))
      ? /^(.*\d)[ -](0[1-9]|1[0-2])$/.exec(m[0])?.[1]
      : undefined;
    return (
      !/\b(imei|serial|tracking|track|sn)\b/.test(before) &&
      (luhn(m[0].replace(/\D/g, '')) || (!!withoutExpiry && luhn(withoutExpiry.replace(/\D/g, ''))))
    );
  });
}

/** "Did you just add something to my cart?": a worry about consent, answered as such. */
export const ASKS_WHO_CHANGED_CART = anyOf(
  '',
  group(
    String.raw`\b(did|have|has) (you|the (bot|assistant)) (just |been |gone and )?(`,
    ['add', 'put', 'remov', 'delet', 'chang', 'touch', 'mess'],
    String.raw`)\w*\b`,
  ),
  String.raw`\bwho (added|put|removed|changed)\b`,
  String.raw`\bi didn ?t (ask|add)\b`,
  group(
    group(
      String.raw`\bwhy (did|has|have|is|was|were) (`,
      ['the ', 'my ', 'a ', 'an ', 'this ', 'that '],
      String.raw`)?(\w+ ){0,3}(get |got |been |gone |just )?(`,
    ),
    ['removed', 'deleted', 'taken out', 'disappeared', 'vanished', 'added', 'put in', 'changed'],
    String.raw`)\b`,
  ),
);

export type Guard = 'injection' | 'safety_hazard' | 'scam_report' | 'human_handoff' | 'payment';

/** The guard a message trips, most serious first; undefined for almost every message. */
export function guardOf(text: string): Guard | undefined {
  const p = plain(text);
  // A hazard first: "it's my wife's phone and the battery is swollen" needs first aid, not a refusal
  // (the safety answer calls no tool, so nothing of anyone's can leak through it).
  if (hazardKinds(text).length) return 'safety_hazard';
  const scam = SCAM.some((check) => check(p)) || namesLookalikeSite(text);
  const injection = INJECTION.filter((re) => re.test(p));
  // Only the owner's claim, inside a scam being told: the scam.
  if (
    injection.length &&
    !(
      scam &&
      injection.length === 1 &&
      QUOTED_OWNER.test(p) &&
      !/\b(admin|administrator|developer|staff|employee|ceo)\b/.test(p)
    )
  )
    return 'injection';
  if (scam) return 'scam_report';
  // Card details typed into the chat: the answer is about keeping them safe, whatever else was asked (a person too).
  if (cardInText(text)) return 'payment';
  if (PERSON.test(p)) return 'human_handoff';
  return undefined;
}
