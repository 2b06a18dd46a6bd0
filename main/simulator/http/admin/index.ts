// The admin API, loopback only, JSON in and out, every answer in the `{code, message, data}`
// envelope (bad input → HTTP 400, code 40000 naming the field).
//
//   GET  /_sim/health                      → {ok, origin, uptime_ms, traffic_rate, latency_ms, ratelimit}
//   POST /_sim/act       {as, path, params?, method?}
//                                          → the envelope /api/v3/<path> gives when member `as` calls it
//                                            (same permission checks; no rate limit, fault or latency)
//   POST /_sim/join      {guild_id, user_id?}       → {user_id}  (a new member when user_id is omitted)
//   POST /_sim/leave     {guild_id, user_id}        → {}
//   POST /_sim/presence  {user_id, online}          → {}
//   POST /_sim/bots      {name, guild_ids?, role_ids?} → {id, token}
//   POST /_sim/traffic   {rate, guild_id?, channel_ids?, mix?} → {rate}  (rate 0 stops it;
//                                            mix weights: message|edit|delete|reaction|join|leave|presence)
//   POST /_sim/reset     {seed, preset?}            → {seed, preset}  (also clears faults, rate-limit
//                                            windows and counters, and gateway state)
//   POST /_sim/faults/gateway {kind, ...}           kind and its arguments:
//          drop {session_id?} → {dropped} | zombie {on?=true, session_id?} | silent {on?=true, session_id?}
//          hello-delay {ms} (-1 withholds HELLO, null restores the configured delay)
//          hello-error {code: 40100..40103|null, times?}
//          reconnect {code?=40108 (40106|40107|40108), session_id?} → {sent}
//          reorder {frames, session_id?} | duplicate {count?=1, session_id?}
//          withhold {count?=1, session_id?} | expire-token {}
//   POST /_sim/faults/rest {route: path|'*', kind: '429'|'5xx'|'slow', count?, ms?, status?}
//                                          429: refused with X-Rate-Limit-Reset = ms (default 1000);
//                                          5xx: status 500|502|503 (default 503); slow: +ms delay.
//                                          Without count a fault lasts until cleared.
//   GET  /_sim/faults                      → {rest: [...active REST faults]}
//   POST /_sim/faults/clear                → {}  (REST faults)
//   POST /_sim/latency   {ms}              → {ms}  (every REST answer and gateway frame)
//   POST /_sim/ratelimit {profile?: default|none|strict, overrides?: {bucket: {limit, windowMs}},
//                         resetWholeSeconds?, resetCounters?} → the configuration now in force
//                                          (a profile replaces the overrides; overrides alone merge;
//                                          the bucket `global` overrides the global limit)
//   GET  /_sim/ratelimit/counters          → {total, global, buckets: {b: n}, faults: {b: n}}
//   GET  /_sim/ledger?session_id=          → {items: LedgerEntry[]}
//   GET  /_sim/sessions                    → {items: [{sessionId, botId, lastSn, connected, compress}]}
//   GET  /_sim/img/<kind>/<key>.png        → a generated PNG (no auth, not loopback-restricted)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyParams, queryParams, readBody } from '../body';
import type { SimHttpContext } from '../context';
import { envelope, httpError, pickLang, sendError, sendJson, texts, toApiError } from '../reply';
import { isLoopbackAddress } from '../loopback';
import { controlRoutes } from './control';
import type { AdminRoute } from './route';
import { worldRoutes } from './world';

const ADMIN_ROUTES: Record<string, AdminRoute> = { ...worldRoutes, ...controlRoutes };

export async function handleAdmin(ctx: SimHttpContext, req: IncomingMessage, res: ServerResponse, name: string, search: URLSearchParams): Promise<void> {
  const lang = pickLang(req.headers['accept-language']);
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    sendError(res, lang, httpError(403, texts.forbidden));
    return;
  }
  const route = Object.hasOwn(ADMIN_ROUTES, name) ? ADMIN_ROUTES[name] : undefined;
  if (!route) return sendError(res, lang, httpError(404, texts.notFound));
  if (route.method !== req.method) return sendError(res, lang, httpError(405, texts.methodNotAllowed), { Allow: route.method });
  try {
    const raw = req.method === 'POST' ? { ...queryParams(search), ...bodyParams(req.headers['content-type'], await readBody(req)) } : queryParams(search);
    const result = await route.run({ ctx, lang }, raw);
    if ('status' in result) sendJson(res, result.status, result.body);
    else sendJson(res, 200, envelope(0, texts.ok[lang], result.data));
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.httpStatus >= 500) ctx.onError(error);
    // Bad admin input is the caller's mistake: HTTP 400, still a KOOK-style envelope.
    const status = apiError.httpStatus === 200 ? 400 : apiError.httpStatus;
    sendJson(res, status, envelope(apiError.code, apiError.text[lang], {}));
  }
}
