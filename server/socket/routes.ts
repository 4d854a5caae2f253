import type { z } from 'zod';
import type { RequestEvent } from '../../shared/events.js';
import type { Access, HandlerContext, HandlerSpec } from './handler.js';
import type { AppSocket } from './types.js';

/** One request event as the dispatcher keeps it: built once per app, shared by every socket. */
export interface Route {
  event: RequestEvent;
  /** The rate limit's family: the event's prefix (`cart` for `cart:add`). */
  family: string;
  access: Access;
  schema: z.ZodType;
  run(input: unknown, hc: HandlerContext): unknown;
}

/**
 * What a feature's socket file hands the app (docs/ARCHITECTURE.md §3): its request routes and,
 * when it keeps track of connections (presence, a socket's found orders), one function run on each
 * new socket. Both are built once per app; nothing here is allocated per connection.
 */
export interface FeatureRoutes {
  routes: readonly Route[];
  onConnection?: (socket: AppSocket) => void;
}

/** Typed like a registration: `run` gets the schema's output and must return the event's answer. */
export function route<E extends RequestEvent, S extends z.ZodType>(event: E, spec: HandlerSpec<E, S>): Route {
  return {
    event,
    family: event.slice(0, event.indexOf(':')),
    access: spec.access ?? 'anyone',
    schema: spec.schema,
    run: spec.run as Route['run'],
  };
}

/** The app's one table; an event two features both route is a wiring mistake and fails here. */
export function buildRouteTable(features: readonly FeatureRoutes[]): ReadonlyMap<string, Route> {
  const table = new Map<string, Route>();
  for (const feature of features) {
    for (const r of feature.routes) {
      if (table.has(r.event)) throw new Error(`socket event routed twice: ${r.event}`);
      table.set(r.event, r);
    }
  }
  return table;
}
