import Sentiment from 'sentiment';
import type { Sentiment as Score } from './engine.js';

/**
 * A score per shopper message (issue 5 §5) from the AFINN-165 lexicon of the `sentiment`
 * package (negation-aware, emoji included), plus the phrases of an unhappy shopper that a
 * word list scores as neutral ("third time I ask", "still not working").
 */
const analyser = new Sentiment();

const FRUSTRATION = [
  /\b(still|again)\b.{0,40}\b(not|n't|no|broken|wrong|nothing)\b/i,
  /\b(not|n't)\b.{0,20}\b(working|work|help(ing|ful)?|arrived|fixed)\b.{0,30}\b(still|again|yet)\b/i,
  /\b(second|third|fourth|fifth|\d+(st|nd|rd|th))\s+time\b/i,
  /\b(ridiculous|unacceptable|useless|pathetic|joke|scam|furious|fed up|sick of|waste of)\b/i,
  /\b(worst|terrible|awful|horrible)\b/i,
  /\b(refund me|want my money|speak to (a|your) manager|real person|human being)\b/i,
  /!{2,}|\?{2,}!|\?!{1,}/,
];

/** At or below this comparative score a message reads as upset. */
const UPSET_AT = -0.35;

export function scoreSentiment(text: string): Score {
  const { comparative } = analyser.analyze(text);
  const shouting = text.length >= 12 && text === text.toUpperCase() && /[A-Z]{4,}/.test(text);
  const phrases = FRUSTRATION.filter((re) => re.test(text)).length;
  const score = Math.round(comparative * 100) / 100;
  const frustrated = shouting || phrases >= 2 || (phrases >= 1 && score < 0) || score <= UPSET_AT * 2 || (score <= UPSET_AT && /\b(you|your|this|again|still)\b/i.test(text));
  return { score, frustrated };
}
