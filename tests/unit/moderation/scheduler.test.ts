// The scheduler with a fake clock and fake timers: reconciliation on start, expiry at dueAt,
// cancellation, retries with backoff, then failure.
import { describe, expect, it } from 'vitest';
import { Scheduler, type MissedExpiry } from '../../../main/moderation/Scheduler';
import type { ScheduledJob } from '../../../main/store/moderationStores';
import { memoryDb } from '../../integration/moderation/support/memoryDb';

function rig(execute: (job: ScheduledJob) => Promise<void> = async () => undefined) {
  let now = 1_000_000;
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const db = memoryDb();
  const missed: MissedExpiry[][] = [];
  const ran: number[] = [];
  const s = new Scheduler({
    store: () => db.schedule, now: () => now, retryBaseMs: 1000, maxAttempts: 3,
    execute: async (job) => {
      ran.push(job.id);
      await execute(job);
    },
    onMissed: (m) => missed.push(m),
    setTimer: (fn, ms) => {
      const t = { at: now + ms, fn, live: true };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      const t = timers.find((x) => x === h);
      if (t) t.live = false;
    },
  });
  const advance = async (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.live && x.at <= now)) {
      t.live = false;
      t.fn();
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  const job = (caseId: number, dueAt: number) => ({ kind: 'unban' as const, caseId, profileId: 'p', guildId: 'g', targetId: `u${caseId}`, payload: {}, dueAt });
  return { s, db, missed, ran, advance, job, at: () => now };
}

describe('Scheduler', () => {
  it('on start runs what is overdue at once, reports it missed, and arms the rest', async () => {
    const r = rig();
    r.db.schedule.add(r.job(1, r.at() - 5000));
    r.db.schedule.add(r.job(2, r.at() + 60_000));
    await r.s.start('p');
    expect(r.ran).toEqual([1]);
    expect(r.missed).toEqual([[expect.objectContaining({ caseId: 1, action: 'unban', targetId: 'u1', dueAt: r.at() - 5000 })]]);
    expect(r.s.armed).toBe(1);
    await r.advance(59_000);
    expect(r.ran).toEqual([1]);
    await r.advance(1_000);
    expect(r.ran).toEqual([1, 2]);
    expect(r.db.jobs.map((j) => j.state)).toEqual(['done', 'done']);
  });

  it('never runs a job cancelled because its case was undone early', async () => {
    const r = rig();
    await r.s.start('p');
    r.s.add(r.job(9, r.at() + 1000));
    r.s.cancelForCase(9);
    await r.advance(5000);
    expect(r.ran).toEqual([]);
    expect(r.db.jobs[0]!.state).toBe('cancelled');
  });

  it('retries a failing expiry with backoff, then marks it failed', async () => {
    const r = rig(async () => {
      throw new Error('KOOK said no');
    });
    await r.s.start('p');
    r.s.add(r.job(3, r.at() + 10));
    await r.advance(10);
    expect(r.ran).toHaveLength(1);
    await r.advance(999);
    expect(r.ran).toHaveLength(1);
    await r.advance(1);
    expect(r.ran).toHaveLength(2);
    await r.advance(2000);
    expect(r.ran).toHaveLength(3);
    expect(r.db.jobs[0]).toMatchObject({ state: 'failed', error: 'KOOK said no' });
  });

  it('does nothing for another profile and stops its timers when the session ends', async () => {
    const r = rig();
    r.db.schedule.add({ ...r.job(4, r.at() - 1), profileId: 'other' });
    await r.s.start('p');
    r.s.add(r.job(5, r.at() + 100));
    r.s.stop();
    await r.advance(1000);
    expect(r.ran).toEqual([]);
    expect(r.db.schedule.pending('p')).toHaveLength(1);
  });
});
