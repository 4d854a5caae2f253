import type { z } from 'zod';
import type { ChatCard } from '../../../shared/chat.js';
import { productDetailsTool, searchProductsTool } from './catalog-tools.js';
import { proposeCartChangeTool, viewCartTool } from './cart-tools.js';
import { listOrdersTool, orderStatusTool } from './order-tools.js';
import { requestHumanTool } from './handoff-tool.js';
import type { ToolScope } from './toolbox.js';

export interface ToolRun {
  ok: boolean;
  result: unknown;
  cards?: ChatCard[];
  summary: string;
}

/** A tool: what the model reads about it, its argument schema, and what it does for the scope's identity. */
export interface ToolSpec<S extends z.ZodType> {
  description: string;
  schema: S;
  run(args: z.output<S>, scope: ToolScope): ToolRun | Promise<ToolRun>;
}

export const TOOLS = {
  search_products: searchProductsTool,
  product_details: productDetailsTool,
  view_cart: viewCartTool,
  propose_cart_change: proposeCartChangeTool,
  order_status: orderStatusTool,
  list_orders: listOrdersTool,
  request_human: requestHumanTool,
} as const;

export type ToolName = keyof typeof TOOLS;
