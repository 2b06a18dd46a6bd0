// The classification of gateway/index failures (GATEWAY.md §4.4, §10).

/** HTTP 401 or a KOOK token code on `gateway/index` means the token is wrong: stop, do not retry. */
const FATAL_CODES = new Set([401, 40101, 40102]);

export function isBadTokenError(err: unknown): { code: number } | null {
  if (typeof err !== 'object' || err === null) return null;
  const httpStatus = 'httpStatus' in err ? err.httpStatus : undefined;
  const code = 'code' in err ? err.code : undefined;
  if (typeof code === 'number' && FATAL_CODES.has(code)) return { code };
  if (httpStatus === 401) return { code: 401 };
  return null;
}
