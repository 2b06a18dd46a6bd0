import { beforeEach, describe, expect, it } from 'vitest';
import { type KookdeskDatabase, openInMemoryModerationDatabase, openModerationDatabase } from '../../../../main/store/db';
import type { ScheduledJob } from '../../../../main/store/moderationStores';
import { newCase, tmpDbFile } from './helpers';

const job = (caseId: number, over: Partial<Omit<ScheduledJob, 'id' | 'state' | 'doneAt' | 'error'>> = {}): Omit<ScheduledJob, 'id' | 'state' | 'doneAt' | 'error'> => ({
  kind: 'unban', caseId, profileId: 'p1', guildId: 'g1', targetId: 'u1', payload: { remark: 'temp' }, dueAt: 1000, ...over,
});

describe('schedule store', () => {
  let db: KookdeskDatabase;
  beforeEach(() => {
    db = openInMemoryModerationDatabase();
    for (let i = 0; i < 3; i++) db.cases.add(newCase());
  });

  it('adds jobs as pending and lists a profile\'s pending jobs by due time', () => {
    const a = db.schedule.add(job(1, { dueAt: 3000 }));
    const b = db.schedule.add(job(2, { dueAt: 1000, kind: 'voiceUnmute' }));
    db.schedule.add(job(3, { profileId: 'p2' }));
    expect(a).toEqual({ id: 1, kind: 'unban', caseId: 1, profileId: 'p1', guildId: 'g1', targetId: 'u1', payload: { remark: 'temp' }, dueAt: 3000, state: 'pending', doneAt: null, error: null });
    expect(db.schedule.pending('p1').map((j) => j.id)).toEqual([b.id, a.id]);
    expect(db.schedule.pending('p2')).toHaveLength(1);
    expect(db.schedule.pending('nobody')).toEqual([]);
  });

  it('completes, fails and cancels, each leaving the pending list', () => {
    db.schedule.add(job(1));
    db.schedule.add(job(2));
    db.schedule.add(job(3));
    db.schedule.add(job(3, { kind: 'textUnmute' }));
    db.schedule.complete(1, 5000);
    db.schedule.fail(2, 'KOOK 40000: no permission', 6000);
    db.schedule.cancelForCase(3);
    expect(db.schedule.pending('p1')).toEqual([]);
    const rows = db.connection.prepare('SELECT id, state, done_at AS doneAt, error FROM scheduled_jobs ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, state: 'done', doneAt: 5000, error: null },
      { id: 2, state: 'failed', doneAt: 6000, error: 'KOOK 40000: no permission' },
      { id: 3, state: 'cancelled', doneAt: null, error: null },
      { id: 4, state: 'cancelled', doneAt: null, error: null },
    ]);
  });

  it('does not revive a finished job', () => {
    db.schedule.add(job(1));
    db.schedule.complete(1, 5000);
    db.schedule.fail(1, 'late failure', 7000);
    expect(db.connection.prepare('SELECT state, error FROM scheduled_jobs').get()).toEqual({ state: 'done', error: null });
  });

  it('refuses a job for a case that does not exist', () => {
    expect(() => db.schedule.add(job(404))).toThrow(/FOREIGN KEY/u);
  });

  it('keeps pending jobs across a restart', () => {
    const file = tmpDbFile();
    const a = openModerationDatabase(file);
    a.cases.add(newCase());
    a.schedule.add(job(1, { dueAt: 42 }));
    a.close();
    const b = openModerationDatabase(file);
    expect(b.schedule.pending('p1')).toMatchObject([{ caseId: 1, dueAt: 42, state: 'pending' }]);
    b.close();
  });
});
