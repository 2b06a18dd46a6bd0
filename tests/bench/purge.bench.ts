// Purge benchmark (issue 5 "Benchmarks"): an AppContext connected in-process to a simulator whose
// `message/delete` bucket allows LIMIT deletes per WINDOW_MS (profile `none` plus that one
// override: no global limit or other bucket interferes); a member posts 500 messages in one
// channel, then moderation.purge deletes exactly those 500.
//   purge_utilization = deletes per second during the purge ÷ (LIMIT ÷ window seconds)  (≥ 0.95)
//   purge_429s        = 429s the simulator sent (its /_sim/ratelimit/counters)            (0)
// With 20 per 2 s the 500 deletes take ~50 s at full use of the bucket.
import { performance } from 'node:perf_hooks';
import type { JobProgress } from '../../shared/ipc';
import { startModHarness } from '../integration/moderation/support/modHarness';
import { type Bench, round } from './harness';

const MESSAGES = 500;
const LIMIT = 20;
const WINDOW_MS = 2000;
const BUCKET = 'message/delete';

interface Counters {
  total: number;
  buckets: Record<string, number>;
}

export const purgeBench: Bench = async () => {
  const h = await startModHarness();
  try {
    const [spammer] = await h.plainMembers(1);
    if (!spammer) throw new Error('the demo world has no plain member');
    // The first text channel the member may post in (announcements and rules are read-only)
    // without slow mode.
    let channelId: string | undefined;
    const candidates = h.detail.channels.filter((c) => c.type === 1 && !c.is_category && !c.slow_mode).map((c) => c.id);
    for (const id of candidates) {
      if ((await h.actAs(spammer, 'message/create', { target_id: id, type: 1, content: 'flood 0' })).code === 0) {
        channelId = id;
        break;
      }
    }
    if (!channelId) throw new Error('no text channel the member may post in');
    for (let i = 1; i < MESSAGES; i += 1) {
      const posted = await h.actAs(spammer, 'message/create', { target_id: channelId, type: 1, content: `flood ${i}` });
      if (posted.code !== 0) throw new Error(`posting as the member failed: ${posted.code} ${posted.message}`);
    }
    // Overrides alone merge into profile `none`; resetCounters zeroes the 429 counters.
    await h.admin('ratelimit', { overrides: { [BUCKET]: { limit: LIMIT, windowMs: WINDOW_MS } }, resetCounters: true });

    // Deletes are timed where the app puts them on the wire (the simulator answers at once).
    const deletedAt: number[] = [];
    const purgeStart = performance.now();
    const { jobId } = await h.call<{ jobId: string }>('moderation:purge', { filters: { channelId, authorIds: [spammer], limit: MESSAGES }, reason: 'bench' });
    let lastDone = 0;
    const moderation = h.ctx.moderation;
    if (!moderation) throw new Error('no moderation engine');
    const poll = setInterval(() => {
      const done = moderation.jobs.get(jobId)?.done ?? 0;
      for (; lastDone < done; lastDone += 1) deletedAt.push(performance.now());
    }, 5);
    let final: JobProgress;
    try {
      final = await moderation.jobs.settled(jobId);
    } finally {
      clearInterval(poll);
    }
    const total = final.done;
    for (; lastDone < total; lastDone += 1) deletedAt.push(performance.now());
    const elapsedS = (performance.now() - purgeStart) / 1000;
    const counters = await (await fetch(`${h.sim.origin}/_sim/ratelimit/counters`)).json() as { data: Counters };
    const purge429s = counters.data.total;

    // Fixed windows: the first LIMIT deletes go at once, every later LIMIT needs a whole window.
    // The sustained rate is what was deleted after the first window over the time it took.
    const first = deletedAt[0] ?? 0;
    const last = deletedAt[deletedAt.length - 1] ?? first;
    const ratePerS = ((deletedAt.length - LIMIT) * 1000) / Math.max(1, last - first);
    const bucketRate = (LIMIT * 1000) / WINDOW_MS;
    const utilization = round(ratePerS / bucketRate, 3);
    return {
      rows: [
        { name: 'purge_deleted', value: total, unit: 'msg', target: String(MESSAGES) },
        { name: 'purge_elapsed', value: round(elapsedS, 1), unit: 's' },
        { name: 'purge_rate', value: round(ratePerS, 2), unit: 'msg/s', target: `bucket ${LIMIT}/${WINDOW_MS / 1000}s = ${bucketRate}/s` },
        { name: 'purge_utilization', value: utilization, target: '>= 0.95' },
        { name: 'purge_429s', value: purge429s, target: '0' },
      ],
      metrics: { purge_utilization: utilization, purge_429s: purge429s },
    };
  } finally {
    await h.close();
  }
};

export const purgeBenches: Bench[] = [purgeBench];
