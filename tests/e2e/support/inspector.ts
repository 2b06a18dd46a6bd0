// The gateway inspector's state in browser mode, for the inspector e2e flows. The store is read
// through the bench hook (renderer/benchHook.ts exposes the zustand store as
// window.__kookdeskBench): a flow waits on it where the DOM alone cannot tell "not yet" from
// "never" (the filter the store holds, whether pause took effect, which rows main pushed), and
// then polls what a moderator sees until it holds too.
import type { Locator, Page } from 'playwright-core';
import type { InspectorFilterInput } from '../../../renderer/store/inspector/filter';

/** The filter form's fields, as the store holds them. */
export type InspectorFilterView = InspectorFilterInput;

/** What the flows read of the inspector slice (renderer/store/inspector/slice.ts). */
export interface InspectorState {
  rows: { seq: number; signal: number }[];
  filter: InspectorFilterView;
  paused: boolean;
  buffered: number;
}

/** The slice's fields as the page holds them; typed here because the tests' tsconfig has no DOM lib. */
interface InspectorSliceView {
  inspectorRows: { seq: number; signal: number }[];
  inspectorFilter: InspectorFilterView;
  inspectorPaused: boolean;
  inspectorBufferedCount: number;
}
interface BenchGlobal {
  __kookdeskBench: { getState(): InspectorSliceView };
}

export function inspectorState(page: Page): Promise<InspectorState> {
  return page.evaluate(() => {
    const s = (globalThis as unknown as BenchGlobal).__kookdeskBench.getState();
    return {
      rows: s.inspectorRows.map((r) => ({ seq: r.seq, signal: r.signal })),
      filter: { ...s.inspectorFilter },
      paused: s.inspectorPaused,
      buffered: s.inspectorBufferedCount,
    };
  });
}

export function isFilterEmpty(f: InspectorFilterView): boolean {
  return Object.values(f).every((v) => v === '');
}

/** The newest seq in the store's live list (0 when empty). */
export function newestSeq(s: InspectorState): number {
  return s.rows.at(-1)?.seq ?? 0;
}

export interface RenderedFrame {
  seq: number;
  signal: number;
}

/**
 * The frame rows in the DOM right now ("Frame 12, signal 0, delivered"), read in one evaluation so
 * a re-render cannot interleave. The list is virtualized: only rows near the viewport are there.
 */
export async function renderedFrames(list: Locator): Promise<RenderedFrame[]> {
  const labels = await list.getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.flatMap((label) => {
    const m = /^Frame (\d+), signal (\d+), /.exec(label);
    return m ? [{ seq: Number(m[1]), signal: Number(m[2]) }] : [];
  });
}
