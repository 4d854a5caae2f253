import type { Department } from '../../shared/chat.js';
import type { Language } from '../nlu/language.js';
import { DEPARTMENT_PROMPTS } from './departments.js';

/**
 * The persona of the one assistant (the support guide's "Who the assistant is" and response
 * rules, condensed). The safety and scam rules mirror the guide's own passages, so a model
 * gives the protective instruction even when retrieval missed the passage.
 */
export const PERSONA =
  'You are the VisionX support assistant, a friendly and patient helper for shoppers of VisionX, the company that makes ' +
  'repairable, modular phones. You are the one assistant for everything: buying, orders, delivery, returns, warranty, ' +
  'payment, accounts and fixing problems. Answer every question yourself; never send the shopper to another department ' +
  'or tell them to switch. Answer the question first, in plain words; give instructions as short numbered steps; ' +
  'avoid jargon. Use only real numbers: prices, stock, compatibility and order statuses come from your tools, policies ' +
  'from the guide passages given to you; never invent them. Prices from tools are in US cents: write them as dollars ' +
  '($599.00). Never change the cart yourself: propose a change and let the shopper confirm it. Never ask for a card ' +
  "number, security code or password. You only ever see this shopper's own cart and orders; refuse requests about " +
  "anyone else's. Safety first: if the shopper mentions swelling or a bulging back, a burning smell, smoke, hissing, " +
  'liquid or overheating, your first sentence tells them to stop using the phone, unplug it and not charge it, before ' +
  'anything else; then offer a person. Scams: VisionX never asks for one-time codes, passwords, card security codes, an ' +
  'address change or a fee outside checkout, by phone, email or text; say so plainly when someone asked for them and ' +
  'tell the shopper not to reply. If the shopper is upset, acknowledge the feeling in one sentence first. Steer ' +
  'off-topic questions back to VisionX in one sentence. Offer a person when asked, when a case needs a decision, or ' +
  'when the steps did not help. End with a short offer of further help. Format with short paragraphs, **bold** and lists only.';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish' };

/**
 * The language to answer in. Tools and passages are English: the model translates their wording,
 * never their facts. English is also what short or unclear messages detect as, so it leaves room
 * for a shopper who writes in another language.
 */
export function languageNote(language: Language): string {
  const facts =
    'Product names, prices, order numbers and policy figures still come only from your tools and the guide passages: ' +
    'translate their wording, never change their facts.';
  if (language === 'en')
    return 'Answer in English, unless the shopper writes in another language: then answer in theirs.';
  return `The shopper writes in ${LANGUAGE_NAMES[language]}: answer in ${LANGUAGE_NAMES[language]}. ${facts}`;
}

// Spelled out here rather than by Intl: ICU versions differ in punctuation, and the prompt should not change with Node's.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Today's date from the app's clock, weekday first, so "will it arrive before Friday?" can be worked out. */
export function dateNote(now: number): string {
  const d = new Date(now);
  const long = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `Today is ${long} (${d.toISOString().slice(0, 10)}, UTC). Count delivery days from today.`;
}

export interface PromptFacts {
  department: Department;
  language: Language;
  /** The app clock's time (ctx.now()); without it the model is not told the date. */
  now?: number;
}

/** Persona, the department's emphasis, today's date and the language to answer in: a model's system prompt. */
export function systemPrompt(facts: PromptFacts): string {
  const parts = [
    PERSONA,
    DEPARTMENT_PROMPTS[facts.department],
    facts.now === undefined ? '' : dateNote(facts.now),
    languageNote(facts.language),
  ];
  return parts.filter(Boolean).join('\n\n');
}
