import { describe, expect, it } from 'vitest';
import { Ledger } from '../../../../main/simulator/gateway/ledger';
import { ReplayBuffer } from '../../../../main/simulator/gateway/replay';

const row = (sessionId: string, sn: number) => ({ sessionId, sn, msgId: `m${sn}`, kind: '9', at: 0 });

describe('gateway ledger and replay buffer (bounded memory)', () => {
  it('keeps every row of a small run, per session or all', () => {
    const ledger = new Ledger(100);
    for (let sn = 1; sn <= 10; sn++) ledger.record(row(sn % 2 ? 'a' : 'b', sn));
    expect(ledger.entries()).toHaveLength(10);
    expect(ledger.entries('a').map((r) => r.sn)).toEqual([1, 3, 5, 7, 9]);
  });

  it('drops the oldest rows past its capacity', () => {
    const ledger = new Ledger(5000);
    for (let sn = 1; sn <= 20_000; sn++) ledger.record(row('a', sn));
    const rows = ledger.entries();
    expect(rows).toHaveLength(5000);
    expect(rows[0]?.sn).toBe(15_001);
    expect(rows.at(-1)?.sn).toBe(20_000);
  });

  it('replays only the last `capacity` events', () => {
    const replay = new ReplayBuffer(3);
    for (let sn = 1; sn <= 5; sn++) replay.push(sn, `e${sn}`);
    expect(replay.covers(2)).toBe(true);
    expect(replay.covers(1)).toBe(false);
    expect(replay.covers(6)).toBe(false);
    expect([3, 4, 5].map((sn) => replay.get(sn))).toEqual(['e3', 'e4', 'e5']);
    expect(replay.get(2)).toBeUndefined();
  });
});
