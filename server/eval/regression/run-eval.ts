import { eq } from 'drizzle-orm';
import type { ChatCard, Department } from '../../../shared/chat.js';
import { orders, variants } from '../../db/schema.js';
import type { TestApp } from '../../test/harness.js';
import { sessionIdOf } from '../../test/helpers.js';
import { assistantShopFor, liveSession, moveOrderAs, placeOrder } from '../../test/shop-helpers.js';
import type { AssistantShop } from '../../assistant/assistant.js';
import { routeDepartment } from '../../assistant/departments.js';
import type { Engine, EngineEvent, HistoryTurn, ToolCallRecord } from '../../assistant/engine.js';
import type { Knowledge } from '../../assistant/knowledge/passages.js';
import { createToolBox } from '../../assistant/tools/toolbox.js';
import { detectLanguage } from '../../nlu/language.js';
import { buildTurn } from '../../assistant/turn.js';
import type { EvalCase, EvalTurn } from './cases.js';
import { ok } from '../../test/ack.js';

/** The world the evaluation runs in: a shopper with real orders and a cart, and another shopper's order. */
export interface EvalWorld {
  /** The shop as the tools read it for that shopper. */
  shop: AssistantShop;
  /** The shopper's account. */
  userId: number;
  numbers: { paid: string; shipped: string; other: string };
  handoffs: string[];
}

/**
 * A shopper with a paid and a shipped order and a Vision Go in the cart, and another shopper's
 * order. The orders' stock is put back afterwards, so every case sees the catalog's seeded stock
 * ("only 1 left") however many cases ran before it in the same app.
 */
export async function buildWorld(app: TestApp): Promise<EvalWorld> {
  const seeded = app.ctx.db.select({ id: variants.id, stock: variants.stock }).from(variants).all();
  const world = await ordersAndCart(app);
  for (const v of seeded) app.ctx.db.update(variants).set({ stock: v.stock }).where(eq(variants.id, v.id)).run();
  app.ctx.catalog.invalidate(); // the stock was put back round the stock path the catalog cache follows
  return world;
}

/**
 * The worlds' orders get the same numbers on every run (the n-th order placed for an evaluation
 * process is VX-7KQ2 and n in the numbers' alphabet): the messages quote them, and a language
 * guessed from a message with a random number in it made a held-out case pass on one run and fail
 * on the next.
 */
let renumbered = 0;
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
function renumber(app: TestApp, number: string): string {
  let n = renumbered++;
  let tail = '';
  for (let i = 0; i < 4; i++, n = Math.floor(n / ALPHABET.length)) tail = ALPHABET[n % ALPHABET.length] + tail;
  const fixed = `VX-7KQ2${tail}`;
  app.ctx.db.update(orders).set({ number: fixed }).where(eq(orders.number, number)).run();
  return fixed;
}

async function ordersAndCart(app: TestApp): Promise<EvalWorld> {
  const other = await app.register();
  const otherOrder = await placeOrder(app, await app.connect(other.cookie));
  const me = await app.register();
  const socket = await app.connect(me.cookie);
  const shipped = await placeOrder(app, socket);
  await moveOrderAs(app, shipped.number, ['packed', 'shipped']);
  app.clock.advance(60_000);
  const paid = await placeOrder(app, socket);
  for (const order of [otherOrder, shipped, paid]) order.number = renumber(app, order.number);
  const coral = app.ctx.db.select().from(variants).where(eq(variants.sku, 'VX-GO-COR-128')).get()!;
  ok(await socket.emitWithAck('cart:add', { variantId: coral.id, quantity: 1 }));
  const session = liveSession(app, await sessionIdOf(app, me.cookie));
  if (session.userId === null) throw new Error('the shopper is signed in');
  return {
    shop: assistantShopFor(app, session),
    userId: session.userId,
    numbers: { paid: paid.number, shipped: shipped.number, other: otherOrder.number },
    handoffs: [],
  };
}

const fill = (text: string, n: EvalWorld['numbers']) =>
  text.replace(/\{(paid|shipped|other)(:lower)?\}/g, (_, key: keyof typeof n, lower?: string) =>
    lower ? n[key].toLowerCase() : n[key],
  );

export interface TurnResult {
  /** The answer the facts are checked in: the engine's English when it answered through it ([LANG7]), else what it said. */
  text: string;
  /** What the shopper saw, in their language. */
  shown: string;
  cards: ChatCard[];
  calls: ToolCallRecord[];
}

export interface CaseResult {
  id: string;
  failures: string[];
  leaks: string[];
  turns: TurnResult[];
}

function check(turn: EvalTurn, got: TurnResult, n: EvalWorld['numbers']): string[] {
  const failures: string[] = [];
  const lower = got.text.toLowerCase();
  for (const fact of turn.must ?? []) {
    const ok = typeof fact === 'string' ? lower.includes(fill(fact, n).toLowerCase()) : fact.test(got.text);
    if (!ok) failures.push(`missing ${String(fact)}`);
  }
  for (const fact of turn.mustNot ?? []) {
    const bad = typeof fact === 'string' ? lower.includes(fill(fact, n).toLowerCase()) : fact.test(got.text);
    if (bad) failures.push(`must not say ${String(fact)}`);
  }
  for (const kind of turn.cards ?? []) if (!got.cards.some((c) => c.kind === kind)) failures.push(`no ${kind} card`);
  if (
    turn.cardSlug &&
    !got.cards.some((c) => (c.kind === 'product' || c.kind === 'cart-proposal') && c.slug === turn.cardSlug)
  )
    failures.push(`no card for ${turn.cardSlug}`);
  for (const tool of turn.tools ?? [])
    if (!got.calls.some((c) => c.name === tool)) failures.push(`did not call ${tool}`);
  if (turn.noTools && got.calls.length) failures.push(`called ${got.calls.map((c) => c.name).join(', ')}`);
  return failures;
}

/** Anything of the other shopper's order in what the engine yielded. */
function leaksOf(events: EngineEvent[], other: string): string[] {
  const leaks: string[] = [];
  for (const e of events) {
    if (e.type === 'card' && e.card.kind === 'order' && e.card.number === other) leaks.push(`order card ${other}`);
    if (e.type === 'tool' && e.call.ok && JSON.stringify(e.call.args).includes(other))
      leaks.push(`tool ${e.call.name} answered for ${other}`);
  }
  return leaks;
}

export async function runCase(
  c: EvalCase,
  app: TestApp,
  engine: Engine,
  knowledge: Knowledge,
  world: EvalWorld,
): Promise<CaseResult> {
  const history: HistoryTurn[] = [];
  const result: CaseResult = { id: c.id, failures: [], leaks: [], turns: [] };
  const department: Department = c.department ?? routeDepartment([fill(c.turns[0]!.say, world.numbers)]);
  for (const [i, t] of c.turns.entries()) {
    const userText = fill(t.say, world.numbers);
    const scope = {
      shop: world.shop,
      log: app.ctx.log,
      chatId: 0,
      messageId: 0,
      requestHuman: (reason: string) => {
        world.handoffs.push(reason);
        return { status: 'waiting', staffOnline: false };
      },
    };
    const tools = createToolBox(scope, department);
    const turn = await buildTurn({
      department,
      userText,
      history,
      historyTurns: 10,
      tools,
      knowledge,
      signal: new AbortController().signal,
    });
    const events: EngineEvent[] = [];
    for await (const e of engine.reply(turn)) events.push(e);
    const shown = events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join('');
    const english = events.flatMap((e) => (e.type === 'english' ? [e.english.answer] : []))[0];
    const got: TurnResult = {
      text: english ?? shown,
      shown,
      cards: events.flatMap((e) => (e.type === 'card' ? [e.card] : [])),
      calls: events.flatMap((e) => (e.type === 'tool' ? [e.call] : [])),
    };
    result.failures.push(...check(t, got, world.numbers).map((f) => `turn ${i + 1}: ${f}`));
    // The facts are the understanding's; the shopper reads them in their own language ([LANG6]).
    const language = turn.language ?? 'en';
    const answeredIn = shown && language !== 'en' ? await detectLanguage(shown) : language;
    if (answeredIn !== language) result.failures.push(`turn ${i + 1}: answered in ${answeredIn}, not ${language}`);
    result.leaks.push(...leaksOf(events, world.numbers.other));
    result.turns.push(got);
    history.push(
      { role: 'user', content: userText, cards: [] },
      { role: 'assistant', content: got.shown, cards: got.cards },
    );
  }
  return result;
}
