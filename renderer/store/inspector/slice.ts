// The inspector view's state (issue 5 "Event inspector"): live rows from `inspector.frames`
// pushes (bounded), pause with a buffer and its counter, filters, the selected frame's raw
// JSON, the connection timeline, stats, the REST panel and capture import/replay.
import type { Api, FrameRow, InspectorStats, RestPanel, TimelineEntry } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';
import { compileInspectorFilter, EMPTY_FILTER, type InspectorFilterInput, isEmptyFilter } from './filter';
import { type GapTracker, newGapTracker, pruneGaps, trackGaps } from './markers';

export type InspectorTab = 'frames' | 'timeline' | 'rest';

/** Rows kept for the live list, and rows held while paused. */
export const LIVE_ROWS = 5000;
export const PAUSE_BUFFER = 20_000;

export interface InspectorSlice {
  inspectorOpen: boolean;
  inspectorTab: InspectorTab;
  inspectorRows: FrameRow[];
  inspectorPaused: boolean;
  /** Frames that arrived while paused (shown on resume; beyond PAUSE_BUFFER only counted). */
  inspectorBuffered: FrameRow[];
  inspectorBufferedCount: number;
  /** Frames main dropped because the view could not keep up (seq jumps between pushes). */
  inspectorDropped: number;
  inspectorLastSeq: number | null;
  inspectorGaps: GapTracker;
  inspectorFilter: InspectorFilterInput;
  inspectorSelected: { seq: number; json: string | null } | null;
  inspectorTimeline: TimelineEntry[];
  inspectorStats: InspectorStats | null;
  inspectorRest: RestPanel | null;
  inspectorReplayJobId: string | null;
  inspectorImport: { captureId: string; frames: number; badLines: number } | null;
  inspectorError: UiError | null;
  openInspector(tab?: InspectorTab): Promise<void>;
  closeInspector(): void;
  setInspectorTab(tab: InspectorTab): void;
  applyInspectorFrames(rows: FrameRow[]): void;
  applyInspectorTimeline(entry: TimelineEntry): void;
  setInspectorPaused(paused: boolean): void;
  setInspectorFilter(filter: InspectorFilterInput): Promise<void>;
  selectFrame(seq: number | null): Promise<void>;
  refreshInspector(): Promise<void>;
  exportCapture(): Promise<{ fileName: string; content: string } | null>;
  importCapture(content: string): Promise<void>;
  startReplay(speed: number): Promise<void>;
}

const cap = <T>(rows: T[], max: number): T[] => (rows.length > max ? rows.slice(rows.length - max) : rows);

export const createInspectorSlice =
  (api: Api): SliceCreator<InspectorSlice> =>
  (set, get) => {
    const fail = (error: unknown): void => set({ inspectorError: toUiError(error) });

    /** Appends rows (live or buffered) to the list, keeping gap badges in step with what is kept. */
    const appendRows = (rows: FrameRow[]): void => {
      const s = get();
      const gaps = s.inspectorGaps;
      // Gaps follow the live stream, so every streamed row counts, even one already listed.
      trackGaps(gaps, rows);
      const kept = s.inspectorRows;
      const newest = kept.at(-1)?.seq ?? -Infinity;
      // A filtered page (setInspectorFilter) may already have merged rows that main's follow feed
      // pushes only afterwards. Keep one row per seq, in seq order: FrameList keys rows by seq,
      // and a duplicate key leaves stale rows in the DOM that no later filter removes.
      let merged: FrameRow[];
      if ((rows[0]?.seq ?? Infinity) > newest) {
        merged = [...kept, ...rows];
      } else {
        const known = new Set(kept.map((r) => r.seq));
        merged = [...kept, ...rows.filter((r) => !known.has(r.seq))].sort((a, b) => a.seq - b.seq);
      }
      const next = cap(merged, LIVE_ROWS);
      const oldest = next[0]?.seq;
      if (oldest !== undefined) pruneGaps(gaps, oldest);
      set({ inspectorRows: next, inspectorGaps: { ...gaps } });
    };

    return {
      inspectorOpen: false,
      inspectorTab: 'frames',
      inspectorRows: [],
      inspectorPaused: false,
      inspectorBuffered: [],
      inspectorBufferedCount: 0,
      inspectorDropped: 0,
      inspectorLastSeq: null,
      inspectorGaps: newGapTracker(),
      inspectorFilter: EMPTY_FILTER,
      inspectorSelected: null,
      inspectorTimeline: [],
      inspectorStats: null,
      inspectorRest: null,
      inspectorReplayJobId: null,
      inspectorImport: null,
      inspectorError: null,

      async openInspector(tab = 'frames') {
        set({ inspectorOpen: true, inspectorTab: tab, inspectorError: null });
        try {
          await api.inspector.follow({ on: true });
          const page = await api.inspector.frames({ limit: 1000 });
          set({ inspectorRows: [], inspectorGaps: newGapTracker(), inspectorLastSeq: page.items.at(-1)?.seq ?? null });
          appendRows(page.items);
          await get().refreshInspector();
        } catch (error) {
          fail(error);
        }
      },

      closeInspector() {
        set({ inspectorOpen: false, inspectorSelected: null });
        void api.inspector.follow({ on: false }).catch(() => undefined);
      },

      setInspectorTab: (tab) => set({ inspectorTab: tab }),

      applyInspectorFrames(pushed) {
        const s = get();
        // Frames recorded between follow({ on: true }) and the opening page's answer come in both;
        // the page already holds every seq up to inspectorLastSeq.
        const seen = s.inspectorLastSeq;
        const rows = seen === null ? pushed : pushed.filter((r) => r.seq > seen);
        if (rows.length === 0) return;
        const first = rows[0]?.seq ?? 0;
        // Rows carry consecutive seqs: a jump means main dropped some for us.
        const dropped = s.inspectorLastSeq !== null && first > s.inspectorLastSeq + 1 ? first - s.inspectorLastSeq - 1 : 0;
        const lastSeq = Math.max(s.inspectorLastSeq ?? 0, rows.at(-1)?.seq ?? 0);
        set({ inspectorDropped: s.inspectorDropped + dropped, inspectorLastSeq: lastSeq });
        if (s.inspectorPaused) {
          set({ inspectorBuffered: cap([...s.inspectorBuffered, ...rows], PAUSE_BUFFER), inspectorBufferedCount: s.inspectorBufferedCount + rows.length });
          return;
        }
        appendRows(rows);
      },

      applyInspectorTimeline(entry) {
        set({ inspectorTimeline: cap([...get().inspectorTimeline, entry], 2000) });
      },

      setInspectorPaused(paused) {
        if (paused) return set({ inspectorPaused: true });
        const held = get().inspectorBuffered;
        set({ inspectorPaused: false, inspectorBuffered: [], inspectorBufferedCount: 0 });
        appendRows(held);
      },

      async setInspectorFilter(input) {
        set({ inspectorFilter: input });
        const compiled = compileInspectorFilter(input);
        if (!compiled.ok || isEmptyFilter(compiled.filter)) return;
        try {
          // Main matches text and regex against the raw JSON: load its answer as the list.
          const page = await api.inspector.frames({ limit: 2000, filter: compiled.filter });
          const known = new Set(get().inspectorRows.map((r) => r.seq));
          const merged = [...get().inspectorRows, ...page.items.filter((r) => !known.has(r.seq))].sort((a, b) => a.seq - b.seq);
          set({ inspectorRows: cap(merged, LIVE_ROWS) });
        } catch (error) {
          fail(error);
        }
      },

      async selectFrame(seq) {
        if (seq === null) return set({ inspectorSelected: null });
        set({ inspectorSelected: { seq, json: null } });
        try {
          const { json } = await api.inspector.raw({ seq });
          if (get().inspectorSelected?.seq === seq) set({ inspectorSelected: { seq, json } });
        } catch (error) {
          fail(error);
        }
      },

      async refreshInspector() {
        try {
          const [timeline, stats, rest] = await Promise.all([api.inspector.timeline({ limit: 500 }), api.inspector.stats({}), api.inspector.rest({})]);
          set({ inspectorTimeline: timeline, inspectorStats: stats, inspectorRest: rest });
        } catch (error) {
          fail(error);
        }
      },

      async exportCapture() {
        const compiled = compileInspectorFilter(get().inspectorFilter);
        try {
          return await api.inspector.exportCapture(compiled.ok && !isEmptyFilter(compiled.filter) ? { filter: compiled.filter } : {});
        } catch (error) {
          fail(error);
          return null;
        }
      },

      async importCapture(content) {
        try {
          const result: { captureId: string; frames: number; badLines?: unknown } = await api.inspector.importCapture({ content });
          // main also answers the count of bad lines (beyond the contract's two fields)
          const badLines = typeof result.badLines === 'number' ? result.badLines : 0;
          set({ inspectorImport: { captureId: result.captureId, frames: result.frames, badLines }, inspectorError: null });
        } catch (error) {
          fail(error);
        }
      },

      async startReplay(speed) {
        const capture = get().inspectorImport;
        if (!capture) return;
        try {
          const { jobId } = await api.inspector.replay({ captureId: capture.captureId, speed });
          set({ inspectorReplayJobId: jobId, inspectorTab: 'frames' });
        } catch (error) {
          fail(error);
        }
      },
    };
  };
