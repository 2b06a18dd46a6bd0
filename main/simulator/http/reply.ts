// How every JSON answer of the simulator is written: the `{code, message, data}` envelope,
// `application/json; charset=utf-8`, messages in the caller's language (PROTOCOL.md
// "Response envelope", "i18n").
import type { ServerResponse } from 'node:http';
import type { ApiEnvelope } from '../../../shared/kook';
import { type Lang, type Text, SimApiError } from '../core/errors';

/** `Accept-Language: en-US` (or any `en…` first choice) → English; everything else falls back to Chinese. */
export function pickLang(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header[0] : header;
  const first = value?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

export const texts = {
  ok: { en: 'success', zh: '操作成功' },
  unauthorized: { en: 'Unauthorized: missing or invalid token', zh: '用户未登录或登录已过期，请重新登录' },
  notFound: { en: 'API not found', zh: '请求的接口不存在' },
  methodNotAllowed: { en: 'Method not allowed', zh: '请求方法不被允许' },
  tooManyRequests: { en: 'Too many requests, please slow down', zh: '请求过于频繁，请稍后再试' },
  tooLarge: { en: 'request entity too large', zh: '请求体过大' },
  badJson: { en: 'Parameter error: the body is not valid JSON', zh: '参数错误：请求体不是有效的 JSON' },
  badBody: { en: 'Parameter error: the body must be a JSON object', zh: '参数错误：请求体必须是 JSON 对象' },
  internal: { en: 'Internal server error', zh: '服务器内部错误' },
  badGateway: { en: 'Bad gateway', zh: '网关错误' },
  unavailable: { en: 'Service unavailable', zh: '服务暂不可用' },
  forbidden: { en: 'The admin API answers loopback callers only', zh: '管理接口仅允许本机访问' },
} satisfies Record<string, Text>;

/** An error that is not a KOOK business failure but an HTTP one, still answered as an envelope. */
export const httpError = (status: number, text: Text, code = status): SimApiError => new SimApiError(code, text, status);

export function envelope<T>(code: number, message: string, data: T): ApiEnvelope<T> {
  return { code, message, data };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(payload.length),
  });
  res.end(payload);
}

export function sendOk(res: ServerResponse, lang: Lang, data: unknown, headers: Record<string, string> = {}): void {
  sendJson(res, 200, envelope(0, texts.ok[lang], data ?? {}), headers);
}

/** Failures carry `data: {}` (PROTOCOL.md: `{}` or `[]` when nothing to return). */
export function sendError(res: ServerResponse, lang: Lang, error: SimApiError, headers: Record<string, string> = {}): void {
  sendJson(res, error.httpStatus, envelope(error.code, error.text[lang], {}), headers);
}

/** Anything thrown that is not a SimApiError becomes a 500 envelope; it never crashes the server. */
export function toApiError(error: unknown): SimApiError {
  if (error instanceof SimApiError) return error;
  return httpError(500, texts.internal);
}
