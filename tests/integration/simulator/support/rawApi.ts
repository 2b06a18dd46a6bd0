// A raw KOOK REST caller written in the test, independent of the app's client:
// it speaks plain HTTP as PROTOCOL.md describes and returns everything it saw.

export interface RawResponse {
  status: number;
  headers: Headers;
  /** Parsed envelope, or the raw text when the body is not JSON. */
  body: { code: number; message: string; data: unknown } | string;
}

export interface RawCallOptions {
  method?: 'GET' | 'POST';
  token?: string | null;
  lang?: string;
  /** Raw body string, sent as-is (for malformed-input tests). */
  rawBody?: string;
  contentType?: string;
}

export async function rawCall(
  apiBase: string,
  path: string,
  params: Record<string, unknown> = {},
  opts: RawCallOptions = {},
): Promise<RawResponse> {
  const method = opts.method ?? (guessMethod(path));
  const headers: Record<string, string> = {};
  if (opts.token !== null && opts.token !== undefined) headers.Authorization = `Bot ${opts.token}`;
  if (opts.lang) headers['Accept-Language'] = opts.lang;
  let url = `${apiBase}/${path}`;
  let body: string | undefined;
  if (method === 'GET') {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined) qs.set(k, String(v));
    const s = qs.toString();
    if (s) url += `?${s}`;
  } else {
    body = opts.rawBody ?? JSON.stringify(params);
    headers['Content-Type'] = opts.contentType ?? 'application/json';
  }
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  let parsed: RawResponse['body'];
  try {
    parsed = JSON.parse(text) as RawResponse['body'];
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** KOOK: reads are GET, writes are POST (PROTOCOL.md "Request conventions"). */
function guessMethod(path: string): 'GET' | 'POST' {
  return /(^|\/)(list|view|index|me|get-online-status|user-list|reaction-list)$/.test(path) ? 'GET' : 'POST';
}

/** Calls and asserts success, returning `data`. */
export async function ok<T = Record<string, unknown>>(
  apiBase: string,
  token: string,
  path: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const res = await rawCall(apiBase, path, params, { token });
  if (typeof res.body === 'string' || res.body.code !== 0) {
    throw new Error(`${path} failed: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body.data as T;
}

/** Calls the loopback admin API. */
export async function admin<T = unknown>(origin: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${origin}/_sim/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`admin ${path}: HTTP ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
