import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/ipc';
import { Inspector } from '../../../main/inspector';
import type { CaptureFrame } from '../../../main/inspector/capture';
import { MAX_REPLAY_PAUSE_MS } from '../../../main/inspector/ReplayJob';
import { ManualClock, pushLog } from './support';

function captureText(ats: number[]): string {
  const lines = [JSON.stringify({ kookdesk_capture: 1, exported_at: 0 })];
  ats.forEach((at, i) => {
    const row = { seq: 100 + i, at, signal: 0, sn: i + 1, eventType: '9', channelType: 'GROUP', guildId: 'g', channelId: 'c', authorId: 'u', bytes: 5, compressedBytes: null, outcome: 'delivered' as const };
    lines.push(JSON.stringify({ row, raw: `{"sn":${i + 1}}` } satisfies CaptureFrame));
  });
  return lines.join('\n');
}

function rig(ats: number[]) {
  const clock = new ManualClock();
  const push = pushLog();
  const inspector = new Inspector({ push, clock, store: null });
  inspector.recorder.follow(true);
  const { captureId } = inspector.replays.importCapture(captureText(ats));
  const replayedSns = (): (number | null)[] => push.of('inspector.frames').flat().map((r) => r.sn);
  const progress = (): JobProgress[] => push.of('job.progress');
  return { clock, push, inspector, captureId, replayedSns, progress };
}

describe('replay of an imported capture', () => {
  it('re-emits frames with the original spacing divided by the speed', () => {
    const r = rig([0, 1000, 1500, 4000]);
    r.inspector.replays.replay(r.captureId, 2);
    const emittedAt: number[] = [];
    const start = r.clock.now();
    let seen = 0;
    for (let t = 0; t <= 2500; t += 50) {
      const count = r.inspector.recorder.frames({}, 100).items.length;
      for (; seen < count; seen++) emittedAt.push(r.clock.now() - start);
      r.clock.advance(50);
    }
    expect(emittedAt).toEqual([0, 500, 750, 2000]);
    expect(r.inspector.recorder.frames({}, 10).items.map((x) => x.sn)).toEqual([1, 2, 3, 4]);
    expect(r.progress().at(-1)).toMatchObject({ state: 'done', done: 4, total: 4, kind: 'inspector.replay' });
  });

  it('shows replayed frames with new seqs and their raw text', () => {
    const r = rig([0, 10]);
    r.inspector.replays.replay(r.captureId, 1);
    r.clock.advance(20);
    const rows = r.inspector.recorder.frames({}, 10).items;
    expect(rows.map((x) => x.seq)).toEqual([1, 2]);
    expect(r.inspector.recorder.raw(2)).toBe('{"sn":2}');
  });

  it('shortens silences longer than the cap', () => {
    const r = rig([0, 3_600_000]);
    r.inspector.replays.replay(r.captureId, 1);
    r.clock.advance(MAX_REPLAY_PAUSE_MS - 1);
    expect(r.replayedSns()).toEqual([1]);
    r.clock.advance(200);
    expect(r.replayedSns()).toEqual([1, 2]);
  });

  it('pauses without losing the remaining spacing, resumes, and can be cancelled', () => {
    const r = rig([0, 1000, 2000, 3000]);
    const { jobId } = r.inspector.replays.replay(r.captureId, 1);
    r.clock.advance(1100);
    expect(r.inspector.jobs.control(jobId, 'pause')).toMatchObject({ state: 'paused', done: 2 });
    r.clock.advance(10_000);
    expect(r.inspector.recorder.frames({}, 10).items).toHaveLength(2);
    expect(r.inspector.jobs.control(jobId, 'resume')).toMatchObject({ state: 'running' });
    r.clock.advance(899);
    expect(r.inspector.recorder.frames({}, 10).items).toHaveLength(2);
    r.clock.advance(1);
    expect(r.inspector.recorder.frames({}, 10).items).toHaveLength(3);
    expect(r.inspector.jobs.control(jobId, 'cancel')).toMatchObject({ state: 'cancelled', done: 3 });
    r.clock.advance(10_000);
    expect(r.inspector.recorder.frames({}, 10).items).toHaveLength(3);
    expect(r.clock.pending).toBe(0);
    expect(r.inspector.jobs.list()).toEqual([expect.objectContaining({ jobId, state: 'cancelled' })]);
    expect(r.inspector.jobs.control('replay-404', 'pause')).toBeNull();
  });

  it('reports progress with an ETA while running', () => {
    const r = rig([0, 1000, 2000, 3000, 4000]);
    r.inspector.replays.replay(r.captureId, 4);
    r.clock.advance(300);
    const running = r.progress().filter((p) => p.state === 'running');
    expect(running[0]).toMatchObject({ done: 0, total: 5, etaMs: 1000 });
    expect(r.progress().at(-1)?.etaMs).toBeLessThanOrEqual(1000);
  });
});
