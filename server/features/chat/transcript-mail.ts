import { createHash } from 'node:crypto';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { z } from 'zod';
import type { ChatEmailTranscriptSchema, ChatTranscriptEmailed } from '../../../shared/chat-mail.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { findUserById } from '../auth/users.repo.js';
import {
  transcript,
  transcriptAuthor,
  untitledConversation,
  type TranscriptLine,
} from '../mail/templates/transcript.js';
import { mailLocale } from '../locale/locale.repo.js';
import type { Locale } from '../../../shared/locales.js';
import { resumeUrl } from '../mail/links.js';
import { findChat, messagesOf, ownsChat, type MessageRow } from './chat.repo.js';

const HOUR_S = 3600;
/** A guest may name any address: few a session and an hour, and few per client address, so it is no spam relay. */
const PER_SESSION = 3;
const PER_IP = 10;

const who = (m: MessageRow, locale: Locale) =>
  transcriptAuthor(locale, m.role === 'user' ? 'user' : m.role === 'staff' ? 'staff' : 'assistant', m.authorName);

export function createTranscriptMailer(ctx: AppContext) {
  // Mail to any address: refused while the shared state cannot count it ([SHARED6]).
  const perHour = (name: string, capacity: number) =>
    ctx.limits.limiter(name, { capacity, refillPerSecond: capacity / HOUR_S }, 'refuse');
  const bySession = perHour('transcript:session', PER_SESSION);
  const byIp = perHour('transcript:ip', PER_IP);

  async function spend(session: LiveSession, ip: string, now: number) {
    const mine = await bySession.take(session.id, now);
    if (!mine.ok) throw new AppError('rate_limited', 'transcript_quota', { retryAfterMs: mine.retryAfterMs });
    const address = await byIp.take(ip, now);
    if (address.ok) return;
    await bySession.giveBack(session.id, now);
    throw new AppError('rate_limited', 'transcript_quota', { retryAfterMs: address.retryAfterMs });
  }

  /**
   * Queue a conversation's transcript ([MAIL7]): an own conversation only (another's is
   * not_found), to the account's address (a signed-in shopper names none) or a guest's given one.
   * The event id names the conversation's last message and the address, so asking twice for
   * the same thing queues one message.
   */
  return async function emailTranscript(
    session: LiveSession,
    ip: string,
    input: z.output<typeof ChatEmailTranscriptSchema>,
  ): Promise<ChatTranscriptEmailed> {
    const chat = findChat(ctx.db, input.chatId);
    if (!chat || !ownsChat(session, chat)) throw new AppError('not_found', 'conversation_not_found');
    if (session.userId !== null && input.email !== undefined)
      throw new AppError('bad_request', 'transcript_goes_to_account');
    const to = session.userId !== null ? findUserById(ctx.db, session.userId)?.email : input.email;
    if (!to) throw new AppError('bad_request', undefined, { fields: { email: { code: 'required' } } });
    const shown = messagesOf(ctx.db, chat.id).filter(
      (m) =>
        (m.role === 'user' || m.role === 'assistant' || m.role === 'staff') && m.status !== 'streaming' && m.content,
    );
    const last = shown.at(-1);
    if (!last) throw new AppError('conflict', 'transcript_empty');
    const now = ctx.now();
    await spend(session, ip, now);
    // The asker's language: the account's, else this browser's ([LANG4]).
    const locale = mailLocale(ctx.db, { userId: session.userId, sessionId: session.id });
    const lines: TranscriptLine[] = shown.map((m) => ({
      who: who(m, locale),
      at: new Date(m.createdAt).toISOString(),
      text: m.content,
    }));
    const mail = transcript(
      {
        title: chat.title || untitledConversation(locale),
        lines,
        resumeUrl: resumeUrl(ctx.config.PUBLIC_URL, chat.id),
      },
      locale,
    );
    const addressKey = createHash('sha256').update(to).digest('hex').slice(0, 12);
    ctx.db.transaction((tx) =>
      ctx.outbox.queue(
        tx,
        { eventId: `transcript:${chat.id}:${last.id}:${addressKey}`, kind: 'transcript', to, ...mail },
        now,
      ),
    );
    return { to };
  };
}
