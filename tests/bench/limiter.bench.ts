// Limiter benchmark (issue 3 "Benchmarks"): 1,000 requests through one RestClient into a simulator
// bucket of 100 requests per 5 s that the client learns from the X-Rate-Limit-* headers.
//   limiter_utilization = achieved rate ÷ (limit / window)   (target ≥ 0.95)
//   limiter_429s        = 429s the simulator sent the limited client   (target 0)
//   naive_429s          = 429s for the same 1,000 requests fired with plain fetch, no limiter
import { performance } from 'node:perf_hooks';
import { RestClient } from '../../main/kook/rest';
import { type Simulator, startSimulator } from '../../main/simulator';
import { type Bench, round } from './harness';

const REQUESTS = 1000;
const LIMIT = 100;
const WINDOW_MS = 5000;
const ROUTE = 'message/list';
/** A text channel of the demo world (seed 1) the bot can read. */
const CHANNEL = '4953990000000005';

interface Counters {
  total: number;
  buckets: Record<string, number>;
}

async function admin<T>(sim: Simulator, name: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sim.origin}/_sim/${name}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { code: number; message: string; data: T };
  if (json.code !== 0) throw new Error(`admin ${name}: ${json.code} ${json.message}`);
  return json.data;
}

/** The same load without a limiter: every request at once, plain fetch. */
async function naive(sim: Simulator): Promise<number> {
  const url = `${sim.apiBase}/${ROUTE}?target_id=${CHANNEL}&page_size=1`;
  const headers = { Authorization: `Bot ${sim.token}` };
  await Promise.all(Array.from({ length: REQUESTS }, () => fetch(url, { headers }).then((r) => r.arrayBuffer())));
  return (await admin<Counters>(sim, 'ratelimit/counters')).total;
}

/** Every request through one RestClient; returns when each was put on the wire. */
async function limited(sim: Simulator): Promise<number[]> {
  const sentAt: number[] = [];
  const rest = new RestClient({
    token: sim.token,
    baseUrl: sim.apiBase,
    timeoutMs: 30_000,
    fetch: (input, init) => {
      sentAt.push(performance.now());
      return fetch(input, init);
    },
  });
  await Promise.all(Array.from({ length: REQUESTS }, () => rest.messages.list({ target_id: CHANNEL, page_size: 1 })));
  return sentAt.sort((a, b) => a - b);
}

export const limiterBench: Bench = async () => {
  // Profile `none` + one override: no global limit and no other bucket can interfere.
  const overrides = { [ROUTE]: { limit: LIMIT, windowMs: WINDOW_MS } };
  const sim = await startSimulator({ port: 0, seed: 1, preset: 'demo', rateLimitProfile: 'none', overrides, onError: () => undefined });
  try {
    const naive429s = await naive(sim);
    // A configure starts every window afresh; resetCounters zeroes the 429 counters.
    await admin(sim, 'ratelimit', { overrides, resetCounters: true });
    const t0 = performance.now();
    const sentAt = await limited(sim);
    const elapsedS = (performance.now() - t0) / 1000;
    const limiter429s = (await admin<Counters>(sim, 'ratelimit/counters')).total;
    const first = sentAt[0] ?? 0;
    const last = sentAt[sentAt.length - 1] ?? first;
    // Fixed windows: the first Limit requests go at once, every later Limit needs a whole window.
    // So the sustained rate is what was sent after the first window over the time it took.
    const achievedPerS = ((sentAt.length - LIMIT) * 1000) / Math.max(1, last - first);
    const utilization = round(achievedPerS / ((LIMIT * 1000) / WINDOW_MS), 3);
    return {
      rows: [
        { name: 'limiter_requests', value: sentAt.length, unit: 'req' },
        { name: 'limiter_elapsed', value: round(elapsedS, 1), unit: 's' },
        { name: 'limiter_rate', value: round(achievedPerS, 2), unit: 'req/s', target: `limit ${(LIMIT * 1000) / WINDOW_MS}/s` },
        { name: 'limiter_utilization', value: utilization, target: '>= 0.95' },
        { name: 'limiter_429s', value: limiter429s, target: '0' },
        { name: 'naive_429s', value: naive429s, target: 'contrast' },
      ],
      metrics: { limiter_utilization: utilization, limiter_429s: limiter429s, naive_429s: naive429s },
    };
  } finally {
    await sim.close();
  }
};

export const limiterBenches: Bench[] = [limiterBench];
