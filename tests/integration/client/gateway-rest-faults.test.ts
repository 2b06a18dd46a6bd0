// REST trouble while the gateway must refetch its URL (GATEWAY.md §4.4 FETCH_GATEWAY, PROTOCOL.md
// "Rate limits"): the token expires and the socket drops, so the client has to get through
// gateway/index under a 429 storm, a global limit, 5xx answers or slow answers — and the ledger
// still proves every event of the session arrived exactly once, in order.
import { afterEach, describe, expect, it } from 'vitest';
import type { RestEvents } from '../../../main/kook/rest';
import { type ClientRig, type RigOptions, startRig, waitFor } from './harness';
import { expectLossless } from './proofs';

let rig: ClientRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

interface Counters {
  total: number;
  global: number;
  faults: Record<string, number>;
}

/** Expires every gateway token and drops the socket: the resume needs a fresh gateway/index. */
async function forceRefetchWhilePosting(r: ClientRig): Promise<void> {
  const states: string[] = [];
  r.gateway.on('state', (e) => states.push(`${e.to}(${e.reason})@${Math.round(e.at)}`));
  await r.post(3, undefined, 'before');
  await r.gatewayFault({ kind: 'expire-token' });
  await r.gatewayFault({ kind: 'drop' });
  await r.post(6, undefined, 'during');
  // Generous: under the global limit the refetch queues behind the posts (2 calls per 1.2 s), and
  // CI runs this while other files load both cores.
  await waitFor(() => r.gateway.counters().resumes === 1, 20_000, 'a resume through the REST fault').catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)} (gateway ${JSON.stringify(r.gateway.counters())}, states ${states.join(' → ')})`);
  });
  await r.post(3, undefined, 'after');
}

async function start(options: RigOptions = {}): Promise<{ rig: ClientRig; rest: { [K in keyof RestEvents]: RestEvents[K][] } }> {
  const r = await startRig(options);
  const rest = { warning: [], 'auth-failed': [], 'rate-limited': [], 'global-limit': [], 'bucket-learned': [], retry: [], reconciled: [] } as { [K in keyof RestEvents]: RestEvents[K][] };
  r.rest.on('rate-limited', (e) => rest['rate-limited'].push(e));
  r.rest.on('global-limit', (e) => rest['global-limit'].push(e));
  r.rest.on('retry', (e) => rest.retry.push(e));
  return { rig: r, rest };
}

describe('gateway refetch through REST faults', { timeout: 45_000 }, () => {
  it('waits out a 429 storm on gateway/index and resumes losslessly', async () => {
    const s = await start();
    rig = s.rig;
    await rig.restFault({ route: 'gateway/index', kind: '429', count: 3, ms: 80 });
    await forceRefetchWhilePosting(rig);
    await expectLossless(rig, 12);
    expect(s.rest['rate-limited'].map((e) => e.endpoint)).toEqual(['gateway/index', 'gateway/index', 'gateway/index']);
    expect((await rig.admin<Counters>('ratelimit/counters')).faults).toEqual({ 'gateway/index': 3 });
  });

  it('stops every bucket at the global limit, then resumes losslessly', async () => {
    const s = await start({ overrides: { global: { limit: 2, windowMs: 1200 } } });
    rig = s.rig;
    await rig.admin('ratelimit', { resetCounters: true });
    await rig.rest.users.me(); // fill the global window so the refetch meets X-Rate-Limit-Global
    await rig.rest.users.me();
    await forceRefetchWhilePosting(rig);
    await expectLossless(rig, 12);
    expect(s.rest['global-limit'].length).toBeGreaterThanOrEqual(1);
    expect(s.rest['rate-limited'].every((e) => e.global)).toBe(true);
    const counters = await rig.admin<Counters>('ratelimit/counters');
    expect(counters.global).toBeGreaterThanOrEqual(1);
    expect(counters.total).toBe(counters.global);
  });

  it('retries gateway/index after 5xx answers and resumes losslessly', async () => {
    const s = await start();
    rig = s.rig;
    await rig.restFault({ route: 'gateway/index', kind: '5xx', count: 3, status: 502 });
    await forceRefetchWhilePosting(rig);
    await expectLossless(rig, 12);
    expect(s.rest.retry.filter((e) => e.endpoint === 'gateway/index').length).toBeGreaterThanOrEqual(2);
    expect((await rig.admin<{ rest: unknown[] }>('faults')).rest).toEqual([]);
  });

  it('times out a gateway/index slower than the client allows, retries it, and resumes losslessly', async () => {
    const s = await start({ rest: { timeoutMs: 250 } });
    rig = s.rig;
    await rig.restFault({ route: 'gateway/index', kind: 'slow', count: 1, ms: 600 });
    await forceRefetchWhilePosting(rig);
    await expectLossless(rig, 12);
    expect(s.rest.retry.some((e) => e.endpoint === 'gateway/index' && e.reason === 'TimeoutError')).toBe(true);
  });
});
