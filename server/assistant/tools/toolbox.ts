import { z } from 'zod';
import type { ChatCard, Department } from '../../../shared/chat.js';
import type { AssistantLog, AssistantShop } from '../assistant.js';
import type { ToolCallRecord } from '../engine.js';
import { TOOLS, type ToolName, type ToolSpec } from './catalog-of-tools.js';

/** A turn may call at most this many tools; past it every call is refused (docs/ARCHITECTURE.md §6). */
export const MAX_TOOL_CALLS_PER_TURN = 5;

/** What a model is told about a tool: OpenAI's function shape (JSON Schema parameters). */
export interface ToolDefinition {
  name: ToolName;
  description: string;
  parameters: Record<string, unknown>;
}

export interface ToolOutcome {
  ok: boolean;
  /** JSON for the model (facts, or `{ error }`); the offline engine reads it too. */
  result: unknown;
  /** Cards to show in the conversation. */
  cards: ChatCard[];
  record: ToolCallRecord;
}

/**
 * The tools of one turn, bound to the socket's identity: no tool takes a user id, so nothing a
 * model or a shopper writes can reach another identity's data. Arguments are validated with
 * the tool's schema; a bad argument is an `ok: false` outcome the model can read, never a throw.
 */
export interface ToolBox {
  readonly definitions: readonly ToolDefinition[];
  run(name: string, args: unknown): Promise<ToolOutcome>;
  /** Calls made so far this turn. */
  readonly calls: number;
}

/** Who the tools act for, and the conversation they act in. */
export interface ToolScope {
  /** The shop, bound to the shopper the tools act for (server/features/chat/assistant-shop.ts fills it). */
  shop: AssistantShop;
  log: AssistantLog;
  chatId: number;
  /** The assistant message being written (cart proposals belong to it). */
  messageId: number;
  /** Mark the conversation as waiting for a person (the chat feature owns that state). */
  requestHuman(reason: string): { status: string; staffOnline: boolean };
}

const EVERY_TOOL = Object.keys(TOOLS) as ToolName[];

/**
 * One assistant: every department has every tool. The department only routes the conversation
 * for staff (and picks the model's prompt); it never makes the assistant refuse a question.
 */
export const DEPARTMENT_TOOLS: Record<Department, readonly ToolName[]> = {
  sales: EVERY_TOOL,
  tech: EVERY_TOOL,
  service: EVERY_TOOL,
};

const definitionCache = new Map<ToolName, ToolDefinition>();
function definitionOf(name: ToolName): ToolDefinition {
  let def = definitionCache.get(name);
  if (!def) {
    const spec = TOOLS[name] as ToolSpec<z.ZodType>;
    const { $schema: _drop, ...parameters } = z.toJSONSchema(spec.schema, { io: 'input' }) as Record<string, unknown>;
    def = { name, description: spec.description, parameters };
    definitionCache.set(name, def);
  }
  return def;
}

export function toolDefinitions(department: Department): ToolDefinition[] {
  return DEPARTMENT_TOOLS[department].map(definitionOf);
}

export function createToolBox(scope: ToolScope, department: Department): ToolBox {
  const allowed = new Set<string>(DEPARTMENT_TOOLS[department]);
  let calls = 0;
  const refuse = (name: string, args: unknown, error: string): ToolOutcome => ({
    ok: false,
    result: { error },
    cards: [],
    record: { name, args, ok: false, summary: error },
  });
  return {
    definitions: toolDefinitions(department),
    get calls() {
      return calls;
    },
    async run(name, rawArgs) {
      calls += 1;
      if (calls > MAX_TOOL_CALLS_PER_TURN)
        return refuse(name, rawArgs, `Tool limit reached: at most ${MAX_TOOL_CALLS_PER_TURN} tool calls per answer.`);
      if (!allowed.has(name)) return refuse(name, rawArgs, `The tool "${name}" is not available in this department.`);
      const spec = TOOLS[name as ToolName] as ToolSpec<z.ZodType>;
      let args = rawArgs;
      if (typeof args === 'string') {
        try {
          args = args.trim() ? JSON.parse(args) : {};
        } catch {
          return refuse(name, rawArgs, 'The arguments were not valid JSON.');
        }
      }
      const parsed = spec.schema.safeParse(args ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return refuse(
          name,
          args,
          `Invalid arguments: ${issue ? `${issue.path.join('.') || 'arguments'}: ${issue.message}` : 'not valid'}`,
        );
      }
      try {
        const out = await spec.run(parsed.data, scope);
        return {
          ok: out.ok,
          result: out.result,
          cards: out.cards ?? [],
          record: { name, args: parsed.data, ok: out.ok, summary: out.summary },
        };
      } catch (err) {
        scope.log.error({ err, tool: name, chatId: scope.chatId }, 'assistant tool failed');
        return refuse(name, parsed.data, 'The tool failed; try again later.');
      }
    },
  };
}
