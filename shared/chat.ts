import { z } from 'zod';
import { fieldRule } from './field-errors.js';
import type { Cart } from './cart.js';
import type { Category, RatingSummary } from './catalog.js';
import type { OrderStatus } from './order-status.js';
import type { AppErrorBody } from './result.js';

/**
 * The assistant's conversations (docs/ARCHITECTURE.md §6): requests, the stored shapes and
 * the pushes of a stream. One conversation ("chat") belongs to an identity (a user, or a
 * guest session) and to the login session now holding it; its answers stream as `chat:delta`
 * to room `chat:<id>`.
 */
export const CHAT_ROLES = ['user', 'assistant', 'staff', 'system', 'tool'] as const;
export type ChatRole = (typeof CHAT_ROLES)[number];

export const MESSAGE_STATUSES = ['streaming', 'complete', 'stopped', 'error'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const DEPARTMENTS = ['sales', 'tech', 'service'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** ai: the assistant answers · waiting: asked for a person · staff: a person has it · closed. */
export const CHAT_STATUSES = ['ai', 'waiting', 'staff', 'closed'] as const;
export type ChatStatus = (typeof CHAT_STATUSES)[number];

export const MESSAGE_MAX_LENGTH = 2000;

const chatId = z.number().int().positive();
const messageText = z
  .string()
  // One kind of line break, so the limit counts what the shopper sees.
  .transform((v) => v.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(MESSAGE_MAX_LENGTH)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is what this pattern is for
      .refine((v) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(v), fieldRule('bad_characters')),
  );

/** `chatId` omitted: this login session's current conversation, or a new one. */
export const ChatSendSchema = z.strictObject({
  chatId: chatId.optional(),
  text: messageText,
  /** Made per message by the client and reused on resend, so a lost ack never stores it twice. */
  clientId: z.uuid(),
});
export type ChatSendInput = z.input<typeof ChatSendSchema>;

export const ChatRefSchema = z.strictObject({ chatId });
export const ChatEmptySchema = z.strictObject({});
/** `chatId` omitted: the last conversation before this one ("Continue last conversation"). */
export const ChatContinueSchema = z.strictObject({ chatId: chatId.optional() });
export type ChatContinueInput = z.input<typeof ChatContinueSchema>;
export const ChatDepartmentSchema = z.strictObject({
  chatId,
  department: z.enum(DEPARTMENTS),
});
export type ChatDepartmentInput = z.input<typeof ChatDepartmentSchema>;
export const ChatProposalAnswerSchema = z.strictObject({
  chatId,
  messageId: z.number().int().positive(),
  proposalId: z.string().min(1).max(40),
  accept: z.boolean(),
});
export type ChatProposalAnswerInput = z.input<typeof ChatProposalAnswerSchema>;
/** The proposal's message as it is now, and the cart when the change was made. */
export interface ChatProposalAnswer {
  message: ChatMessage;
  cart: Cart | null;
}

// ---- Cards: what tools show in the conversation ----------------------------------------

export interface ProductCardData {
  kind: 'product';
  productId: number;
  slug: string;
  name: string;
  category: Category;
  tagline: string;
  image: string;
  priceFromCents: number;
  priceToCents: number;
  inStock: boolean;
  rating: RatingSummary;
  /**
   * What the card's "Add to cart" adds: the variant the product page opens with (the cheapest in
   * stock, else the cheapest). Absent on cards stored before cards could add [CHATUI4].
   */
  variant?: ProductCardVariant;
}

export interface ProductCardVariant {
  id: number;
  colourName: string;
  storageGb: number | null;
  priceCents: number;
  /** Stock when the card was made; the cart checks again when the shopper adds. */
  inStock: boolean;
}

export interface OrderCardData {
  kind: 'order';
  number: string;
  status: OrderStatus;
  createdAt: string;
  totalCents: number;
  itemCount: number;
  /** When the status last changed. */
  updatedAt: string;
}

export interface CartCardData {
  kind: 'cart';
  itemCount: number;
  subtotalCents: number;
  totalCents: number;
  lines: { name: string; colourName: string; storageGb: number | null; quantity: number; lineTotalCents: number }[];
}

export const PROPOSAL_ACTIONS = ['add', 'set-quantity', 'remove'] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];
export const PROPOSAL_STATES = ['pending', 'accepted', 'declined', 'failed'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** A cart change the assistant (or staff) proposes; only the shopper's click applies it. */
export interface CartProposalData {
  kind: 'cart-proposal';
  id: string;
  action: ProposalAction;
  variantId: number;
  productName: string;
  slug: string;
  colourName: string;
  storageGb: number | null;
  image: string;
  quantity: number;
  unitPriceCents: number;
  state: ProposalState;
  /** Why it failed: the cart's refusal, codes only (`{ code: 'conflict', reason: 'stock_limit', params: { stock: 2 } }`). */
  failure?: Pick<AppErrorBody, 'code' | 'reason' | 'params'>;
  /** Why it failed, in words: cards stored before failures were codes. */
  note?: string;
}

/** After a conversation is resolved: the shopper rates it 1–5 once (shared/ratings.ts). */
export interface RatingCardData {
  kind: 'rating';
  state: 'pending' | 'rated';
  score?: number;
  comment?: string;
}

/**
 * Answers the shopper can pick with one click (a Voiceflow agent's choice buttons): a click sends
 * the label as the shopper's own message. Shown under the conversation's last message only.
 */
export interface QuickRepliesCardData {
  kind: 'quick-replies';
  options: string[];
}

export type ChatCard =
  | ProductCardData
  | OrderCardData
  | CartCardData
  | CartProposalData
  | RatingCardData
  | QuickRepliesCardData;

// ---- Stored shapes -----------------------------------------------------------------------

/** upstream: the model service failed · timeout · interrupted: the server restarted mid-answer. */
export const CHAT_ERROR_CODES = ['upstream', 'timeout', 'interrupted', 'internal'] as const;
export type ChatErrorCode = (typeof CHAT_ERROR_CODES)[number];

/** Why an answer failed, as a code: the words are the client's (errors.answer in its i18n). */
export interface ChatError {
  code: ChatErrorCode;
}

export interface ChatMessage {
  id: number;
  role: ChatRole;
  content: string;
  status: MessageStatus;
  cards: ChatCard[];
  /** Staff messages: the staff member's first name. */
  author?: string;
  /** Assistant messages: the department that answered. */
  department?: Department;
  createdAt: string;
  /** A message still streaming: the sequence number of the last delta `content` includes. */
  seq?: number;
  error?: ChatError;
  /**
   * An answer the built-in engine gave in French, German or Spanish: the shopper's message as it
   * read it and its answer before translation, both in English (the staff console shows them).
   */
  english?: EnglishRendering;
}

export interface EnglishRendering {
  question: string;
  answer: string;
}

export interface ChatSummary {
  id: number;
  /** The first words of the first message. */
  title: string;
  department: Department;
  status: ChatStatus;
  /** Staff only (absent for shoppers): the shopper seemed frustrated, staff should look. */
  flagged?: boolean;
  createdAt: string;
  updatedAt: string;
  lastMessage: string;
  messageCount: number;
  /** While staff have it: who (their first name). */
  assigneeName?: string;
}

export interface ChatTranscript {
  chat: ChatSummary;
  /** Oldest first; a message being streamed carries the text so far and its `seq`. */
  messages: ChatMessage[];
  /** Is this the current conversation of the asking login session (false: shown read-only until continued)? */
  current: boolean;
}

/** Past conversations, newest first, and which one is this login session's current one. */
export interface ChatList {
  chats: ChatSummary[];
  currentChatId: number | null;
}

/** The answer to `chat:send`: the stored message, and the conversation it went to. */
export interface ChatSent {
  chat: ChatSummary;
  message: ChatMessage;
}

// ---- Pushes ------------------------------------------------------------------------------

/** One step of a streamed answer; `seq` counts from 1 per message, without gaps. */
export type ChatDelta =
  | { chatId: number; messageId: number; seq: number; kind: 'text'; text: string }
  | { chatId: number; messageId: number; seq: number; kind: 'card'; card: ChatCard };

export interface ChatMessagePush {
  chatId: number;
  message: ChatMessage;
}

export interface ChatErrorPush extends ChatMessagePush {
  error: ChatError;
}

/** To the login session's sockets: another tab started, continued or left a conversation. */
export interface ChatCurrentChanged {
  chatId: number | null;
}
