// One REST call end to end: limiter slot, fetch with timeout, envelope, typed errors, retries.
// Retries (PROTOCOL.md "Rate limits" (rec) step 5, "HTTP status handling"): a 429 waits out
// Reset and retries (capped); 5xx, network errors and timeouts retry with jittered backoff
// ONLY for reads — a write may have reached KOOK, so it is never repeated blindly.
import type { z } from 'zod';
import { EnvelopeSchema } from '../../../shared/kook/schemas';
import { sleep, type Clock } from './Clock';
import { CancelledError } from './errors/CancelledError';
import { InvalidResponseError } from './errors/InvalidResponseError';
import { KookApiError } from './errors/KookApiError';
import { KookClientError } from './errors/KookClientError';
import { NetworkError } from './errors/NetworkError';
import { RateLimitedError } from './errors/RateLimitedError';
import { TimeoutError } from './errors/TimeoutError';
import type { RestEvents } from './events';
import type { Lane } from './LaneQueue';
import type { RateLimiter } from './RateLimiter';
import type { TypedEmitter } from './TypedEmitter';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export type QueryValue = string | number | boolean | undefined;

export interface CallOptions {
  lane?: Lane;
  signal?: AbortSignal;
}

export interface RequestSpec<S extends z.ZodType> extends CallOptions {
  method: 'GET' | 'POST';
  /** Route relative to the base, e.g. `message/list` (also the limiter's route key). */
  route: string;
  query?: Record<string, QueryValue>;
  body?: Record<string, unknown>;
  schema: S;
}

export interface RunnerOptions {
  baseUrl: string;
  token: () => string;
  language: 'en-US' | 'zh-CN';
  fetch: FetchLike;
  clock: Clock;
  timeoutMs: number;
  random: () => number;
  limiter: RateLimiter;
  emitter: TypedEmitter<RestEvents>;
  maxRateLimitRetries: number;
  maxReadRetries: number;
  backoffBaseMs: number;
}

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export class RequestRunner {
  constructor(private readonly o: RunnerOptions) {}

  async request<S extends z.ZodType>(spec: RequestSpec<S>): Promise<z.output<S>> {
    const { route, signal } = spec;
    const seq = this.o.limiter.nextSeq();
    let rateLimited = 0;
    let transient = 0;
    for (;;) {
      const slot = await this.o.limiter.acquire(route, { lane: spec.lane, signal, seq });
      let raw: RawResponse;
      try {
        raw = await this.send(spec);
      } catch (error) {
        slot.release();
        const failure = error instanceof KookClientError ? error : new NetworkError(route, error);
        const retryable = failure instanceof NetworkError || failure instanceof TimeoutError;
        if (retryable && spec.method === 'GET' && transient < this.o.maxReadRetries) {
          await this.backoff(route, ++transient, failure.name, signal);
          continue;
        }
        throw failure;
      }
      if (raw.status === 401) {
        // halt before the slot is handed back, so nothing queued behind it leaves
        const error = this.authFailed(route, raw);
        slot.release({ status: raw.status, headers: raw.headers });
        throw error;
      }
      const verdict = slot.release({ status: raw.status, headers: raw.headers, fallbackResetMs: 1000 * 2 ** rateLimited });
      if (raw.status === 429) {
        const v = verdict ?? { bucket: slot.bucket, resetMs: 1000, global: false };
        this.o.emitter.emit('rate-limited', { endpoint: route, ...v, attempt: rateLimited + 1, at: this.o.clock.now() });
        if (rateLimited >= this.o.maxRateLimitRetries) throw new RateLimitedError(v.bucket, v.resetMs, route, v.global);
        rateLimited += 1;
        continue; // the bucket (or global gate) now holds the retry until Reset + offset
      }
      if (raw.status >= 500 && spec.method === 'GET' && transient < this.o.maxReadRetries) {
        await this.backoff(route, ++transient, `HTTP ${raw.status}`, signal);
        continue;
      }
      return this.interpret(spec, raw);
    }
  }

  private async send<S extends z.ZodType>(spec: RequestSpec<S>): Promise<RawResponse> {
    const { route, signal } = spec;
    if (signal?.aborted) throw new CancelledError(route);
    const controller = new AbortController();
    let timedOut = false;
    const timer = this.o.clock.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.o.timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await this.o.fetch(this.url(spec), {
        method: spec.method,
        headers: this.headers(spec.method),
        body: spec.method === 'POST' ? JSON.stringify(spec.body ?? {}) : undefined,
        signal: controller.signal,
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (timedOut) throw new TimeoutError(route, this.o.timeoutMs);
      if (signal?.aborted) throw new CancelledError(route);
      throw new NetworkError(route, error);
    } finally {
      this.o.clock.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private url(spec: RequestSpec<z.ZodType>): string {
    const base = `${this.o.baseUrl.replace(/\/+$/, '')}/${spec.route}`;
    if (spec.method !== 'GET' || spec.query === undefined) return base;
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(spec.query)) {
      if (value !== undefined) params.append(key, String(value));
    }
    const qs = params.toString(); // URLSearchParams percent-encodes (emoji in reaction-list, REST.md B.6)
    return qs === '' ? base : `${base}?${qs}`;
  }

  private headers(method: 'GET' | 'POST'): Record<string, string> {
    // the token is sent as-is: it contains `/` and `=` (PROTOCOL.md "Authentication")
    const headers: Record<string, string> = {
      Authorization: `Bot ${this.o.token()}`,
      'Accept-Language': this.o.language,
      Accept: 'application/json',
    };
    if (method === 'POST') headers['Content-Type'] = 'application/json';
    return headers;
  }

  private interpret<S extends z.ZodType>(spec: RequestSpec<S>, raw: RawResponse): z.output<S> {
    const { route } = spec;
    const ok = raw.status >= 200 && raw.status < 300;
    let json: unknown;
    try {
      json = JSON.parse(raw.text);
    } catch {
      if (!ok) throw this.apiError(route, raw.status, raw.status, raw.text.slice(0, 200) || `HTTP ${raw.status}`);
      throw new InvalidResponseError(route, raw.status, 'body is not JSON');
    }
    const envelope = EnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      if (!ok) throw this.apiError(route, raw.status, raw.status, `HTTP ${raw.status}`);
      throw new InvalidResponseError(route, raw.status, 'no {code, message, data} envelope');
    }
    const { code, message, data } = envelope.data;
    if (!ok || code !== 0) throw this.apiError(route, code !== 0 ? code : raw.status, raw.status, message);
    const parsed = spec.schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidResponseError(route, raw.status, issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema mismatch');
    }
    return parsed.data;
  }

  private apiError(route: string, code: number, httpStatus: number, message: string): KookApiError {
    if (code === 40300) this.o.limiter.record('forbidden');
    return new KookApiError(code, message, route, httpStatus);
  }

  /** 401 halts all traffic until a new token (PROTOCOL.md "HTTP status handling": critical). */
  private authFailed(route: string, raw: RawResponse): KookApiError {
    let code = 401;
    let message = 'HTTP 401 unauthorized';
    try {
      const envelope = EnvelopeSchema.safeParse(JSON.parse(raw.text));
      if (envelope.success) {
        code = envelope.data.code !== 0 ? envelope.data.code : code;
        message = envelope.data.message || message;
      }
    } catch {
      // not JSON: keep the generic text
    }
    const error = new KookApiError(code, message, route, raw.status);
    // Requests already in flight on other buckets meet the same 401: one auth failure, one report.
    const alreadyHalted = this.o.limiter.isHalted;
    this.o.limiter.record('unauthorized');
    this.o.limiter.halt(error);
    if (!alreadyHalted) this.o.emitter.emit('auth-failed', { endpoint: route, httpStatus: raw.status, code, message, at: this.o.clock.now() });
    return error;
  }

  private async backoff(route: string, attempt: number, reason: string, signal?: AbortSignal): Promise<void> {
    // full jitter around an exponential base: 0.5x..1.5x of base * 2^(attempt-1)
    const base = this.o.backoffBaseMs * 2 ** (attempt - 1);
    const delayMs = Math.round(base * (0.5 + this.o.random()));
    this.o.emitter.emit('retry', { endpoint: route, attempt, reason, delayMs, at: this.o.clock.now() });
    await sleep(this.o.clock, delayMs, signal, route);
  }
}
