import type { AppErrorBody, ServerResult } from './result.js';
import type { LocaleChosen, SessionEnded, SetLocaleInput, WhoAmI, WhoAmIInput } from './session.js';
import type {
  ChangeEmailInput,
  EmailVerified,
  UpdateProfileInput,
  VerificationSent,
  VerifyEmailInput,
} from './account.js';
import type { ContactMessageInput, ContactReceipt } from './contact.js';
import type { ChatEmailTranscriptInput, ChatTranscriptEmailed } from './chat-mail.js';
import type { StaffSearchInput, StaffSearchResult } from './desk-search.js';
import type { Role, Viewer } from './auth.js';
import type { Cart, CartAddInput, CartSetQuantityInput } from './cart.js';
import type { CheckoutInput } from './checkout.js';
import type { AddressAddInput, AddressBook, AddressUpdateInput } from './addresses.js';
import type { Order } from './orders.js';
import type { DiscountCheckInput, DiscountCreateInput, DiscountQuote, StaffDiscount } from './discounts.js';
import type {
  ChatContinueInput,
  ChatCurrentChanged,
  ChatDelta,
  ChatDepartmentInput,
  ChatErrorPush,
  ChatList,
  ChatMessage,
  ChatMessagePush,
  ChatProposalAnswer,
  ChatProposalAnswerInput,
  ChatSendInput,
  ChatSent,
  ChatSummary,
  ChatTranscript,
} from './chat.js';
import type {
  ShopperCartChanged,
  ShopperOrderChanged,
  StaffCloseInput,
  StaffConversation,
  StaffConversationDetail,
  StaffMember,
  StaffOrderMoveInput,
  StaffOverview,
  StaffProposeInput,
  StaffReplyInput,
  TypingChanged,
  TypingInput,
  StaffNote,
  StaffMetrics,
  SocketPresence,
} from './staff.js';
import type { StaffNoteInput } from './staff-notes.js';
import type { SavedReply, SavedReplyFill, SavedReplyFillInput, SavedReplySaveInput } from './saved-replies.js';
import type { ChatRateInput } from './ratings.js';
import type {
  StaffAssignInput,
  StaffComposingInput,
  StaffOverviewQuery,
  StaffSetPriorityInput,
  StaffSetStatusInput,
  StaffSetTagsInput,
} from './desk-triage.js';
import type { ReviewAddInput, ReviewAdded, ReviewEligibility, ReviewListInput, ReviewPage } from './reviews.js';
import type {
  CatalogHome,
  CatalogListInput,
  CatalogPage,
  ProductCard,
  ProductDetail,
  StockChanged,
  CatalogChange,
  StockSnapshot,
  Suggestion,
} from './catalog.js';

/** A request: a payload and an ack that always receives one ServerResult. */
export type Request<I, O> = (input: I, ack: (result: ServerResult<O>) => void) => void;

/** Every request the client can make. The server validates each payload with its schema. */
export interface ClientToServerEvents {
  'session:whoami': Request<WhoAmIInput, WhoAmI>;
  /** Choose the shop's language: stored for the session and the account; its tabs get `session:locale-chosen`. */
  'session:set-locale': Request<SetLocaleInput, LocaleChosen>;
  'contact:send': Request<ContactMessageInput, ContactReceipt>;
  /** Rename the account; every tab of the user gets `account:profile-changed`. */
  'account:update-profile': Request<UpdateProfileInput, Viewer>;
  /** A new email (with the current password): unverified until its link is opened; pushed like a rename. */
  'account:change-email': Request<ChangeEmailInput, Viewer>;
  /** Email the verification link again (rate limited per user). */
  'account:resend-verification': Request<Record<string, never>, VerificationSent>;
  /** Spend a verification link's token (anyone holding it; sets no cookie). */
  'account:verify-email': Request<VerifyEmailInput, EmailVerified>;
  'catalog:list': Request<CatalogListInput, CatalogPage>;
  'catalog:suggest': Request<{ q: string }, Suggestion[]>;
  'catalog:get': Request<{ slug: string }, ProductDetail>;
  'catalog:home': Request<Record<string, never>, CatalogHome>;
  /** Cards for products named by slug, in that order; unknown slugs left out (recently viewed, [PDP4]). */
  'catalog:cards': Request<{ slugs: string[] }, ProductCard[]>;
  /** Join the product's room for live stock; answers the stock now, so a re-watch after a reconnect re-syncs. */
  'catalog:watch': Request<{ productId: number }, StockSnapshot>;
  'catalog:unwatch': Request<{ productId: number }, null>;
  'cart:get': Request<Record<string, never>, Cart>;
  'cart:add': Request<CartAddInput, Cart>;
  'cart:set-quantity': Request<CartSetQuantityInput, Cart>;
  'cart:remove': Request<{ variantId: number }, Cart>;
  'cart:empty': Request<Record<string, never>, Cart>;
  /** Exactly once per idempotency key: a retry with the same key answers the same order. */
  'checkout:place': Request<CheckoutInput, Order>;
  /** What a discount code would take off the cart now, or why not; counts nothing (rate limited against guessing). */
  'checkout:discount-check': Request<DiscountCheckInput, DiscountQuote>;
  // Saved addresses: signed-in only; each answers the whole book and pushes it as `addresses:changed`.
  'addresses:list': Request<Record<string, never>, AddressBook>;
  'addresses:add': Request<AddressAddInput, AddressBook>;
  'addresses:update': Request<AddressUpdateInput, AddressBook>;
  /** Deleting the default makes the most recently edited or used one the default. */
  'addresses:delete': Request<{ id: number }, AddressBook>;
  'addresses:set-default': Request<{ id: number }, AddressBook>;
  'orders:list': Request<Record<string, never>, Order[]>;
  'orders:get': Request<{ number: string }, Order>;
  /** The shopper cancels while the order is placed or paid: stock returns, the payment is refunded. */
  'orders:cancel': Request<{ number: string }, Order>;
  /** A product's reviews, newest first, a page at a time, with its rating summary now. */
  'reviews:list': Request<ReviewListInput, ReviewPage>;
  /** May the current identity review this product, and if not, why (for the form). */
  'reviews:eligibility': Request<{ productId: number }, ReviewEligibility>;
  /** A verified review, once per shopper and product; also pushed as `catalog:review-added`. */
  'reviews:add': Request<ReviewAddInput, ReviewAdded>;
  /** This login session's current conversation (joins its room), or null when there is none yet. */
  'chat:current': Request<Record<string, never>, ChatTranscript | null>;
  /** Any own conversation, to read (joins its room; `current` says whether sends go there). */
  'chat:open': Request<{ chatId: number }, ChatTranscript>;
  /** Stop following a conversation's room (a read-only view was closed). */
  'chat:leave': Request<{ chatId: number }, null>;
  'chat:list': Request<Record<string, never>, ChatList>;
  /** Make a past conversation (the last one when chatId is omitted) this login session's current one. */
  'chat:continue': Request<ChatContinueInput, ChatTranscript>;
  /** Leave the current conversation; the next message starts a new one. */
  'chat:new': Request<Record<string, never>, null>;
  /** Store a shopper message and ack it; the answer then streams to room chat:<id>. */
  'chat:send': Request<ChatSendInput, ChatSent>;
  /** Stop the answer being streamed: the partial text is kept, marked stopped. Null when nothing was streaming. */
  'chat:stop': Request<{ chatId: number }, ChatMessage | null>;
  /** Answer the last shopper message again (after an error or a stop). */
  'chat:retry': Request<{ chatId: number }, ChatMessage>;
  'chat:department': Request<ChatDepartmentInput, ChatSummary>;
  /** Ask for a person: the conversation waits for staff. */
  'chat:request-human': Request<{ chatId: number }, ChatSummary>;
  /** The shopper's click on a proposed cart change: only this changes the cart. */
  'chat:proposal-answer': Request<ChatProposalAnswerInput, ChatProposalAnswer>;
  /** The shopper rates a resolved conversation on its rating card, once; answers the card's message as rated. */
  'chat:rate': Request<ChatRateInput, ChatMessage>;
  /** The shopper is (no longer) typing: shown to staff watching. */
  'chat:typing': Request<TypingInput, null>;
  /** Email a conversation of one's own: to the account's address, or a guest's given one (rate limited). */
  'chat:email-transcript': Request<ChatEmailTranscriptInput, ChatTranscriptEmailed>;
  // ---- staff only (the server checks the role; others get `forbidden`) ----
  /** The overview under the desk's filters (view, status, priority, tag); `{}` is everything. */
  'staff:overview': Request<StaffOverviewQuery, StaffOverview>;
  /** Watch a conversation: its transcript (live), the shopper's live cart, orders and the assistant's tool actions. */
  'staff:watch': Request<{ chatId: number }, StaffConversationDetail>;
  'staff:unwatch': Request<{ chatId: number }, null>;
  /** Take over from the assistant (it stops at once); one assignee at a time, so a second taker gets `conflict`. */
  'staff:take-over': Request<{ chatId: number }, StaffConversation>;
  'staff:reply': Request<StaffReplyInput, ChatMessage>;
  'staff:typing': Request<TypingInput, null>;
  /** Give the conversation back to the assistant. */
  'staff:hand-back': Request<{ chatId: number }, StaffConversation>;
  'staff:close': Request<StaffCloseInput, StaffConversation>;
  /** The same confirm card the assistant uses, sent by staff. */
  'staff:propose': Request<StaffProposeInput, ChatMessage>;
  /** Move an order along its state machine (or cancel it) with a note. */
  'staff:order-move': Request<StaffOrderMoveInput, Order>;
  /** An internal note: any staff member, any conversation (closed too), no take-over needed; never to a shopper. */
  'staff:note': Request<StaffNoteInput, StaffNote>;
  /** The team's saved replies, by title. */
  'staff:saved-replies': Request<Record<string, never>, SavedReply[]>;
  /** Create (no id) or edit a saved reply; the whole list is then pushed to every desk. */
  'staff:saved-reply-save': Request<SavedReplySaveInput, SavedReply>;
  /** Delete a saved reply; the whole list is then pushed to every desk. */
  'staff:saved-reply-delete': Request<{ id: number }, null>;
  /** A saved reply filled in from the conversation as it is now (the shopper's latest order's current status). */
  'staff:saved-reply-fill': Request<SavedReplyFillInput, SavedReplyFill>;
  /** Create a discount code; the whole list is then pushed to every desk. */
  'staff:discount-create': Request<DiscountCreateInput, StaffDiscount>;
  /** The discount codes, newest first, with their used counts. */
  'staff:discount-list': Request<Record<string, never>, StaffDiscount[]>;
  /** Disable a discount code (checkouts refuse it from now on); the list is then pushed to every desk. */
  'staff:discount-disable': Request<{ code: string }, StaffDiscount>;
  /** Search conversations by message text, shopper, contact or order number; a page at a time. */
  'staff:search': Request<StaffSearchInput, StaffSearchResult>;
  /** Assign (or transfer, or unassign) a conversation, refused if its assignee changed since the desk showed it. */
  'staff:assign': Request<StaffAssignInput, StaffConversation>;
  /** Open (reopens a resolved one), pending on the shopper, or snoozed until a time. */
  'staff:set-status': Request<StaffSetStatusInput, StaffConversation>;
  /** Replace the conversation's tags. */
  'staff:set-tags': Request<StaffSetTagsInput, StaffConversation>;
  'staff:set-priority': Request<StaffSetPriorityInput, StaffConversation>;
  /** I am (no longer) drafting a reply or note here: colleagues see it in the row's viewers. */
  'staff:composing': Request<StaffComposingInput, null>;
}

/** Pushes: past-tense facts, sent after the change is committed. */
export interface ServerToClientEvents {
  'session:ended': (payload: SessionEnded) => void;
  /** To room user:<id> (signed in) or session:<id> (a guest): the language chosen in one tab. */
  'session:locale-chosen': (payload: LocaleChosen) => void;
  /** To room user:<id> (every tab of the user): the name, email or its verification changed. */
  'account:profile-changed': (viewer: Viewer) => void;
  'catalog:stock-changed': (payload: StockChanged) => void;
  /** To every socket of the cart's owner (all tabs and devices) after a change commits. */
  'cart:updated': (cart: Cart) => void;
  /** To every socket of the user (room user:<id>) after their address book changed: the whole book. */
  'addresses:changed': (book: AddressBook) => void;
  /** To the shopper's sockets (and, later, staff) after an order is placed or changes status. */
  'order:updated': (order: Order) => void;
  /** To room product:<id> (the `catalog:watch` room) after a review is stored, with the new summary. */
  'catalog:review-added': (payload: ReviewAdded) => void;
  /** To room chat:<id>: a stored message (the shopper's, a system note, the start of an answer). */
  'chat:message-added': (payload: ChatMessagePush) => void;
  /** To room chat:<id>: the next piece of the answer being streamed. */
  'chat:delta': (payload: ChatDelta) => void;
  /** To room chat:<id>: the answer as stored, complete or stopped. */
  'chat:done': (payload: ChatMessagePush) => void;
  /** To room chat:<id>: the answer failed; the message keeps what had arrived. */
  'chat:error': (payload: ChatErrorPush) => void;
  /** To room chat:<id>: a stored message changed (a proposal was answered). */
  'chat:message-updated': (payload: ChatMessagePush) => void;
  /** To room chat:<id>: department, status or flag changed. */
  'chat:updated': (chat: ChatSummary) => void;
  /** To the login session's sockets: the current conversation changed in another tab. */
  'chat:current-changed': (payload: ChatCurrentChanged) => void;
  /** To room chat:<id>: the shopper or a staff member started or stopped typing. */
  'chat:typing-changed': (payload: TypingChanged) => void;
  /** To staff: conversations' rows in the overview changed; at most one frame per STAFF_PUSH_WINDOW_MS, each row once. */
  'staff:conversations': (rows: StaffConversation[]) => void;
  /** To staff: someone asked for a person (a sound and a badge). */
  'staff:handoff-requested': (row: StaffConversation) => void;
  /** To staff: who of the staff is online. */
  'staff:presence': (staff: StaffMember[]) => void;
  /** To staff watching the conversation: the shopper's cart changed (any tab). */
  'staff:shopper-cart': (payload: ShopperCartChanged) => void;
  /** To staff watching the conversation: an order of the shopper's changed. */
  'staff:shopper-order': (payload: ShopperOrderChanged) => void;
  /** To staff watching the conversation (room staff-watch:<id>, never a shopper's): an internal note. */
  'staff:note-added': (note: StaffNote) => void;
  /** To staff (room staff): the team's saved replies after one was created, edited or deleted. */
  'staff:saved-replies-changed': (replies: SavedReply[]) => void;
  /** To staff (room staff): the discount codes after one was created or disabled. */
  'staff:discounts-changed': (discounts: StaffDiscount[]) => void;
  /** To staff: the desk's live figures (coalesced per DESK_METRICS_WINDOW_MS). */
  'staff:metrics': (metrics: StaffMetrics) => void;
}

export type RequestEvent = keyof ClientToServerEvents;
export type RequestInput<E extends RequestEvent> = Parameters<ClientToServerEvents[E]>[0];
export type RequestOutput<E extends RequestEvent> =
  Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends ServerResult<infer O> ? O : never;

/** Between the processes of one shop (`io.serverSideEmit`, through the adapter): never seen by a client. */
export interface InterServerEvents {
  /** A catalog change committed on the sending process, for the others' caches ([XPROC1]). */
  'catalog:changed': (change: CatalogChange) => void;
  /** A socket's presence changed on the sending process; empty when it is gone ([XPRES1]). */
  'presence:socket': (key: string, presence: SocketPresence) => void;
  /** A question for the owner of a streaming answer; every process acks, the owner with its reply ([XSTREAM1]). */
  'visionx:chat-stream': (ask: StreamAsk, ack: (reply: StreamReply) => void) => void;
}

/** What a process asks an answer's owner. `payload` is the operation's own (a stop's reason, a proposal's input). */
export interface StreamAsk {
  op: string;
  owner: string;
  chatId: number;
  messageId: number;
  payload?: unknown;
}

/** The owner's reply (what it did, or its typed error); null from every other process. */
export type StreamReply =
  | { mine: true; ok: true; value: unknown }
  | { mine: true; ok: false; error: AppErrorBody }
  | null;

/** Set by the handshake middleware; handlers read identity only from here. */
export interface SocketData {
  sessionId: string;
  userId: number | null;
  role: Role | 'guest';
  /** The client's IP (TRUST_PROXY aware): limits on what costs money count per address. */
  address: string;
}
