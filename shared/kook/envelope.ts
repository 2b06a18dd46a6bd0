// REST conventions: envelope, pagination, error codes, rate-limit headers (../shared/kook/PROTOCOL.md).

export interface ApiEnvelope<T = unknown> {
  code: number;
  message: string;
  data: T;
}

export interface PageMeta {
  page: number;
  page_total: number;
  page_size: number;
  total: number;
}

/** Standard paged `data` (PROTOCOL.md "Pagination"). `sort` is `{}` or `[]` when unsorted. */
export interface Paged<T> {
  items: T[];
  meta: PageMeta;
  sort: Record<string, 1 | -1> | [];
}

export const ApiCode = {
  Ok: 0,
  Generic: 40000,
  ContentRejected: 40011,
  TooLarge: 40014,
  MissingPermission: 40300,
} as const;

/** Response headers of rate-controlled endpoints; names compare case-insensitively (PROTOCOL.md "Rate limits"). */
export const RateLimitHeader = {
  limit: 'x-rate-limit-limit',
  remaining: 'x-rate-limit-remaining',
  reset: 'x-rate-limit-reset',
  bucket: 'x-rate-limit-bucket',
  global: 'x-rate-limit-global',
} as const;

export const API_PREFIX = '/api/v3';
export const KOOK_API_BASE = 'https://www.kookapp.cn/api/v3';
