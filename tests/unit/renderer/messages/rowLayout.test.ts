// The history list's row geometry: sizes reused across appends and prepends, measured sizes
// kept by key, running tops settled lazily, offsets found by binary search.
import { describe, expect, it, vi } from 'vitest';
import { RowLayout } from '../../../../renderer/features/messages/virtual/rowLayout';

const keys = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `m${from + i}`);

describe('RowLayout', () => {
  it('lays rows out from estimates and finds the row under an offset', () => {
    const layout = new RowLayout();
    layout.setRows(keys(1, 4), () => 10);
    expect(layout.count).toBe(4);
    expect([0, 1, 2, 3, 4].map((i) => layout.start(i))).toEqual([0, 10, 20, 30, 40]);
    expect(layout.total()).toBe(40);
    expect(layout.indexAt(0)).toBe(0);
    expect(layout.indexAt(19.9)).toBe(1);
    expect(layout.indexAt(20)).toBe(2);
    expect(layout.indexAt(1000)).toBe(3);
    expect(layout.indexAt(-5)).toBe(0);
  });

  it('moves every later row when one is measured, and says whether anything changed', () => {
    const layout = new RowLayout();
    layout.setRows(keys(1, 4), () => 10);
    expect(layout.start(3)).toBe(30);
    expect(layout.setSize(1, 25)).toBe(true);
    expect(layout.setSize(1, 25)).toBe(false);
    expect([layout.start(2), layout.start(3), layout.total()]).toEqual([35, 45, 55]);
  });

  it('asks for estimates only of rows it has not seen: appended ones on append, prepended ones on prepend', () => {
    const layout = new RowLayout();
    const estimate = vi.fn((_key: string) => 10);
    layout.setRows(keys(10, 19), estimate);
    layout.setSize(0, 30);
    estimate.mockClear();
    layout.setRows(keys(10, 22), estimate);
    expect(estimate.mock.calls.map(([k]) => k)).toEqual(['m20', 'm21', 'm22']);
    expect(layout.size(0)).toBe(30);
    estimate.mockClear();
    layout.setRows(keys(5, 22), estimate);
    expect(estimate.mock.calls.map(([k]) => k)).toEqual(['m5', 'm6', 'm7', 'm8', 'm9']);
    expect(layout.size(5)).toBe(30);
    expect(layout.start(6)).toBe(50 + 30);
  });

  it('keeps measured sizes by key across other rows (a jump back shows rows at their measured size)', () => {
    const layout = new RowLayout();
    layout.setRows(['a', 'b'], () => 10);
    layout.setSize(1, 33);
    layout.setRows(['x', 'y'], () => 10);
    expect(layout.total()).toBe(20);
    layout.setRows(['b', 'c'], () => 10);
    expect(layout.size(0)).toBe(33);
    expect(layout.total()).toBe(43);
  });

  it('handles an empty list and growth past its first capacity', () => {
    const layout = new RowLayout();
    expect(layout.total()).toBe(0);
    expect(layout.indexAt(10)).toBe(0);
    layout.setRows(keys(1, 5000), () => 2);
    expect(layout.total()).toBe(10_000);
    expect(layout.indexAt(9_999)).toBe(4999);
    layout.setRows([], () => 2);
    expect(layout.count).toBe(0);
    expect(layout.total()).toBe(0);
  });
});
