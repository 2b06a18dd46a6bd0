// Test doubles: a clock the test advances, and a fetch whose answers the test scripts.
import type { Clock, TimerId } from '../../../../main/kook/rest';
import { RestClient, type RestClientOptions } from '../../../../main/kook/rest';

/** Lets pending promise chains (including Response.text()) settle. */
export async function flush(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export class FakeClock implements Clock {
  private t = 1_700_000_000_000;
  private nextId = 1;
  private readonly timers = new Map<TimerId, { at: number; fn: () => void }>();

  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): TimerId {
    const id = this.nextId++;
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn });
    return id;
  }
  clearTimeout(id: TimerId): void {
    this.timers.delete(id);
  }
  get pendingTimers(): number {
    return this.timers.size;
  }
  /** Moves time forward, firing due timers in order and settling promises between them. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    for (;;) {
      await flush();
      let next: [TimerId, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= target && (next === undefined || entry[1].at < next[1].at)) next = entry;
      if (next === undefined) break;
      this.timers.delete(next[0]);
      this.t = Math.max(this.t, next[1].at);
      next[1].fn();
    }
    this.t = target;
    await flush();
  }
}

export interface Reply {
  status?: number;
  /** An object is sent as JSON; a string as-is. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FetchCall {
  url: URL;
  route: string;
  method: string;
  headers: Record<string, string>;
  body: Record<string, unknown> | undefined;
  signal: AbortSignal | undefined;
  settled: boolean;
  reply(reply: Reply): void;
  fail(error: unknown): void;
}

export const ok = (data: unknown, headers: Record<string, string> = {}): Reply => ({ status: 200, body: { code: 0, message: 'ok', data }, headers });
export const apiFail = (status: number, code: number, message = 'nope', headers: Record<string, string> = {}): Reply => ({ status, body: { code, message, data: {} }, headers });
export const limits = (limit: number, remaining: number, resetSeconds: number | string, bucket?: string): Record<string, string> => ({
  'X-Rate-Limit-Limit': String(limit),
  'X-Rate-Limit-Remaining': String(remaining),
  'X-Rate-Limit-Reset': String(resetSeconds),
  ...(bucket === undefined ? {} : { 'X-Rate-Limit-Bucket': bucket }),
});

export class FakeFetch {
  readonly calls: FetchCall[] = [];
  /** Answers automatically when set; returning undefined leaves the call pending. */
  handler: ((call: FetchCall) => Reply | Error | undefined) | undefined;

  readonly fetch = (input: string, init: RequestInit): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(init.headers ?? {})) if (typeof v === 'string') headers[k] = v;
      const parsed: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      const call: FetchCall = {
        url,
        route: url.pathname.replace(/^\/api\/v3\//, ''),
        method: init.method ?? 'GET',
        headers,
        body: isRecord(parsed) ? parsed : undefined,
        signal: init.signal ?? undefined,
        settled: false,
        reply: (r) => {
          if (call.settled) return;
          call.settled = true;
          const body = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? { code: 0, message: 'ok', data: {} });
          resolve(new Response(body, { status: r.status ?? 200, headers: r.headers ?? {} }));
        },
        fail: (e) => {
          if (call.settled) return;
          call.settled = true;
          reject(e);
        },
      };
      init.signal?.addEventListener('abort', () => call.fail(new DOMException('aborted', 'AbortError')), { once: true });
      this.calls.push(call);
      const auto = this.handler?.(call);
      if (auto instanceof Error) call.fail(auto);
      else if (auto !== undefined) call.reply(auto);
    });

  pending(): FetchCall[] {
    return this.calls.filter((c) => !c.settled);
  }
  routes(): string[] {
    return this.calls.map((c) => c.route);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function makeClient(options: Partial<RestClientOptions> = {}) {
  const clock = new FakeClock();
  const fake = new FakeFetch();
  const client = new RestClient({
    token: '1/MTAx=/abc==',
    baseUrl: 'http://kook.test/api/v3',
    fetch: fake.fetch,
    clock,
    random: () => 0.5,
    safetyOffsetMs: 50,
    ...options,
  });
  return { client, clock, fake };
}

/** Starts a promise and records its outcome without letting a rejection go unhandled. */
export function track<T>(promise: Promise<T>) {
  const state: { done: boolean; value?: T; error?: unknown } = { done: false };
  promise.then(
    (value) => Object.assign(state, { done: true, value }),
    (error: unknown) => Object.assign(state, { done: true, error }),
  );
  return state;
}
