// One admin endpoint: its method, its zod schema and what it does.
import type { z } from 'zod';
import type { Lang } from '../../core/errors';
import type { SimHttpContext } from '../context';
import { paramError } from '../invoke';

export interface AdminCall {
  ctx: SimHttpContext;
  lang: Lang;
}

/** What an admin handler returns: the envelope's `data`, or a complete answer (used by `act`). */
export type AdminResult = { data: unknown } | { status: number; body: unknown };

export interface AdminRoute {
  method: 'GET' | 'POST';
  run(call: AdminCall, raw: Record<string, unknown>): Promise<AdminResult>;
}

export function adminRoute<S extends z.ZodType>(
  method: 'GET' | 'POST',
  schema: S,
  handle: (call: AdminCall, params: z.output<S>) => unknown,
): AdminRoute & { schema: S } {
  return {
    method,
    schema,
    async run(call, raw) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw paramError(parsed.error, raw);
      const result = await handle(call, parsed.data);
      return isFullAnswer(result) ? result : { data: result ?? {} };
    },
  };
}

const FULL_ANSWER = Symbol('full answer');

/** Marks a result as a complete answer rather than `data`. */
export function fullAnswer(status: number, body: unknown): { status: number; body: unknown; [FULL_ANSWER]: true } {
  return { status, body, [FULL_ANSWER]: true };
}

function isFullAnswer(value: unknown): value is { status: number; body: unknown } {
  return typeof value === 'object' && value !== null && FULL_ANSWER in value;
}
