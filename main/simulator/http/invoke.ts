// Runs one world route: validates its params with the route's zod schema and calls its
// handler. Used by /api/v3 (actor = the bot behind the token) and by the admin API's `act`
// (actor = any member), so both go through the same checks.
import { type z } from 'zod';
import { SimApiError, fail } from '../core/errors';
import type { RouteContext, RouteDef } from '../core/routes';
import type { RawParams } from './body';

export async function invokeRoute(route: RouteDef, ctx: RouteContext, raw: RawParams): Promise<unknown> {
  const parsed = route.params.safeParse(raw);
  if (!parsed.success) throw paramError(parsed.error, raw);
  // Handlers may be synchronous or return a promise; awaiting covers both.
  return await route.handle(ctx, parsed.data);
}

/** 40000 naming the first offending field (issue 2: "a message naming the field"). */
export function paramError(error: z.ZodError, raw: RawParams): SimApiError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const field = path.length > 0 ? path.map(String).join('.') : 'body';
  if (path.length > 0 && valueAt(raw, path) === undefined) return fail.param(field);
  const detail = issue?.message ?? 'invalid';
  return new SimApiError(40000, {
    en: `Parameter error: ${field} is invalid (${detail})`,
    zh: `参数错误：${field} 格式不正确（${detail}）`,
  });
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = raw;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
