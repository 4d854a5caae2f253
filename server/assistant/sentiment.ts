import Sentiment from 'sentiment';
import type { Sentiment as Score } from './engine.js';

/**
 * A score per shopper message (docs/SPEC.md [CHAT9], [OFF6]) from the AFINN-165 lexicon of the `sentiment`
 * package (negation-aware, emoji included), plus the phrases of an unhappy shopper that a
 * word list scores as neutral ("third time I ask", "still not working").
 */
const analyser = new Sentiment();

/** Phrases that on their own mean an unhappy shopper. */
const STRONG = [
  /\b(still|again)\b.{0,40}\b(not|n't|no|broken|wrong|nothing)\b/i,
  /\b(not|n't)\b.{0,20}\b(working|work|help(ing|ful)?|arrived|fixed)\b.{0,30}\b(still|again|yet)\b/i,
  /\b(second|third|fourth|fifth|\d+(st|nd|rd|th))\s+time\b/i,
  /\b(ridiculous|unacceptable|useless|pathetic|joke|scam|furious|fed up|sick of|waste of)\b/i,
  /\b(refund me|my money back|money back|speak to (a|your) manager|real person|human being)\b/i,
];
/** Phrases that need company (another one, or a negative score). */
const WEAK = [/\b(worst|terrible|awful|horrible)\b/i, /!{2,}|\?{2,}!|\?!+/];

/** At or below this comparative score a message reads as upset. */
const UPSET_AT = -0.35;

export function scoreSentiment(text: string): Score {
  const { comparative } = analyser.analyze(text);
  const shouting = text.length >= 12 && text === text.toUpperCase() && /[A-Z]{4,}/.test(text);
  const strong = STRONG.some((re) => re.test(text));
  const weak = WEAK.filter((re) => re.test(text)).length;
  const score = Math.round(comparative * 100) / 100;
  const frustrated =
    shouting ||
    strong ||
    weak >= 2 ||
    (weak >= 1 && score < 0) ||
    score <= UPSET_AT * 2 ||
    (score <= UPSET_AT && /\b(you|your|this|again|still)\b/i.test(text));
  return { score, frustrated };
}
