import { plain } from '../../nlu/entities.js';
import {
  ASKS_US_TO_REPAIR,
  CARD_KEPT,
  CHARGED_ALREADY,
  CHARGE_TIMING,
  CURRENCY,
  FOREIGN_PARCEL_TROUBLE,
  MONEY_NOT_BACK,
  TRADE_IN,
  WIRELESS_NOT_CABLE,
} from '../understanding/signs.js';
import type { Intent } from '../nlu/intents.js';
import type { Knowledge, Passage, RankedPassage } from '../knowledge/passages.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * Where in the support guide each kind of question is answered: retrieval ranks only these
 * passages, so "my battery is swelling" can never be answered with battery-drain steps, nor a
 * forgotten shop password with the phone's factory reset.
 */
const PASSAGES: Partial<Record<Intent, RegExp>> = {
  shipping_info: /^(where-visionx-ships|shipping-times|when-a-visionx-order-ships)/,
  order_status: /^(order-status|when-a-visionx-order-ships|damaged-or-missing)/,
  order_cancel: /^cancelling-a-visionx-order/,
  returns: /^(the-30-day-return|how-to-return|refunds-how|exchanges|damaged-or-missing)/,
  warranty: anyOf(
    '',
    group(
      '^(',
      [
        'what-the-visionx-warranty',
        'opening-your-visionx-phone-does-not',
        'how-to-make-a-warranty',
        'the-modular-repair',
        'service-center',
        'opening-a-visionx-phone-screws',
        'modular-upgrades',
        'trading-in',
        'recycling',
      ],
      ')',
    ),
  ),
  payment: anyOf(
    '',
    group(
      '^(',
      [
        'payment-methods',
        'currency-and-import-duties',
        'when-your-card-is-charged',
        'receipts-and-invoices',
        'what-visionx-keeps-about-your-card',
        'refunds-how',
      ],
      ')',
    ),
  ),
  account_password: /^(visionx-account-sign-in|two-step-sign-in)/,
  account_manage: /^(what-visionx-stores|exporting-or-deleting|privacy-of-chats|visionx-account-sign-in)/,
  tech_battery: /^(battery-drains|phone-overheating)/,
  tech_charging: /^(visionx-phone-wont-charge|accessories-not-working|phone-wont-turn-on|phone-overheating)/,
  tech_connectivity: /^(wi-fi|bluetooth|5g-mobile-data|no-sound)/,
  tech_camera: /^camera-problems/,
  tech_screen: /^screen-problems/,
  tech_software: /^(software-update|factory-reset|moving-data|storage-full|no-sound|phone-wont-turn-on)/,
  safety_hazard: /^(swollen-hissing|phone-overheating|water-or-liquid|swallowed-battery)/,
  scam_report: /^scam-calls/,
  human_handoff: /^(reaching-a-person|when-to-escalate)/,
  contact_info: /^reaching-a-person/,
};

/** The score of a passage named by a question's telling words (NAMED below), above any the search gives. */
export const NAMED_SCORE = Number.MAX_SAFE_INTEGER;

export const hasPassages = (intent: Intent) => PASSAGES[intent] !== undefined;

/**
 * The passage of `intent`'s part of the guide that best answers `query`; the part's first
 * passage when no word matches (a short "my wifi is bad" still gets the Wi-Fi steps).
 */
export function passageFor(knowledge: Knowledge, intent: Intent, query: string): RankedPassage | undefined {
  const allowed = PASSAGES[intent];
  if (!allowed) return undefined;
  const fits = (p: Passage) => allowed.test(p.id);
  const named = namedPassage(knowledge, query, fits);
  if (named) return named;
  const hit = knowledge.search(query, knowledge.passages.length).find(fits);
  if (hit) return hit;
  const first = knowledge.passages.find(fits);
  return first ? { ...first, score: 0 } : undefined;
}

/**
 * Questions whose few telling words the search weighs less than the words they share with a
 * neighbouring passage ("how do I actually claim it?" after talk of the battery's cover): the
 * passage they ask for, when it is in the intent's part of the guide.
 */
const NAMED: ReadonlyArray<readonly [RegExp, string]> = [
  [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          group(
            'how (do|can|would) i (actually |go about )?(',
            ['claim', 'make a claim', 'start a claim', 'get it (fixed|repaired|replaced)'],
            ')',
          ),
          '(make|start|file|open|raise) an? (warranty )?claim',
          'warranty claim',
        ],
        String.raw`)\b`,
      ),
    ),
    'how-to-make-a-warranty-claim',
  ],
  [ASKS_US_TO_REPAIR, 'service-center'],
  [
    anyOf(
      '',
      group(
        String.raw`\bmodules?\b.{0,60}\b(`,
        ['from', 'into', 'between', 'another', 'other', 'different'],
        String.raw`)\b.{0,40}\b(phone|model|vision|halo|terra|go)\b`,
      ),
      String.raw`\b(upgrade|swap|move)\b.{0,30}\bmodules?\b`,
    ),
    'modular-upgrades',
  ],
  [CHARGED_ALREADY, 'when-your-card-is-charged'],
  [CHARGE_TIMING, 'when-your-card-is-charged'],
  [WIRELESS_NOT_CABLE, 'visionx-phone-wont-charge'],
  // "My Vision X won't charge with the cable": the phone's charging steps, not the accessories' passage.
  [
    /\b(won ?t|wont|doesn ?t|doesnt|will not|does not|isn ?t|isnt|stopped|not) (charg\w*|lad\w*) (with|by|from|on|using|via|through) (the |a |my |its |any )?(cable|cord|usb ?c|charger|plug|wire)\b/,
    'visionx-phone-wont-charge',
  ],
  // "What time do I need to order by for it to go out today?": the dispatch cut-off.
  [
    /\b(order|buy|check ?out|pay)\b.{0,20}\bby\b.{0,30}\b(go out|ship|leave|dispatch\w*|sent|send)\b.{0,15}\b(today|same day|tonight)\b|\bcut ?off\b|\bsame ?day (dispatch|shipping)\b/,
    'when-a-visionx-order-ships',
  ],
  [CARD_KEPT, 'what-visionx-keeps-about-your-card'],
  [TRADE_IN, 'trading-in'],
  [CURRENCY, 'currency-and-import-duties'],
  // "Is tax added on top at checkout?": the payment methods passage says prices include it.
  [
    anyOf(
      '',
      group(
        String.raw`^(?!.*\b(customs|duty|duties|import|at the door)\b).*\b(sales tax|tax|taxes)\b.{0,40}\b(`,
        [String.raw`includ\w*`, 'added', 'add', 'on top', 'extra', 'at checkout'],
        String.raw`)\b`,
      ),
      String.raw`\b(includ\w*|added|on top)\b.{0,30}\b(sales tax|tax|taxes)\b`,
    ),
    'payment-methods',
  ],
  [MONEY_NOT_BACK, 'refunds-how'],
  // "Who gets the money back, her or me?", "does the refund go to my card?": where a refund goes.
  [
    /\bwho (gets|will get|receives|gets back) (the )?(money|refund)\b|\b(refund|money)s? (go|goes|will go|is paid|gets paid) (back )?to\b|\b(money|refund) back to (who|whom)\b/,
    'refunds-how',
  ],
  // French, German and Spanish: the money back is the refund; sending back, the return window; the guarantee, the warranty's terms.
  [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`(?<!contre )rembours\w*`,
          String.raw`ruckerstatt\w*`,
          String.raw`erstatt\w*`,
          String.raw`(?<!contra )reembols\w*`,
          String.raw`(geld|argent|dinero) (\w+ ){0,3}(zuruck\w*|de vuelta|devuel\w*|rendu)`,
          String.raw`(recuperar|recuper\w*|zuruckbekomm\w*) (\w+ ){0,2}(argent|geld|dinero)`,
        ],
        String.raw`)\b`,
      ),
    ),
    'refunds-how',
  ],
  [
    anyOf(
      '',
      group(
        String.raw`\b(how long|how many days|how much time)\b.{0,40}\b(`,
        [String.raw`send (\w+ ){0,2}back`, String.raw`return (it|this|them|something|an item|stuff|my \w+)`],
        String.raw`)\b`,
      ),
      String.raw`\b(change|changed) (my|her|his) mind\b`,
      group(
        String.raw`\b(`,
        ['cuantos dias', 'cuanto tiempo', 'combien de (jours|temps)', 'wie viele tage', 'wie lange'],
        String.raw`)\b.{0,40}\b(devolver\w*|retourner|renvoyer|zuruck\w*|ruckgabe|retour\w*)\b`,
      ),
    ),
    'the-30-day-return',
  ],
  // "And how do I start the return?": the steps, not the policy again.
  [
    anyOf(
      '',
      String.raw`\bhow (do|can|would|should) (i|we) (start|begin|make|do|arrange|set up|open|request|go about|send)\b (\w+ ){0,2}(return|returning|send(ing)? (it|them) back)\b`,
      String.raw`\b(start|begin|open|request) (a|the|my) return\b`,
      String.raw`\bhow (do|can|would|should) (i|we) send (it|them|this|the \w+) back\b`,
    ),
    'how-to-return',
  ],
  [FOREIGN_PARCEL_TROUBLE, 'damaged-or-missing'],
  // "My calls keep dropping on the train": the mobile network, not Wi-Fi or the speaker.
  [
    anyOf(
      '',
      String.raw`\bcalls?\b (\w+ ){0,3}(keep |kept |always |randomly )?(drop(s|ping|ped)?|cut(s|ting)? (out|off)|disconnect\w*)\b(?! (it|my|the|her|his)\b)`,
      String.raw`\b(dropped|dropping) calls\b`,
      String.raw`\b(no|bad|weak|poor|lose|losing|lost) (phone |mobile |cell )?(signal|reception|coverage|bars)\b`,
    ),
    '5g-mobile-data',
  ],
  // "I fitted a battery from another shop, is the warranty still valid?": what the warranty does not cover.
  [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'third[- ]party',
          'non[- ]visionx',
          'aftermarket',
          'knock[- ]?offs?',
          '(another|other|different) (shop|store|brand|seller)',
          'not (an? )?(original|official|visionx)',
        ],
        String.raw`)\b.{0,60}\b(warranty|guarantee|covered|void\w*)\b`,
      ),
      String.raw`\b(warranty|guarantee|covered)\b.{0,60}\b(third[- ]party|non[- ]visionx|aftermarket|(another|other|different) (shop|store|brand)('s)?)\b`,
    ),
    'what-the-visionx-warranty-does-not-cover',
  ],
  [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          String.raw`renvoy\w*`,
          String.raw`retourn\w*`,
          'rendre',
          String.raw`zuruckgeb\w*`,
          String.raw`zurucksend\w*`,
          String.raw`zuruckschick\w*`,
          String.raw`rucksend\w*`,
          String.raw`ruckgabe\w*`,
          String.raw`devolv\w*`,
          String.raw`devuelv\w*`,
          String.raw`devolucion\w*`,
        ],
        String.raw`)\b`,
      ),
    ),
    'the-30-day-return',
  ],
  [
    /^(?!.*\b(reclam\w*|anspruch|geltend|demande|solicit\w*|claim)\b).*\b(garantie|garantia|gewahrleistung)\b/,
    'what-the-visionx-warranty',
  ],
  [
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'exchange',
          group(
            '(really |actually )?wanted (the |it in )?(',
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
            ')',
          ),
          String.raw`regret\w* not (getting|buying|going for)`,
          'wish i (had )?(got|bought|gone for)',
          group(
            String.raw`(swap|change|switch) (it|mine|my \w+( \w+)?) (for|to) (the |a )?(`,
            [String.raw`\d+ ?gb`, 'bigger', 'smaller', 'other', 'different'],
            ')',
          ),
        ],
        String.raw`)\b`,
      ),
    ),
    'exchanges',
  ],
  // "Sent it back two weeks ago and still no refund": how long a refund takes.
  [
    anyOf(
      '',
      group(
        group(
          String.raw`^(?!.*\b(`,
          [
            'return window',
            String.raw`within \d+ days`,
            'can i still (return|send)',
            'still (return|send) (it|them|the)',
          ],
          String.raw`)\b).*(`,
        ),
        [
          group(
            String.raw`\b(`,
            [
              'still (no|not|waiting)',
              'no sign of (the|my|a)',
              'not (got|received|seen) (the|my|a|any)',
              'where is (the|my)',
              'wheres (the|my)',
              'waiting (for|on) (the|my|a)',
            ],
            String.raw`)\b.{0,20}\brefund\w*`,
          ),
          String.raw`\brefund\w*\b.{0,40}\b(how long|still not|not yet|yet to|taking (so )?(long|ages|forever))\b`,
          String.raw`\brefund\w*\b (\w+ ){0,2}(has|have|is|s)? ?(not|n t|nt) (arrived|come( through)?|shown up|appeared|landed|gone through)\b`,
          String.raw`\bhow long\b.{0,40}\brefund\w*`,
        ],
        ')',
      ),
    ),
    'refunds-how',
  ],
  [
    anyOf(
      '',
      group(
        String.raw`\brefund\w*\b.{0,60}\b(`,
        ['new card', 'different card', 'another card', 'other card', 'paypal', 'cash', 'bank transfer', 'bank account'],
        String.raw`)\b`,
      ),
      group(
        String.raw`^(?!.*\b(can i still|still (return|send))\b).*\brefund\w*\b (\w+ ){0,3}(to|into|onto) (`,
        ['my', 'her', 'his', 'their', 'a', 'another', 'the other'],
        String.raw`) (own )?(card|account)\b`,
      ),
      String.raw`\b(card|account)\b.{0,30}\b(cancel\w*|closed|lost|stolen|expired|blocked)\b.{0,60}\brefund\w*`,
      String.raw`\brefund\w*\b.{0,60}\b(card|account)\b.{0,30}\b(cancel\w*|closed|lost|stolen|expired|blocked)\b`,
    ),
    'refunds-how',
  ],
];
/** The passage a question names by its telling words, if any ("can I swap it for the 256?": exchanges). */
export const namedPassageId = (query: string) => NAMED.find(([re]) => re.test(plain(query)))?.[1];
function namedPassage(knowledge: Knowledge, query: string, fits: (p: Passage) => boolean): RankedPassage | undefined {
  const p = plain(query);
  const id = NAMED.find(([re]) => re.test(p))?.[1];
  const passage = id ? knowledge.passages.find((x) => x.id.startsWith(id) && fits(x)) : undefined;
  return passage && { ...passage, score: NAMED_SCORE };
}
