// The contract between the world (which knows what each endpoint does) and the HTTP layer
// (which knows how KOOK speaks HTTP). Every REST route of the simulator is one RouteDef.
import type { z } from 'zod';
import type { Lang } from './errors';
import type { GatewayServer } from './gateway';

export type HttpMethod = 'GET' | 'POST';

export interface RouteContext {
  /** The user the call acts as: the bot behind the token, or a member acted through the admin API. */
  actorId: string;
  lang: Lang;
  /** e.g. `http://127.0.0.1:8765` — for URLs the answer contains (images, gateway). */
  origin: string;
  gateway: GatewayServer;
}

export interface RouteDef<P = unknown> {
  method: HttpMethod;
  /** Relative to /api/v3, e.g. `message/create` (REST.md Part B). */
  path: string;
  /** Rate-limit bucket; several routes may share one (PROTOCOL.md "Rate limits"). Defaults to the path. */
  bucket?: string;
  params: z.ZodType<P>;
  /** Returns `data` of the envelope, or throws SimApiError. */
  handle(ctx: RouteContext, params: P): unknown;
}

/** Keeps each route's params type tied to its handler while collecting them in one array. */
export function route<S extends z.ZodType>(def: Omit<RouteDef<z.output<S>>, 'params'> & { params: S }): RouteDef {
  return def as unknown as RouteDef;
}
