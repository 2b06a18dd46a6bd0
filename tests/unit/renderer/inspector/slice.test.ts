import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../../renderer/store';
import { compileInspectorFilter, EMPTY_FILTER } from '../../../../renderer/store/inspector/filter';
import { rowMarker } from '../../../../renderer/store/inspector/markers';
import { fakeApi } from '../store/support/fakeApi';
import { frame } from './support';


describe('inspector filter', () => {
  it('filters by signal, event type, guild, channel and user', () => {
    const f = (over: Partial<typeof EMPTY_FILTER>) => {
      const c = compileInspectorFilter({ ...EMPTY_FILTER, ...over });
      if (!c.ok) throw new Error('bad');
      return c.match;
    };
    expect(f({ signal: '3' })(frame(1))).toBe(false);
    expect(f({ signal: '0' })(frame(1))).toBe(true);
    expect(f({ eventType: 'joined_guild' })(frame(1))).toBe(false);
    expect(f({ guildId: '601', channelId: '488', userId: '241' })(frame(1))).toBe(true);
    expect(f({ userId: '999' })(frame(1))).toBe(false);
  });

  it('takes free text or a /regex/ and reports an invalid regex instead of throwing', () => {
    const text = compileInspectorFilter({ ...EMPTY_FILTER, text: 'GROUP' });
    expect(text.ok && text.filter).toEqual({ text: 'GROUP' });
    const regex = compileInspectorFilter({ ...EMPTY_FILTER, text: '/^9 group/' });
    expect(regex.ok && regex.filter).toEqual({ regex: '^9 group' });
    expect(regex.ok && regex.match(frame(1))).toBe(true);
    expect(compileInspectorFilter({ ...EMPTY_FILTER, text: '/(/' })).toEqual({ ok: false, error: 'bad-regex' });
  });
});

describe('inspector slice', () => {
  it('appends pushed rows, keeps a bounded list and counts rows main dropped', () => {
    const store = createAppStore(fakeApi());
    store.getState().applyInspectorFrames([frame(1), frame(2)]);
    store.getState().applyInspectorFrames([frame(6)]);
    expect(store.getState().inspectorRows.map((r) => r.seq)).toEqual([1, 2, 6]);
    expect(store.getState().inspectorDropped).toBe(3);
    store.getState().applyInspectorFrames(Array.from({ length: 6000 }, (_, i) => frame(7 + i)));
    expect(store.getState().inspectorRows).toHaveLength(5000);
  });

  it('holds frames while paused with a counter, and shows them on resume', () => {
    const store = createAppStore(fakeApi());
    store.getState().applyInspectorFrames([frame(1)]);
    store.getState().setInspectorPaused(true);
    store.getState().applyInspectorFrames([frame(2), frame(3)]);
    store.getState().applyInspectorFrames([frame(4)]);
    expect(store.getState().inspectorRows).toHaveLength(1);
    expect(store.getState().inspectorBufferedCount).toBe(3);
    store.getState().setInspectorPaused(false);
    expect(store.getState().inspectorRows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(store.getState().inspectorBufferedCount).toBe(0);
  });

  it('marks the row that revealed an sn gap, and duplicates and reorders by outcome', () => {
    const store = createAppStore(fakeApi());
    store.getState().applyInspectorFrames([frame(1), frame(2), frame(3, { sn: 5, outcome: 'reordered' }), frame(4, { sn: 5, outcome: 'duplicate' })]);
    const { inspectorRows: rows, inspectorGaps } = store.getState();
    expect(rows.map((r) => rowMarker(r, inspectorGaps.gaps))).toEqual([null, null, { kind: 'gap', fromSn: 3, toSn: 4 }, { kind: 'duplicate' }]);
  });

  it('opens following live frames with the latest page, and stops following on close', async () => {
    const follow = vi.fn(async () => undefined);
    const store = createAppStore(fakeApi({
      inspector: {
        follow,
        frames: vi.fn(async () => ({ items: [frame(10), frame(11)], total: 2, oldestSeq: 10 })),
        timeline: vi.fn(async () => [{ at: 1, from: 'CONNECT', to: 'WAIT_HELLO', reason: 'socket open' }]),
        stats: vi.fn(async () => ({ eventsPerSecond: [], rttMs: [], counters: {}, markers: [] })),
        rest: vi.fn(async () => ({ buckets: [], globalBlockedUntil: null, counters: { unauthorized: 0, rateLimited: 0, forbidden: 0 } })),
      },
    }));
    await store.getState().openInspector('timeline');
    expect(follow).toHaveBeenCalledWith({ on: true });
    expect(store.getState()).toMatchObject({ inspectorOpen: true, inspectorTab: 'timeline', inspectorLastSeq: 11 });
    expect(store.getState().inspectorTimeline).toHaveLength(1);
    store.getState().applyInspectorFrames([frame(12)]);
    expect(store.getState().inspectorDropped).toBe(0);
    store.getState().closeInspector();
    expect(follow).toHaveBeenLastCalledWith({ on: false });
    expect(store.getState().inspectorOpen).toBe(false);
  });

  it('lists each frame once when a filtered page or the opening page already holds frames the live feed then pushes', async () => {
    const frames = vi.fn(async () => ({ items: [frame(10), frame(11)], total: 2, oldestSeq: 10 }));
    const store = createAppStore(fakeApi({
      inspector: {
        follow: vi.fn(async () => undefined),
        frames,
        timeline: vi.fn(async () => []),
        stats: vi.fn(async () => ({ eventsPerSecond: [], rttMs: [], counters: {}, markers: [] })),
        rest: vi.fn(async () => ({ buckets: [], globalBlockedUntil: null, counters: { unauthorized: 0, rateLimited: 0, forbidden: 0 } })),
      },
    }));
    await store.getState().openInspector('frames');
    // Recorded while the opening page was on its way: in the page and in the feed.
    store.getState().applyInspectorFrames([frame(11), frame(12)]);
    expect(store.getState().inspectorRows.map((r) => r.seq)).toEqual([10, 11, 12]);
    // A filter's page answers with a frame the feed pushes only afterwards.
    frames.mockResolvedValueOnce({ items: [frame(12), frame(13)], total: 2, oldestSeq: 12 });
    await store.getState().setInspectorFilter({ ...EMPTY_FILTER, text: 'x' });
    store.getState().applyInspectorFrames([frame(13), frame(14)]);
    expect(store.getState().inspectorRows.map((r) => r.seq)).toEqual([10, 11, 12, 13, 14]);
    expect(store.getState().inspectorDropped).toBe(0);
  });

  it('keeps the bad-line count main reports for an import', async () => {
    const store = createAppStore(fakeApi({ inspector: { importCapture: vi.fn(async () => ({ captureId: 'capture-1', frames: 4, badLines: 2, skipped: 0 })) } }));
    await store.getState().importCapture('…');
    expect(store.getState().inspectorImport).toEqual({ captureId: 'capture-1', frames: 4, badLines: 2 });
  });
});
