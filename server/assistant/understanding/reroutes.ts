import type { Intent } from '../nlu/intents.js';
import type { Slots } from '../../nlu/entities.js';
import { repairProductWords } from '../../nlu/fuzzy.js';
import { PHONE_SLUGS } from '../../nlu/words.js';
import { ABOUT_ONE_THING, changesCartOption, comparesPhones, keepsOwnReading, NEVER_COMPARED } from './consistency.js';
import {
  ADDING,
  CHANGE_WORDS,
  CURRENCY,
  MONEY_NOT_BACK,
  NO_5G,
  WIRELESS_NOT_CABLE,
  CHOOSING,
  COVER_QUESTION,
  FAULT,
  FAULT_NOW,
  HAZARD_WORD,
  PARCEL,
  PARCEL_TROUBLE,
  PAYMENT_TALK,
  SIGN_IN_CODES,
  TRADE_IN,
  SPEC_QUESTION,
  THIRD_PARTY,
  WARRANTY_WORD,
} from './signs.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/**
 * The entities overrule a reading they contradict. Each rule names what it recognises and the
 * reading it leads to; the first that holds wins, so the more specific rules come first. A rule
 * is added with a regression case (server/eval/regression) and, where it came from a held-out set, a case
 * of the shopper's own kind in that set's place, never the set's sentence.
 */
interface Reroute {
  why: string;
  to: Intent;
  when: (intent: Intent, slots: Slots, p: string) => boolean;
}

/** A phone the accessory is for, two products, or a word of fitting. */
const fitWords = (slots: Slots, p: string) =>
  slots.accessoryFor !== undefined ||
  slots.products.length >= 2 ||
  /\b(fits?|compatible|works? with|go with)\b/.test(p);
/** A product named, or "it" after one, with a spec word ("how fast would it charge with your charger?"). */
const specOf = (slots: Slots, p: string) =>
  slots.products.length > 0 || (slots.aspects.length > 0 && /\b(it|its|this one|that one)\b/.test(p));
/** Something shows an accessory is wanted: the phone it is for, a category of accessories, or gift words. */
const accessoryAsked = (slots: Slots, p: string) =>
  slots.accessoryFor !== undefined ||
  (slots.category !== undefined && slots.category !== 'phones') ||
  /\baccessor(y|ies)\b|\b(gifts?|presents?|ideas?|extras?)\b/.test(repairProductWords(p));

/** "How much is that part, can I do it myself?": a repair's cost, not a spec. */
const REPAIR_TALK = /\b(part|parts|module|modules|repair\w*|myself|replac\w*|a shop)\b/;

/** Words of an accessory going with a phone. */
const GOES_WITH = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'fits?',
      'fitting',
      'work(s|ing)? (with|on)',
      'compatible',
      'stick(s)? (to|on)',
      'snap(s)? (on|onto|to)',
      'attach(es)? to',
      'go(es)? with',
      '(be )?(a|any) problem',
      '(be )?an issue',
      'ok (with|for)',
      'okay (with|for)',
      'charge (it|my|a|the)',
    ],
    String.raw`)\b`,
  ),
);

/** Readings a cancelling word does not turn into a cancellation: a scam, a hazard, a person, a refusal. */
const NEVER_CANCEL: ReadonlySet<Intent> = new Set([
  'scam_report',
  'safety_hazard',
  'human_handoff',
  'account_manage',
  'returns',
]);

/** "The screen stays totally black", "display went dark": a screen fault, not the colour Black. */
const DARK_SCREEN = anyOf(
  '',
  group(
    String.raw`\b(screen|display)( s)? (\w+ ){0,2}(`,
    ['stays?', 'stayed', 'is', 'goes', 'went', 'gone', 'turned', 'turns', 'stuck', 'remains', 'just'],
    String.raw`) (\w+ ){0,2}(black|blank|dark)\b(?! (one|version|colou?r|model|phone|edition|bezel|frame))`,
  ),
  group(
    String.raw`\b(`,
    ['shows?', 'showing', 'get', 'getting', 'got', 'stuck on', 'stays on'],
    String.raw`) (a |the |just a |only a )?(black|blank|dark) (screen|display)\b`,
  ),
  String.raw`\bblack screen of death\b`,
);

/** "Take the phone out of my cart": a removal, whatever else the message tells. */
const OUT_OF_CART =
  /\b(take|remove|delete|get rid of|drop|pull|chuck|bin)\b.{0,30}\b(out of|from|off) (my|the) (cart|basket|trolley)\b/;

/** "Je veux annuler la commande…", "I'd like to cancel": a cancellation asked for outright, whatever else the message asks. */
const WANTS_TO_CANCEL = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'i want to',
      'i need to',
      'i d like to',
      'id like to',
      'i would like to',
      'please',
      'je veux',
      'je voudrais',
      'je souhaite',
      'j aimerais',
      'ich (will|mochte|moechte) (die bestellung |meine bestellung )?',
      'quiero',
      'quisiera',
    ],
    group(
      String.raw`) (cancel|annuler|stornieren|cancelar)\b(?! (my |the |ma |mon |la |le |el |mi |meine |die )?(`,
      [
        'return',
        'exchange',
        'refund',
        'retour',
        'echange',
        'remboursement',
        'rucksendung',
        'umtausch',
        'erstattung',
        'devolucion',
        'cambio',
        'reembolso',
      ],
      '))',
    ),
  ),
);
/** "How do I get the old one out?" of a phone's battery or module: how it comes apart, from the phone's page. */
const HOW_IT_COMES_OUT = anyOf(
  '',
  group(
    group(
      String.raw`\bhow (do|does|can|would) (i|you|one) (`,
      ['get', 'take', 'pull', 'lift', 'remove', 'swap', 'replace'],
      ') (the |my |its )?(old |dead |new )?(',
    ),
    ['battery', 'module', 'back( cover)?', 'old one', 'dead one'],
    String.raw`)\b`,
  ),
);
/** Words of the warranty's terms or a price: "does swapping it myself void the warranty?" stays a warranty question. */
const WARRANTY_TALK = /\b(warrant\w*|guarantee\w*|covered|cover|void\w*|claim|free|cost|price|pay)\b/;
/** "Buds pro in green availble?": whether it is to be had, not a request to add it. */
const ASKS_IF_AVAILABLE = /\b(avail\w*|in stock|(do|does) (you|it|they) (have|come|do)|any left)\b/;

export const REROUTES: readonly Reroute[] = [
  {
    why: '"For my daughter aged 8, basic, just for calls and WhatsApp": a phone to choose, not a scam (nobody asked for anything).',
    to: 'product_recommend',
    when: (intent, _slots, p) =>
      intent === 'scam_report' &&
      /\b(just|only|mainly|mostly) (for )?(calls?|calling|texts?|texting|whatsapp|messag\w*)\b/.test(p) &&
      /\b(for (my|our|a|an) \w+|basic|simple|first phone|phone for)\b/.test(p) &&
      !/\b(ask\w*|wants?|wanted|said|says|told|claim\w*|links?|codes?|password|pay\w*|fees?|card|caller|called|scam\w*)\b/.test(
        p,
      ),
  },
  {
    why: '"Je veux annuler la commande {order}. Serai-je remboursé ?": a cancellation asked for outright, with an order named, is a cancellation, whatever the refund question after it.',
    to: 'order_cancel',
    when: (intent, slots, p) => !!slots.orderNumber && intent === 'returns' && WANTS_TO_CANCEL.test(p),
  },
  {
    why: "\"Thinking of trading in my old Vision X for a Terra, what's it worth?\": the trade-in program (the warranty's part of the guide), not the phones' prices.",
    to: 'warranty',
    when: (intent, _slots, p) =>
      ['product_info', 'product_recommend', 'product_compare'].includes(intent) &&
      TRADE_IN.test(p) &&
      !ADDING.test(p) &&
      !THIRD_PARTY.test(p),
  },
  {
    why: '"I\'m swapping the battery in my Vision X myself. How do I get the old one out?": how a named phone comes apart is on its page, not a warranty question.',
    to: 'product_info',
    when: (intent, slots, p) =>
      (intent === 'warranty' || intent.startsWith('tech_')) &&
      slots.products.length === 1 &&
      PHONE_SLUGS.has(slots.products[0]!) &&
      HOW_IT_COMES_OUT.test(p) &&
      !WARRANTY_TALK.test(p),
  },
  {
    why: '"Can I take the Vision Go into the sea?": taking a phone into water is a question of its water resistance, not buying it.',
    to: 'product_info',
    when: (intent, slots, p) =>
      intent === 'cart_add' &&
      slots.products.length > 0 &&
      /\b(take|bring|use)\b.{0,30}\b(in|into|to|at) the (sea|water|pool|beach|shower|bath|rain|lake|river)\b|\bunderwater\b/.test(
        p,
      ) &&
      !/\b(add|cart|basket|buy|order)\b/.test(p),
  },
  {
    why: '"Buds pro in green availble?": a product and an option asked after, with no word of adding, is whether it is to be had.',
    to: 'product_info',
    when: (intent, slots, p) =>
      intent === 'cart_add' &&
      slots.products.length === 1 &&
      ASKS_IF_AVAILABLE.test(p) &&
      !ADDING.test(p) &&
      !/\b(add|put|cart|basket|buy|order|take|i d like|id like|i want|i ll have)\b/.test(p),
  },
  {
    why: '"How much is that part?" after steps that named the likely module: the repair program\'s price for it (the warranty\'s part of the guide).',
    to: 'warranty',
    when: (intent, slots, p) =>
      (intent.startsWith('tech_') || intent === 'product_info') &&
      !slots.products.length &&
      /\b(that|this|the) (part|module)\b/.test(p) &&
      /\b(how much|cost\w*|price\w*|pay)\b/.test(p),
  },
  {
    why: '"Ok put that in my cart as well, keep what\'s already there": putting something in is adding, not showing the cart.',
    to: 'cart_add',
    when: (intent, _slots, p) =>
      intent === 'cart_view' &&
      anyOf(
        '',
        group(
          '^ ?((',
          [
            'ok',
            'okay',
            'yes',
            'yeah',
            'yep',
            'right',
            'fine',
            'great',
            'cool',
            'sure',
            'go on then',
            'lovely',
            'perfect',
          ],
          group(
            ') )*(please |pls |can you |could you )?(put|add|stick|pop|throw|chuck|bung) (',
            ['that', 'it', 'this', 'this one', 'that one', 'one', 'them', 'those'],
            String.raw`)\b`,
          ),
        ),
      ).test(p),
  },
  {
    why: '"Take the phone out of my cart, changed my mind": a removal from the cart, not the phone\'s fault.',
    to: 'cart_remove',
    when: (intent, _slots, p) =>
      intent !== 'cart_remove' &&
      intent !== 'cart_add' &&
      !NEVER_CANCEL.has(intent) &&
      OUT_OF_CART.test(p) &&
      !/\b(why|who|how come|did you|didnt i)\b/.test(p),
  },
  {
    why: '"Still charges on the pad but nothing with the cable", "lädt nicht mehr mit Kabel, kabellos schon": the charging port\'s fault, not a question about wireless charging.',
    to: 'tech_charging',
    when: (intent, _slots, p) =>
      (intent === 'tech_charging' || !intent.startsWith('tech_')) &&
      !NEVER_CANCEL.has(intent) &&
      intent !== 'cart_add' &&
      WIRELESS_NOT_CABLE.test(p) &&
      !/\b(which|does (it|the)|can (it|i)|will (it|the)|recommend\w*|buy)\b/.test(p),
  },
  {
    why: '"No 5G on my Vision X, only ever shows 4G": a network fault to troubleshoot, not the spec.',
    to: 'tech_connectivity',
    when: (intent, _slots, p) =>
      (intent === 'product_info' || intent === 'product_compare' || intent.startsWith('tech_')) &&
      NO_5G.test(p) &&
      !/\b(which|does (it|the)|is there|do any|right|coverage|area|never use|enough|do i need|worth|has no)\b/.test(p),
  },
  {
    why: '"I\'d order before lunch, would it leave the same day? What\'s the cutoff?": when orders leave (shipping), not an order to change.',
    to: 'shipping_info',
    when: (intent, slots, p) =>
      (intent === 'order_change_address' ||
        intent === 'order_status' ||
        intent === 'order_cancel' ||
        intent.startsWith('tech_')) &&
      !slots.orderNumber &&
      anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'cut ?off',
            'cutoff',
            'same day',
            'leave (the warehouse|the same day|that day)',
            'ship (out )?(the )?same day',
            String.raw`dispatch\w*`,
            'what time (do|does|must|should) i (order|have to order)',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
  },
  {
    why: '"La coque Loop pour le Vision Go existe en quelles couleurs ?": the colours of an accessory, asked with its phone, are about the accessory.',
    to: 'product_info',
    when: (intent, slots, p) =>
      (intent === 'accessory_compat' || intent === 'product_info') &&
      slots.aspects.includes('colours') &&
      slots.products.some((s) => !PHONE_SLUGS.has(s)) &&
      !/\b(fits?|work|works|compatible|va sur|va avec|passt|sirve|marche)\b/.test(p),
  },
  {
    why: '"Pro Max Ultra or Halo, which one charges faster with a cable?": two phones and which one ranks them, whatever accessory the ranking mentions.',
    to: 'product_compare',
    when: (intent, slots, p) =>
      (intent === 'accessory_find' || intent === 'accessory_compat' || intent === 'product_recommend') &&
      slots.products.filter((s) => PHONE_SLUGS.has(s)).length === 2 &&
      slots.products.every((s) => PHONE_SLUGS.has(s)) &&
      !!slots.rank &&
      /\bwhich (one|of (them|the two|those)|phone|is|would|will|does)\b/.test(p),
  },
  {
    why: '"Update keeps failing at 30%": an update that fails is the software passage, whatever battery or network it mentions.',
    to: 'tech_software',
    when: (intent, _slots, p) =>
      (intent === 'tech_battery' || intent === 'tech_connectivity' || intent === 'tech_charging') &&
      !/\b(since|after) (the |an |my |last |latest )*(update|updating)|\bupdated (it|my \w+|the \w+) and\b/.test(p) &&
      anyOf(
        '',
        group(
          String.raw`\bupdat(e|es|ing)\b (\w+ ){0,3}(`,
          [
            String.raw`fail\w*`,
            'stuck',
            'wont',
            'won t',
            'stops?',
            'stopped',
            String.raw`error\w*`,
            String.raw`freez\w*`,
            'hangs?',
            String.raw`crash\w*`,
            'dies',
            'died',
            'dying',
            'quits?',
            'cuts out',
            'gives up',
            'keeps failing',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
  },
  {
    why: '"Ok swap my Go for a Vision X in sand" (after talk of the one in the cart): one product for another, to the cart (an owned phone becomes an exchange there).',
    to: 'cart_add',
    when: (intent, slots, p) =>
      (intent === 'product_info' || intent === 'product_compare') &&
      slots.products.length === 2 &&
      anyOf(
        '',
        group(
          '^ ?((',
          ['ok', 'okay', 'right', 'fine', 'yes', 'yeah', 'go on', 'alright'],
          group(
            ') )*(then )?(please |pls |can you |could you )?(',
            ['swap', 'switch', 'change', 'replace', 'exchange'],
            String.raw`) (my|the) (\w+ ){0,3}(for|with|to) (a|an|the)\b`,
          ),
        ),
      ).test(p),
  },
  {
    why: '"Should I swap my Go for the X?": two phones and no kind of accessory is never an accessory search ("for the X" is not what an accessory fits).',
    to: 'product_compare',
    when: (intent, slots) =>
      (intent === 'accessory_find' || intent === 'accessory_compat') &&
      slots.products.length === 2 &&
      slots.products.every((s) => PHONE_SLUGS.has(s)) &&
      (!slots.category || slots.category === 'phones'),
  },
  {
    why: '"Phone buzzes for a text but the screen stays black": a screen that shows nothing is a fault, not a colour to choose.',
    to: 'tech_screen',
    when: (intent, _slots, p) =>
      ['product_recommend', 'product_info', 'product_compare', 'accessory_find', 'cart_add', 'cart_view'].includes(
        intent,
      ) &&
      DARK_SCREEN.test(p) &&
      !/\b(which|recommend\w*|suggest\w*|buy|want|looking for)\b/.test(p),
  },
  {
    why: '"Can I still cancel {order}?" is a cancellation, whatever the order\'s status reads like.',
    to: 'order_cancel',
    when: (intent, slots, p) =>
      (intent === 'order_status' ||
        intent === 'order_list' ||
        (!!slots.orderNumber && intent !== 'order_cancel' && !NEVER_CANCEL.has(intent))) &&
      /\b(cancel\w*|annul\w*|stornier\w*|cancelar\w*)\b/.test(p),
  },
  {
    why: '"Got the Go in my cart, which case should I get with it?": a kind of accessory to choose is a choice of accessories, not the cart.',
    to: 'accessory_find',
    when: (intent, slots, p) =>
      (intent === 'cart_view' || intent === 'cart_add') &&
      !!slots.category &&
      slots.category !== 'phones' &&
      !slots.products.length &&
      /\b(which|what|should i get|recommend\w*|suggest\w*|any good)\b/.test(p) &&
      !/\b(total|subtotal|come to|cost me)\b/.test(p) &&
      !/^ ?(please |pls |can you |could you )?(add|put|throw|pop)\b/.test(p),
  },
  {
    why: '"Are prices with tax or is sales tax added at checkout? I\'m in Texas": tax on the price is payment, whatever place is named.',
    to: 'payment',
    when: (intent, _slots, p) =>
      intent === 'shipping_info' &&
      /\b(sales tax|taxes|tax|vat|gst)\b/.test(p) &&
      /\b(includ\w*|added|add|extra|on top|at checkout|price\w*)\b/.test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            String.raw`ship\w* (cost|price|rate|fee)`,
            'postage',
            'how (long|fast)',
            'delivery (cost|time|fee)',
            '(tax|taxes|vat) (on|for) (the )?(shipping|delivery|postage)',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
  },
  {
    why: '"Do I pay in euros?": the currency charged is a payment question, whatever country is named.',
    to: 'payment',
    when: (intent, _slots, p) =>
      (intent === 'shipping_info' || intent === 'product_info') &&
      CURRENCY.test(p) &&
      !/\b(ship\w* (cost|price|rate)|postage)\b/.test(p),
  },
  {
    why: '"A single Loop Case sent to Toronto, what would shipping come to?": a country and a shipping word ask a shipping cost.',
    to: 'shipping_info',
    when: (intent, slots, p) =>
      !NEVER_COMPARED.has(intent) &&
      intent !== 'shipping_info' &&
      !!slots.country &&
      /\b(ship\w*|postage|sent|send|deliver\w*)\b/.test(p) &&
      !/\b(fit|fits|work|works|plug|adapter|socket)\b/.test(p) &&
      !(intent === 'payment' && CURRENCY.test(p)),
  },
  {
    why: '"How many years of updates does the Go get?": a named phone\'s software support is a spec, not an update that fails.',
    to: 'product_info',
    when: (intent, slots, p) =>
      intent === 'tech_software' &&
      slots.products.length === 1 &&
      anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'years? of (updates|support|security)',
            String.raw`how (long|many years)\b.{0,40}\b(updates?|supported|support)`,
            'updates? for how long',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
  },
  {
    why: '"How much are the glass options for my Pro Max Ultra?": a kind of accessory for a phone, none named, is a list of those that fit.',
    to: 'accessory_find',
    when: (intent, slots) =>
      intent === 'product_info' &&
      !!slots.accessoryFor &&
      !!slots.category &&
      slots.category !== 'phones' &&
      !slots.products.length,
  },
  {
    why: '"Is it normal for a Vision X to get a bit warm?" asks about heat, not about the phone, the cart or an order.',
    to: 'tech_battery',
    when: (intent, slots, p) =>
      [
        'product_info',
        'order_status',
        'order_list',
        'accessory_find',
        'accessory_compat',
        'product_recommend',
        'cart_add',
        'cart_view',
      ].includes(intent) &&
      !slots.rank &&
      /\b(normal|okay|bad|worry|worried)\b|\bis (it|this|that) (ok|safe)\b/.test(p) &&
      /\b(warm|hot|heat\w*)\b/.test(p),
  },
  {
    why: '"When will {order} get to me? I\'m in Leeds": an order named and when it comes is that order\'s status, whatever country is named.',
    to: 'order_status',
    when: (intent, slots, p) =>
      intent === 'shipping_info' &&
      !!slots.orderNumber &&
      /\b(when|arriv\w*|get (here|to me)|be here|eta|reach)\b/.test(p) &&
      !/\b(cost|how much|price|rate|express)\b/.test(p),
  },
  {
    why: '"Welches Kabel passt zum Vision X?": which of a kind of accessory fits a phone, with no fault told, is a list of those that fit, not troubleshooting.',
    to: 'accessory_find',
    when: (intent, slots, p) =>
      intent.startsWith('tech_') &&
      !!slots.accessoryFor &&
      !!slots.category &&
      slots.category !== 'phones' &&
      !slots.products.length &&
      !FAULT.test(p) &&
      /\b(which|what|welche[srnm]?|was fur|quel(le)?s?|que|cual(es)?)\b/.test(p),
  },
  {
    why: '"Is there a case for the phone in my cart?": accessories for the cart\'s phone, not the cart itself.',
    to: 'accessory_find',
    when: (intent, slots, p) =>
      intent === 'cart_view' &&
      !!slots.category &&
      slots.category !== 'phones' &&
      anyOf(
        '',
        group(
          String.raw`\b(for|fits?|fit on|go with) (the |my )?(phone|one|thing)s? (`,
          ['in', 'that s in', 'thats in', 'from'],
          String.raw`) (my|the) (cart|basket)\b`,
        ),
      ).test(p),
  },
  {
    why: '"Could you check on order {order}? My sister paid with my card": an order named to be checked is the order\'s question (its owner is checked there), not the card\'s.',
    to: 'order_status',
    when: (intent, slots, p) =>
      intent === 'payment' &&
      !!slots.orderNumber &&
      anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'check (on|up on)?',
            'status',
            'where is',
            'wheres',
            String.raw`track\w*`,
            'keep(ing)? an eye',
            'look (up|into|at)',
            'update on',
            'any news',
          ],
          String.raw`)\b`,
        ),
      ).test(p) &&
      !/\b(charged (twice|double|two)|refund\w*|declined|failed|receipt|invoice)\b/.test(p),
  },
  {
    why: '"Screen smashed, would the warranty pay for that?": the warranty pays, not a card; a question of cover, not of payment.',
    to: 'warranty',
    when: (intent, _slots, p) =>
      intent === 'payment' &&
      /\b(warrant\w*|warrent\w*|waranty|guarantee\w*)\b/.test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'card',
            'visa',
            'mastercard',
            'amex',
            'paypal',
            'klarna',
            'afterpay',
            'apple pay',
            'google pay',
            String.raw`instal\w*`,
            String.raw`accept\w*`,
            'buyer protection',
            'charged',
            'checkout',
            'pay for (the|my) (order|phone)',
            'extended warranty',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
  },
  {
    why: '"Holds 75% of what it used to, is that covered?", "how many years am I covered for?": the warranty, whatever fault or product is named.',
    to: 'warranty',
    when: (intent, slots, p) =>
      (intent.startsWith('tech_') ||
        intent === 'product_info' ||
        intent === 'product_recommend' ||
        intent === 'product_compare') &&
      COVER_QUESTION.test(p) &&
      !slots.accessoryFor &&
      !/\b(software|updates?|cloud|backups?|insurance|data)\b/.test(p),
  },
  {
    why: '"Does the magnetic power bank stick to the Terra?", "I\'ve got the Go, will the Qi2 pad be a problem?": one accessory and one phone named, and a word of going together, is a fit question.',
    to: 'accessory_compat',
    when: (intent, slots, p) =>
      ABOUT_ONE_THING.has(intent) &&
      intent !== 'accessory_compat' &&
      slots.products.filter((s) => PHONE_SLUGS.has(s)).length === 1 &&
      slots.products.filter((s) => !PHONE_SLUGS.has(s)).length === 1 &&
      GOES_WITH.test(p) &&
      !/\b(add|buy|order|put|pop)\b/.test(p),
  },
  {
    why: '"I\'ve got an iPhone, which of the Vision Watches works with it?": a kind of our accessory and another maker\'s phone is a fit question.',
    to: 'accessory_compat',
    when: (intent, slots, p) =>
      (intent === 'product_recommend' || intent === 'accessory_find' || intent === 'product_info') &&
      !!slots.category &&
      slots.category !== 'phones' &&
      !slots.accessoryFor &&
      /\b(iphones?|samsung|galaxy|pixel|android phones?|ipads?)\b/.test(p) &&
      /\b(work\w*( \w+)? (with|on)|compatible|pair\w*|connect\w*|sync\w*)\b/.test(p),
  },
  {
    why: '"Bestellt heute, wann kommt mein Paket in Deutschland an? Standardversand.": a country and a delivery method, no order named, asks the country\'s delivery time.',
    to: 'shipping_info',
    when: (intent, slots, p) =>
      (intent === 'order_status' || intent === 'order_list') &&
      !slots.orderNumber &&
      !!slots.country &&
      /\b(standard\w*|express|versand\w*|envio|livraison|lieferzeit|delivery time|how (long|many days))\b/.test(p),
  },
  {
    why: "\"Sent the case back, why hasn't the money come back?\": a refund's timing (returns), not an order's status.",
    to: 'returns',
    when: (intent, slots, p) =>
      (intent === 'order_status' || intent === 'order_list' || intent === 'payment') &&
      !slots.orderNumber &&
      MONEY_NOT_BACK.test(p),
  },
  {
    why: '"{order} is mine too, I used a different email": an order claimed as one\'s own is that order\'s question (its owner is checked there).',
    to: 'order_status',
    when: (intent, slots, p) =>
      !!slots.orderNumber &&
      !['order_status', 'order_cancel', 'order_change_address', 'injection', 'scam_report'].includes(intent) &&
      anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            '(thats|that s|its|it s|is) mine( too| as well)?',
            'mine (too|as well)',
            '(different|other|another|second|old|work) (email|e mail|account)',
          ],
          String.raw`)\b`,
        ),
      ).test(p) &&
      !anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            String.raw`refund\w*`,
            String.raw`cancel\w*`,
            String.raw`return\w*`,
            'charged',
            String.raw`warrant\w*`,
            String.raw`exchange\w*`,
            'invoice',
            'receipt',
            'screen',
            String.raw`flicker\w*`,
            'plug',
            'adapter',
            'pixels?',
            'colou?r',
            'broken',
            'faulty',
            'wont',
            'won t',
            'doesnt',
            'not working',
            'damaged',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
  },
  {
    why: 'An order number asks about that order, not for the list.',
    to: 'order_status',
    when: (intent, slots) => !!(intent === 'order_list' && slots.orderNumber),
  },
  {
    why: '"Add a case for my Vision Go" is an instruction to fill the cart, whatever else it names.',
    to: 'cart_add',
    when: (intent, _slots, p) =>
      (intent === 'accessory_find' || intent === 'product_info' || intent === 'product_recommend') &&
      /^ ?(please |pls |can you |could you )?(add|put|throw|pop)\b/.test(p),
  },
  {
    why: 'A parcel that came damaged or never came is a claim (returns), not a status to read out.',
    to: 'returns',
    when: (intent, _slots, p) => (intent === 'order_status' || intent === 'order_list') && PARCEL_TROUBLE.test(p),
  },
  {
    why: '"{order} turned up today, the box is crushed and the screen cracked" is a claim, not a screen to fix.',
    to: 'returns',
    when: (intent, slots, p) =>
      !!(
        (intent.startsWith('tech_') || intent === 'warranty') &&
        (slots.orderNumber || PARCEL.test(p)) &&
        PARCEL_TROUBLE.test(p)
      ),
  },
  {
    why: '"Ordered on Saturday, when will it ship?" asks the dispatch rule, not one order\'s status.',
    to: 'shipping_info',
    when: (intent, slots, p) =>
      intent === 'order_status' &&
      !slots.orderNumber &&
      anyOf(
        '',
        group(
          String.raw`\b(`,
          [
            'monday',
            'tuesday',
            'wednesday',
            'thursday',
            'friday',
            'saturday',
            'sunday',
            'weekend',
            'holiday',
            String.raw`\d{1,2} ?(am|pm)`,
            'noon',
            'cut ?off',
            'same day',
            'what time',
          ],
          String.raw`)\b`,
        ),
      ).test(p),
  },
  {
    why: '"If I order today" is a question about ordering, not about an order that exists.',
    to: 'shipping_info',
    when: (intent, slots, p) =>
      intent === 'order_status' &&
      !slots.orderNumber &&
      /\bif (i|we) (order|buy|place|get)\b|\b(order|buy) (it )?(today|now|tonight)\b/.test(p),
  },
  {
    why: 'A fit question names the phone, or asks about fitting; one product and neither is a question about it.',
    to: 'product_info',
    when: (intent, slots, p) => intent === 'accessory_compat' && !fitWords(slots, p) && slots.products.length === 1,
  },
  {
    why: 'Two products named with a comparing word ("is the Terra tougher than the X", "Go or X for my dad") are compared.',
    to: 'product_compare',
    when: (intent, slots, p) => !keepsOwnReading(intent, p) && comparesPhones(slots, p),
  },
  {
    why: '"Can I pop a microSD card in my Halo?": a feature of a named phone is a question about that phone. ("Can I add a memory card to it?" adds the card to the phone, not to the cart.)',
    to: 'product_info',
    when: (intent, slots, p) =>
      !!(
        slots.features.length &&
        slots.products.length === 1 &&
        PHONE_SLUGS.has(slots.products[0]!) &&
        !FAULT_NOW.test(p) &&
        !keepsOwnReading(
          intent,
          p.replace(/\b(add|put|stick|insert|use) (a |an |the |my )?(micro ?sd|memory|sd) cards?\b/g, ' '),
        ) &&
        intent !== 'product_compare'
      ),
  },
  {
    why: '"Which phones have a headphone jack?": a feature to have, no phone named, is a choice among phones.',
    to: 'product_recommend',
    when: (intent, slots, p) =>
      !!(
        slots.features.length &&
        !slots.products.length &&
        !slots.accessoryFor &&
        (!slots.category || slots.category === 'phones') &&
        !FAULT.test(p) &&
        CHOOSING.test(p) &&
        (!NEVER_COMPARED.has(intent) || (intent === 'cart_add' && !ADDING.test(p))) &&
        !intent.startsWith('tech_')
      ),
  },
  {
    why: '"Is the Everyday Case OK for the Pro Max Ultra?": an accessory and the phone it is for is a fit question.',
    to: 'accessory_compat',
    when: (intent, slots, p) =>
      !!(
        slots.accessoryFor &&
        slots.products.filter((s) => !PHONE_SLUGS.has(s)).length === 1 &&
        ABOUT_ONE_THING.has(intent) &&
        !ADDING.test(p)
      ),
  },
  {
    why: '"Something lighter but still a big battery?" ranks phones; a ranking word with no fault is a choice, not a symptom.',
    to: 'product_recommend',
    when: (intent, slots, p) =>
      !!(intent.startsWith('tech_') && slots.rank && !slots.products.length && !FAULT.test(p)),
  },
  {
    why: '"My brother just got a Pro Max Ultra, gift ideas under $50?": things for that phone, not the phone.',
    to: 'accessory_find',
    when: (intent, slots, p) =>
      (intent === 'product_info' || intent === 'product_recommend') &&
      slots.products.length === 1 &&
      PHONE_SLUGS.has(slots.products[0]!) &&
      /\b(gifts?|presents?|ideas?|extras?|stocking fillers?|go with it|goes with it)\b/.test(p),
  },
  {
    why: '"Do you have the Watch 41 mm in coral?" asks about that accessory, not for accessories to fit a phone.',
    to: 'product_info',
    when: (intent, slots) =>
      !!(
        intent === 'accessory_find' &&
        !slots.accessoryFor &&
        slots.products.some((s) => !PHONE_SLUGS.has(s)) &&
        (slots.colour || slots.storageGb || slots.aspects.length)
      ),
  },
  {
    why: "The shop's own sign-in codes and recovery codes are the account's, not a scam or a phone problem.",
    to: 'account_password',
    when: (intent, _slots, p) =>
      SIGN_IN_CODES.test(p) &&
      (intent === 'account_manage' ||
        intent === 'warranty' ||
        intent.startsWith('tech_') ||
        (intent === 'scam_report' && !THIRD_PARTY.test(p))),
  },
  {
    why: '"Do I have to factory reset my phone to fix my shop login?": never; it is the account\'s question.',
    to: 'account_password',
    when: (intent, _slots, p) =>
      intent.startsWith('tech_') &&
      /\b(factory )?reset\b/.test(p) &&
      anyOf(
        '',
        String.raw`\b(shop|visionx|store) (login|log in|sign in|account|password)\b`,
        String.raw`\b(login|log in|sign in|password)\b.{0,30}\b(shop|website|site|store|visionx)\b`,
      ).test(p),
  },
  {
    why: '"Do I have anything on the way?": the shopper\'s orders (but "can I still cancel the one on its way?" is a cancellation).',
    to: 'order_list',
    when: (intent, slots, p) =>
      !slots.products.length &&
      !(slots.rank && slots.category) &&
      /\b(on (the|its) way|anything coming|anything arriving|coming to me|in transit)\b/.test(p) &&
      !intent.startsWith('safety') &&
      !/\bcancel\w*\b/.test(p),
  },
  {
    why: '"Where do I find tracking for {order}?" is about that order, even with "email" in it.',
    to: 'order_status',
    when: (intent, slots, p) =>
      !!(
        slots.orderNumber &&
        (intent === 'contact_info' || intent.startsWith('account_') || intent.startsWith('tech_'))
      ) && !(intent === 'account_manage' && /\b(delete|erase|remove|gdpr|my data|close my account)\b/.test(p)),
  },
  {
    why: 'PO boxes, lockers and forwarders are where we ship, not an address to change.',
    to: 'shipping_info',
    when: (_intent, _slots, p) =>
      /\b(po box|p o box|parcel lockers?|forward\w* (company|service|address)|freight forwarder|forwarder)\b/.test(p),
  },
  {
    why: '"Can I order one from Dublin?": a country and ordering is where we ship.',
    to: 'shipping_info',
    when: (intent, slots, p) =>
      !!(
        slots.country &&
        !slots.orderNumber &&
        (intent === 'order_list' || intent === 'order_status' || intent === 'order_change_address') &&
        /\b(can i|do you|order one|buy|ship|deliver|send)\b/.test(p)
      ),
  },
  {
    why: 'Bulk and business orders, and "call me back", are for a person. Who to contact about privacy is the privacy passage (its own address and reply time).',
    to: 'account_manage',
    when: (intent, _slots, p) =>
      intent === 'contact_info' && /\b(privacy|gdpr|my data|personal data|data protection|details were)\b/.test(p),
  },
  {
    why: '"Bitte auf 256 GB ändern" after the cart was shown: a change of option to the cart.',
    to: 'cart_add',
    when: (intent, slots, p) => changesCartOption(intent, slots, p),
  },
  {
    why: '"The Vision X instead of the Go in my cart", "could I get three of the 41 mm watches in coral?": a cart change.',
    to: 'cart_add',
    when: (intent, slots, p) =>
      !!(!NEVER_COMPARED.has(intent) && slots.products.length && /\b(cart|basket)\b/.test(p) && CHANGE_WORDS.test(p)),
  },
  {
    why: '"Could I get three of the 41 mm watches in coral?": a quantity of a product named, and a word of getting.',
    to: 'cart_add',
    when: (intent, slots, p) =>
      !!(
        slots.quantity &&
        slots.quantity > 1 &&
        slots.products.length &&
        /\b(get|add|buy|order|want|take|put|grab)\b/.test(p) &&
        ['accessory_find', 'product_info', 'contact_info', 'human_handoff', 'product_recommend'].includes(intent)
      ),
  },
  {
    why: 'Money on the card ("charged twice", "did any of those go through", "spread the cost", "is VAT included") is payment.',
    to: 'payment',
    when: (intent, slots, p) =>
      PAYMENT_TALK.test(p) &&
      !slots.orderNumber &&
      [
        'order_status',
        'product_recommend',
        'product_info',
        'accessory_find',
        'cart_view',
        'cart_add',
        'warranty',
        'order_list',
      ].includes(intent),
  },
  {
    why: '"Is shipping free on what\'s in my cart to Canada?" asks a shipping cost.',
    to: 'shipping_info',
    when: (intent, slots, p) =>
      !!(
        (intent === 'cart_view' || intent === 'cart_add') &&
        slots.country &&
        /\b(ship\w*|deliver\w*|postage|send|express|standard)\b/.test(p)
      ),
  },
  {
    why: '"What would my total be if I added the Buds?" asks a sum; "the cheapest way to get a transparent one" a choice.',
    to: 'cart_view',
    when: (intent, _slots, p) =>
      (intent === 'product_info' || intent === 'cart_add' || intent === 'product_compare') &&
      /\b(total|subtotal|cost me|come to|altogether|all together|all in)\b/.test(p) &&
      /\bif (i|we)\b/.test(p),
  },
  {
    why: '"Do you have a purple or pinkish phone?": a colour and no phone named is a choice among phones.',
    to: 'product_recommend',
    when: (intent, slots, p) =>
      intent === 'product_info' &&
      !slots.products.length &&
      !slots.accessoryFor &&
      slots.category === 'phones' &&
      !!slots.colour &&
      CHOOSING.test(p),
  },
  {
    why: '"Is there a cheaper one that still gets 8 years of updates?": a ranking word and nothing named asks for a choice.',
    to: 'product_recommend',
    when: (intent, slots, p) =>
      intent === 'product_info' && !slots.products.length && !slots.accessoryFor && !!slots.rank && CHOOSING.test(p),
  },
  {
    why: '"Nothing fancy for my mum, I\'d rather not spend more than 400": a budget and nothing named to compare is a choice.',
    to: 'product_recommend',
    when: (intent, slots) =>
      intent === 'product_compare' &&
      !slots.products.length &&
      !slots.accessoryFor &&
      slots.maxPriceCents !== undefined,
  },
  {
    why: '"Add the cheapest one" with nothing named is a choice to make first.',
    to: 'product_recommend',
    when: (intent, slots) => !!(intent === 'cart_add' && !slots.products.length && slots.rank),
  },
  {
    why: '"Are the Buds in green available?" asks about stock; only a word of adding puts something in the cart.',
    to: 'product_info',
    when: (intent, slots, p) =>
      intent === 'cart_add' &&
      !ADDING.test(p) &&
      (slots.aspects.includes('stock') ||
        slots.aspects.includes('price') ||
        anyOf(
          '',
          String.raw`^ ?(is|are|do|does|have|has|got|u got|you got|any|can|could|will|would)\b`,
          String.raw`\b(has|does|is|can|will) (that|it|this|they)\b`,
        ).test(p)),
  },
  {
    why: '"What\'s the screen size on the Go" asks a spec of a named phone, not for help with a fault. A product named, or "it" after one ("how fast would it charge with your charger?"), with a spec word and no fault.',
    to: 'product_info',
    when: (intent, slots, p) =>
      !!(
        (intent.startsWith('tech_') ||
          (intent === 'safety_hazard' && !HAZARD_WORD.test(p)) ||
          (intent === 'warranty' && !WARRANTY_WORD.test(p) && !REPAIR_TALK.test(p))) &&
        specOf(slots, p) &&
        (slots.aspects.length || slots.products.length) &&
        SPEC_QUESTION.test(p) &&
        !FAULT.test(p)
      ),
  },
  {
    why: '"Just got a Terra, what accessories work with it?": accessories for the phone named, not the phone.',
    to: 'accessory_find',
    when: (intent, slots, p) =>
      (intent === 'product_info' || intent === 'accessory_compat') &&
      slots.products.length === 1 &&
      PHONE_SLUGS.has(slots.products[0]!) &&
      /\baccessor(y|ies)\b/.test(repairProductWords(p)),
  },
  {
    why: 'A comparison needs two things to compare; one product named is a question about it.',
    to: 'product_info',
    when: (intent, slots, p) =>
      intent === 'product_compare' &&
      slots.products.length === 1 &&
      !/\b(vs|versus|compare\w*|difference|better|or)\b/.test(p),
  },
  {
    why: '"I\'m looking at the Vision X" names a phone and no accessory: it is about the phone.',
    to: 'product_info',
    when: (intent, slots, p) =>
      intent === 'accessory_find' &&
      !accessoryAsked(slots, p) &&
      slots.products.length === 1 &&
      PHONE_SLUGS.has(slots.products[0]!),
  },
  {
    why: '"I\'m 24 hours on the way, which headphones hold out that long?": a kind of product ranked is a recommendation, whatever "on the way" sounds like.',
    to: 'product_recommend',
    when: (intent, slots) =>
      (intent === 'order_list' || intent === 'order_status' || intent === 'shipping_info') &&
      !slots.orderNumber &&
      slots.rank !== undefined &&
      slots.category !== undefined,
  },
  {
    why: '"My daughter is getting the Go": a phone named with no fault and no part of it is about the phone, not a repair.',
    to: 'product_info',
    when: (intent, slots, p) =>
      intent.startsWith('tech_') &&
      slots.products.length === 1 &&
      PHONE_SLUGS.has(slots.products[0]!) &&
      p.trim().split(' ').length <= 10 &&
      !FAULT.test(p) &&
      !FAULT_NOW.test(p) &&
      !HAZARD_WORD.test(p) &&
      !/\b(batter\w*|charg\w*|screen|display|camera|photos?|wi ?fi|bluetooth|signal|updat\w*|apps?|sound|speaker|mic\w*|hot|heat\w*|slow|lag\w*|freez\w*|crash\w*|drain\w*|dies|died|dead|sim|port|storage|reset)\b/.test(
        p,
      ),
  },
];

/** The reading after the entities have had their say: the first rule that holds, else the classifier's. */
export const consistent = (intent: Intent, slots: Slots, p: string): Intent =>
  REROUTES.find((r) => r.when(intent, slots, p))?.to ?? intent;
