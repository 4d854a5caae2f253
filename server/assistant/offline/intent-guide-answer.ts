import type { Intent } from '../nlu/intents.js';
import type { Knowledge, Passage } from '../knowledge/passages.js';
import { DID_IT_HELP, OFFER_PERSON } from './canned.js';
import { paragraphs } from './format.js';
import { policyAnswer, troubleshootingAnswer } from './guide-answer.js';
import { NAMED_SCORE, passageFor } from './intent-passages.js';
import type { ReplyContext } from './reply-context.js';

/**
 * A follow-up's own words choose another passage when they find it strongly (knowledge.search's
 * BM25 scale: a question of several matching words) and score it this many times the joined choice.
 */
const OWN_WORDS_SCORE = 10;
const OWN_WORDS_MARGIN = 1.5;
const scoreFor = (knowledge: Knowledge, query: string, id: string) =>
  knowledge.search(query, knowledge.passages.length).find((p) => p.id === id)?.score ?? 0;

/** The guide's answer from the intent's own part of the guide: steps for a problem, the policy otherwise. */
export function guideAnswer(ctx: ReplyContext, intent: Intent): string {
  // A follow-up ("and for accessories?") is looked up together with the question it continues, unless
  // its own words find a passage better than the first of its part ("so is my card safe with you?").
  const own = passageFor(ctx.knowledge, intent, ctx.turn.userText);
  const joined =
    ctx.understanding.followUp && ctx.memory.lastUser
      ? passageFor(ctx.knowledge, intent, `${ctx.memory.lastUser.text} ${ctx.turn.userText}`)
      : undefined;
  const ownWins =
    !joined ||
    (own !== undefined &&
      own.id !== joined.id &&
      own.score >= OWN_WORDS_SCORE &&
      own.score >= OWN_WORDS_MARGIN * scoreFor(ctx.knowledge, ctx.turn.userText, joined.id));
  const passage = ownWins ? own : joined;
  if (!passage) return paragraphs("I couldn't find that in our support guide.", OFFER_PERSON);
  if (intent.startsWith('tech_')) return paragraphs(troubleshootingAnswer(passage, ctx.turn.userText), DID_IT_HELP);
  // Sign-in trouble is steps too (the reset link first), and it must end with how to reach us.
  if (intent === 'account_password') return troubleshootingAnswer(passage, ctx.turn.userText);
  // A passage named by its telling words (intent-passages' NAMED) may share few words with the question: its fact comes first.
  return withLaterQuestions(
    ctx,
    intent,
    passage,
    policyAnswer(passage, ctx.turn.userText, { leadFact: passage.score === NAMED_SCORE }),
  );
}

/**
 * "When is my card charged? And will it be in pounds?": a later question of the message is answered
 * too, from the sentences of the same passage it picks, or from another passage of the intent's part
 * of the guide its own words find.
 */
export function withLaterQuestions(ctx: ReplyContext, intent: Intent, passage: Passage, first: string): string {
  const here: string[] = [];
  const elsewhere: Array<{ other: Passage; question: string }> = [];
  const seen = new Set([passage.id]);
  for (const question of laterQuestions(ctx.turn.userText)) {
    // "How do I do it, and what do you keep afterwards?": the same passage's sentences for it, when it has new ones…
    const sentences = policyAnswer(passage, question)
      .split('\n\n')[0]!
      .split(/(?<=\.)\s+/)
      .filter((sentence) => sentence.length > 20 && !first.includes(sentence) && !here.includes(sentence));
    if (sentences.length) {
      here.push(...sentences);
      continue;
    }
    // …else another passage of the intent's part of the guide that its own words find.
    const other = passageFor(ctx.knowledge, intent, question);
    if (other && !seen.has(other.id) && other.score >= LATER_QUESTION_SCORE) {
      seen.add(other.id);
      elsewhere.push({ other, question });
    }
  }
  const [lead, ...rest] = first.split('\n\n');
  const withHere = here.length ? paragraphs(lead, here.join(' '), ...rest) : first;
  if (!elsewhere.length) return withHere;
  // One "The full policy is on…" line where two passages share a page: the last one stays.
  const lines = paragraphs(withHere, ...elsewhere.map(({ other, question }) => policyAnswer(other, question))).split(
    '\n\n',
  );
  return lines
    .filter((line, i) => !line.startsWith('The full policy') || lines.indexOf(line, i + 1) === -1)
    .join('\n\n');
}

/** A later question is short ("and will it be in pounds?"): a few matching words find its passage. */
const LATER_QUESTION_SCORE = 4;

/** The questions of a message after its first: split at question marks, or at "also" opening a new one. */
function laterQuestions(text: string): string[] {
  return text
    .split(
      /\?+|\.\s+(?=(?:and|also)\b)|,?\s+(?:also|and)\s+(?=(?:what|which|how|when|where|can|do|does|is|are|will|would)\b)/i,
    )
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= 3)
    .slice(1);
}
