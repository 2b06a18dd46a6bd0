// GATEWAY.md §6: strict sn order, duplicate drop, a capped reorder buffer and a gap timeout.
import { describe, expect, it } from 'vitest';
import { SnSequencer } from '../../../../main/kook/gateway/SnSequencer';

function make(cap = 200, gapTimeoutMs = 60_000) {
  let now = 1_000;
  const seq = new SnSequencer<string>({ now: () => now, cap, gapTimeoutMs });
  return { seq, tick: (ms: number) => (now += ms), now: () => now };
}

describe('SnSequencer', () => {
  it('delivers in-order events at once and tracks the last contiguous sn', () => {
    const { seq } = make();
    expect(seq.push(1, 'a')).toEqual({ outcome: 'delivered', delivered: [{ sn: 1, event: 'a' }] });
    expect(seq.push(2, 'b').delivered).toEqual([{ sn: 2, event: 'b' }]);
    expect(seq.lastSn).toBe(2);
  });

  it('buffers early events and releases the run once the missing sn arrives', () => {
    const { seq } = make();
    seq.push(1, 'a');
    expect(seq.push(4, 'd')).toEqual({ outcome: 'reordered', delivered: [] });
    expect(seq.push(3, 'c').outcome).toBe('reordered');
    expect(seq.lastSn).toBe(1);
    expect(seq.push(2, 'b').delivered.map((i) => i.sn)).toEqual([2, 3, 4]);
    expect(seq.bufferedCount).toBe(0);
    expect(seq.nextDeadline()).toBeNull();
  });

  it('drops an sn already delivered or already buffered', () => {
    const { seq } = make();
    seq.push(1, 'a');
    seq.push(3, 'c');
    expect(seq.push(1, 'a').outcome).toBe('duplicate');
    expect(seq.push(3, 'c').outcome).toBe('duplicate');
    expect(seq.bufferedCount).toBe(1);
  });

  it('asks for a resume on the first expiry of a gap and skips it on the second, recording the gap', () => {
    const { seq, tick } = make();
    seq.push(1, 'a'); // delivered at 1000
    tick(500);
    seq.push(4, 'd'); // arrives at 1500
    expect(seq.nextDeadline()).toBe(61_500);
    tick(59_999);
    expect(seq.checkGap()).toEqual({ action: 'none' });
    tick(1);
    expect(seq.checkGap()).toEqual({ action: 'try-resume' });
    tick(59_999);
    expect(seq.checkGap()).toEqual({ action: 'none' });
    tick(1);
    expect(seq.checkGap()).toEqual({ action: 'skipped', gap: { fromSn: 2, toSn: 3, since: 1_000, until: 1_500 }, delivered: [{ sn: 4, event: 'd' }] });
    expect(seq.lastSn).toBe(4);
    expect(seq.nextDeadline()).toBeNull();
  });

  it('skips at once when the buffer is over its cap', () => {
    const { seq } = make(2);
    seq.push(1, 'a');
    seq.push(3, 'c');
    seq.push(4, 'd');
    expect(seq.checkGap()).toEqual({ action: 'none' });
    seq.push(5, 'e');
    const verdict = seq.checkGap();
    expect(verdict.action).toBe('skipped');
    expect(verdict.action === 'skipped' && verdict.delivered.map((i) => i.sn)).toEqual([3, 4, 5]);
  });

  it('reset clears the buffer and starts over from 0 (or a restored sn)', () => {
    const { seq } = make();
    seq.push(1, 'a');
    seq.push(5, 'e');
    seq.reset();
    expect(seq.lastSn).toBe(0);
    expect(seq.bufferedCount).toBe(0);
    expect(seq.push(1, 'x').outcome).toBe('delivered');
    seq.reset(42);
    expect(seq.push(42, 'y').outcome).toBe('duplicate');
    expect(seq.push(43, 'z').outcome).toBe('delivered');
  });
});
