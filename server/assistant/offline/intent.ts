import { extractSlots, plain, type Slots } from '../../nlu/entities.js';

export const INTENTS = [
  'injection', 'handoff', 'greeting', 'thanks', 'order-status', 'list-orders', 'view-cart', 'cart-change',
  'comparison', 'recommendation', 'troubleshooting', 'policy', 'product', 'off-topic', 'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

/** What the conversation so far offers a follow-up ("add it", "and in blue?", "the other one"). */
export interface IntentContext {
  /** A product was just discussed. */
  focus: boolean;
  /** The intent of the shopper's previous message: "and to Canada?" continues a policy question. */
  previous?: Intent;
}

const CONTINUED: readonly Intent[] = ['policy', 'troubleshooting', 'recommendation', 'order-status'];

const RULES = {
  injection: [
    /\b(ignore|forget|disregard|override|bypass)\b.{0,40}\b(rules?|instructions?|guidelines?|prompt|restrictions?|polic(y|ies))\b/,
    /\b(system|developer|hidden) (prompt|message|instructions?)\b|\bjailbreak|\bdeveloper mode\b|\bdan mode\b/,
    /\b(another|other|different|someone( else)?s?|somebody( else)?s?|any|all|every|other peoples?) (users?|customers?|shoppers?|accounts?|persons?|peoples?)s?\b/,
    /\b(someone|somebody) elses?\b|\bnot mine\b|\bsomeone else\b/,
    /\b(my|a) (friends?|wifes?|husbands?|neighbou?rs?|bosss?|colleagues?|mums?|moms?|dads?|brothers?|sisters?|partners?)s? (order|account|cart)/,
    /\b(user|customer|account) (id|number|#)\s*\d+|\buser \d+|\border(s)? (of|for|from|belonging to) (user|customer|account|someone|somebody|another|other)\b/,
    /\b(pretend|act as|you are now|role ?play) .{0,30}\b(admin|staff|administrator|support agent|developer|another|different)\b|\bas an? (admin|administrator)\b|\badmin (access|mode|rights)\b/,
    /\b(all|every|list all) (the )?orders\b(?! i\b| ive\b| i have\b)/,
    /\b(i m|im|i am) (an? |the )?(admin|administrator|developer|staff|employee|ceo|owner)\b/,
  ],
  handoff: [
    /\b(talk|speak|chat|connect|put me through|transfer)\b.{0,20}\b(human|person|agent|someone real|real person|staff|representative|operator|somebody|manager|team member)\b/,
    /\b(human|real person|live agent|a person|customer service rep)\b.{0,10}\b(please|now)\b/,
    /^ ?(human|agent|person|operator|representative)( please)? $/,
  ],
  greeting: [/^ ?(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings|yo|howdy)( there| visionx| team)?( how are you)? $/],
  thanks: [/^ ?(ok(ay)? )?(great |perfect |cool |awesome )?(thanks?|thank you|thx|cheers|ty|much appreciated)( (so|very) much| a lot)?( that (helps|helped|works))?( bye)? $/, /^ ?(that (helps|helped|fixed it|worked)|perfect|great|got it|bye|goodbye)( thanks?| thank you)? $/],
  listOrders: [/\b(my|recent|past|previous|last) orders\b|\border history\b|\bwhat (did|have) i (order|bought|buy)|\blist (my )?orders\b|\bdid i order\b/],
  orderStatus: [/\b(where|status|track|tracking)\b.{0,30}\b(order|parcel|package|delivery|shipment)\b|\b(order|parcel|package)\b.{0,25}\b(status|arrived?|shipped|delivered|come|coming|late|where)\b|\bhas my order\b/],
  viewCart: [/\b(what s|whats|what is|show|view|see|check) (in )?(my|the) (cart|basket)\b|\b(my|the) (cart|basket) (total|contents|now)\b|\bwhats? in (my|the) (cart|basket)\b|\bcart total\b/],
  cartChange: [
    /\b(add|put|throw|drop)\b.{0,60}\b(cart|basket|bag)\b/,
    /\b(remove|delete|take)\b.{0,50}\b(from|out of) (my |the )?(cart|basket)\b/,
    /\b(change|set|update|make)\b.{0,30}\b(quantity|qty|amount)\b|\bi ll take (it|one|two|the)\b|\b(add|buy) (it|that|this|them|one|the \w+ one)\b|\bi (want|d like) to buy (it|that|this|one)\b/,
  ],
  comparison: [/\b(compare|comparison|versus|vs|difference|differences|better than|which is better|which one is better|or the)\b/],
  recommendation: [
    /\b(recommend|suggest|suggestion|looking for|best|which (phone|one|case|charger|headphones|watch) (should|would|is)|what (phone|case|charger) should|need a|want a|good for|ideal for|options?)\b/,
    /\b(under|below|less than|budget|max|up to|cheapest|cheap|affordable)\b/,
  ],
  troubleshooting: [
    /\b(wont|won t|doesnt|does not|will not|cant|cannot|can t|isnt|is not|not|stopped|stops|keeps|keep) (turn(ing)? on|switch(ing)? on|charg\w*|connect\w*|work\w*|pair\w*|updat\w*|start\w*|boot\w*|focus\w*|load\w*|install\w*|sav\w*|hear\w*|dropping|dying|freez\w*|crash\w*|restart\w*|fit\w*|sign\w* in|log\w* in)\b/,
    /\b(broken|crash(es|ing)?|freez(e|es|ing)|frozen|lag(gy|s)?|overheat\w*|too hot|gets? hot|really hot|very hot|drains?|draining|dies (fast|quickly)|flicker\w*|dead pixels?|black screen|blurry|no (sound|signal|service|5g|wifi|mobile data)|cracked|swollen|stuck|fails?|failed|error|glitch\w*|bug|troubleshoot\w*|wet|dropped .{0,30}(water|pool|toilet|sink|sea|bath)|storage (is )?full|forgot (my )?password|locked out|factory reset|reset (my|the) phone|move (my )?(data|photos|contacts)|transfer (my )?(data|photos|contacts)|callers? cant hear)\b/,
    /\b(problem|issue|trouble|help me fix|not working|stopped working)\b/,
  ],
  policy: [
    /\b(return|returns|refund\w*|money back|warranty|guarantee|ship|shipping|shipped|delivery|deliver|dispatch|cancel\w*|exchange|trade ?in|recycl\w*|payment|pay|paypal|visa|mastercard|card details|privacy|my data|delete my account|export|gdpr|repair\w*|service cent(er|re)|module prices?|spare parts?|screws|policy|policies|vat|duties|tax|void|replacement|modules?|parcel|package|damaged|missing|lost|stolen)\b/,
  ],
  offTopic: [
    /\b(weather|recipe|cook|joke|poem|song|lyrics|homework|essay|capital of|football|soccer|movie|film|bitcoin|crypto|stock market|president|election|politics|horoscope|translate|math|sudoku|dating|medical|doctor|lawyer|iphone 1\d|samsung galaxy|pixel \d)\b/,
  ],
} as const;

const any = (rules: readonly RegExp[], text: string) => rules.some((re) => re.test(text));

/**
 * [OFF1] The intent of a shopper's message: a pure function of its text and whether a product
 * was just discussed. Checked in this order: refusals and people first (an injection dressed
 * as an order question must never reach a tool), then the shop's actions, then questions.
 */
export function detectIntent(text: string, context: IntentContext = { focus: false }): { intent: Intent; slots: Slots } {
  const p = plain(text);
  const slots = extractSlots(text);
  const named = slots.products.length > 0;
  const pick = (): Intent => {
    if (any(RULES.injection, p)) return 'injection';
    if (any(RULES.handoff, p)) return 'handoff';
    if (any(RULES.greeting, p)) return 'greeting';
    if (any(RULES.thanks, p)) return 'thanks';
    if (any(RULES.cartChange, p) && !any(RULES.troubleshooting, p)) return 'cart-change';
    if (any(RULES.viewCart, p)) return 'view-cart';
    if (slots.orderNumber) return /\b(cancel|return|refund)\b/.test(p) ? 'policy' : 'order-status';
    if (any(RULES.listOrders, p)) return 'list-orders';
    if (any(RULES.orderStatus, p) && !/\b(how long|cost|costs|price|free|when will|countries|where do you|damaged|missing|broken|stolen|lost)\b/.test(p)) return 'order-status';
    if (any(RULES.troubleshooting, p)) return 'troubleshooting';
    if (any(RULES.policy, p) && !(named && slots.aspects.length && !/\b(warranty|return|refund|repair|ship)\w*/.test(p))) return 'policy';
    if (named && slots.category && slots.category !== 'phones' && any(RULES.recommendation, p)) return 'recommendation';
    if (slots.products.length >= 2 || (any(RULES.comparison, p) && (named || context.focus))) return 'comparison';
    if (!named && (slots.maxPriceCents !== undefined || any(RULES.recommendation, p)) && !any(RULES.offTopic, p)) return 'recommendation';
    if (named) return 'product';
    if (context.focus && (slots.aspects.length || slots.colour || slots.storageGb || /\b(it|that|this|one|other|first|second|cheaper|them)\b/.test(p))) return 'product';
    if (any(RULES.offTopic, p)) return 'off-topic';
    if (slots.category && slots.category !== 'phones') return 'recommendation';
    if (context.previous && CONTINUED.includes(context.previous) && p.trim().split(' ').length <= 6) return context.previous;
    return 'unknown';
  };
  return { intent: pick(), slots };
}
