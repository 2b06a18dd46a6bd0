// /api/v3/<path>: authentication, rate limits, REST faults, params, the world's handler, and
// the envelope (PROTOCOL.md "Authentication", "Response envelope", "Rate limits").
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Lang, SimApiError } from '../core/errors';
import { bucketOf } from '../ratelimit';
import { type RawParams, bodyParams, queryParams, readBody } from './body';
import { type SimHttpContext, routesAt } from './context';
import { invokeRoute } from './invoke';
import { envelope, httpError, pickLang, sendJson, texts, toApiError } from './reply';

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** Extra delay from a `slow` fault, on top of the latency profile. */
  delayMs: number;
}

/** `Bot <token>`; the token is sent as-is (it contains `/` and `=`). */
export function botToken(header: string | undefined): string | null {
  const match = /^Bot\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export async function handleApi(ctx: SimHttpContext, req: IncomingMessage, res: ServerResponse, routePath: string, search: URLSearchParams): Promise<void> {
  const lang = pickLang(req.headers['accept-language']);
  let answer: Answer;
  try {
    answer = await answerApi(ctx, req, routePath, search, lang);
  } catch (error) {
    ctx.onError(error);
    answer = failure(toApiError(error), lang);
  }
  const wait = ctx.settings.latencyMs + answer.delayMs;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  sendJson(res, answer.status, answer.body, answer.headers);
}

function failure(error: SimApiError, lang: Lang, headers: Record<string, string> = {}, delayMs = 0): Answer {
  return { status: error.httpStatus, body: envelope(error.code, error.text[lang], {}), headers, delayMs };
}

async function answerApi(ctx: SimHttpContext, req: IncomingMessage, routePath: string, search: URLSearchParams, lang: Lang): Promise<Answer> {
  const candidates = routesAt(ctx.world, routePath);
  if (candidates.length === 0) return failure(httpError(404, texts.notFound), lang);
  const route = candidates.find((candidate) => candidate.method === req.method);
  if (!route) return failure(httpError(405, texts.methodNotAllowed), lang, { Allow: candidates.map((c) => c.method).join(', ') });

  const token = botToken(req.headers.authorization);
  const actorId = token === null ? null : ctx.world.authenticate(token);
  if (actorId === null) return failure(httpError(401, texts.unauthorized), lang);

  const bucket = bucketOf(route);
  const verdict = ctx.faults.next(route.path);
  if (verdict.tooMany) {
    ctx.limiter.countFault(bucket);
    const limit = ctx.limiter.limitOf(bucket)?.limit ?? 0;
    const headers = ctx.limiter.headers({ bucket, limit, remaining: 0, resetMs: verdict.tooMany.resetMs, global: false });
    return failure(httpError(429, texts.tooManyRequests), lang, headers, verdict.delayMs);
  }
  if (verdict.serverError !== null) {
    const status = verdict.serverError;
    const text = status === 502 ? texts.badGateway : status === 503 ? texts.unavailable : texts.internal;
    return failure(httpError(status, text), lang, {}, verdict.delayMs);
  }

  const decision = ctx.limiter.take(actorId, bucket);
  const headers = decision.info ? ctx.limiter.headers(decision.info) : {};
  if (!decision.allowed) return failure(httpError(429, texts.tooManyRequests), lang, headers, verdict.delayMs);

  try {
    const raw = await requestParams(req, search);
    const data = await invokeRoute(route, { actorId, lang, origin: ctx.settings.origin, gateway: ctx.gateway }, raw);
    return { status: 200, body: envelope(0, texts.ok[lang], data ?? {}), headers, delayMs: verdict.delayMs };
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.httpStatus >= 500) ctx.onError(error);
    return failure(apiError, lang, headers, verdict.delayMs);
  }
}

/** GET: the query string. POST: the query string overlaid by the JSON (or form) body. */
async function requestParams(req: IncomingMessage, search: URLSearchParams): Promise<RawParams> {
  const query = queryParams(search);
  if (req.method !== 'POST') return query;
  const body = await readBody(req);
  return { ...query, ...bodyParams(req.headers['content-type'], body) };
}
