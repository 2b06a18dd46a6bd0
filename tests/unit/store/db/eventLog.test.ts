import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidFilterError, type KookdeskDatabase, openInMemoryModerationDatabase, openModerationDatabase } from '../../../../main/store/db';
import { TEXT_SCAN_WINDOW } from '../../../../main/store/db/framePage';
import { frame, tmpDbFile } from './helpers';

const seqs = (p: { items: { seq: number }[] }): number[] => p.items.map((f) => f.seq);

describe('event log', () => {
  let db: KookdeskDatabase;
  beforeEach(() => {
    db = openInMemoryModerationDatabase();
  });

  it('appends a batch and pages newest last, back with beforeSeq', () => {
    db.events.append(Array.from({ length: 10 }, (_, i) => frame(i + 1)));
    const newest = db.events.page({}, 4);
    expect(seqs(newest)).toEqual([7, 8, 9, 10]);
    expect(newest).toMatchObject({ total: 10, oldestSeq: 7 });
    expect(seqs(db.events.page({}, 4, 7))).toEqual([3, 4, 5, 6]);
    expect(db.events.page({}, 4, 3)).toMatchObject({ items: [{ seq: 1 }, { seq: 2 }], oldestSeq: 1 });
    expect(db.events.page({}, 4, 1)).toMatchObject({ items: [], oldestSeq: null });
    expect(newest.items[3]).toEqual({ seq: 10, at: 1_000_010, signal: 0, sn: 10, eventType: '1', channelType: 'GROUP', guildId: 'g1', channelId: 'c1', authorId: 'u1', bytes: 100, compressedBytes: 60, outcome: 'delivered' });
    expect(db.events.count()).toBe(10);
  });

  it('filters by signal, event type, guild, channel and user, with exact totals', () => {
    db.events.append([
      frame(1, { signal: 1, sn: null, eventType: null, guildId: null, channelId: null, authorId: null, outcome: 'control' }),
      frame(2, { eventType: '9', guildId: 'g1', channelId: 'c1', authorId: 'u1' }),
      frame(3, { eventType: 'added_block_list', guildId: 'g2', channelId: null, authorId: '1' }),
      frame(4, { eventType: '9', guildId: 'g2', channelId: 'c2', authorId: 'u2' }),
      frame(5, { signal: 3, sn: null, eventType: null, guildId: null, channelId: null, authorId: null, outcome: 'control' }),
    ]);
    const f = (filter: Parameters<typeof db.events.page>[0]): number[] => seqs(db.events.page(filter, 50));
    expect(f({ signals: [1, 3] })).toEqual([1, 5]);
    expect(f({ signals: [] })).toEqual([]);
    expect(f({ eventTypes: ['9'] })).toEqual([2, 4]);
    expect(f({ eventTypes: ['9', 'added_block_list'] })).toEqual([2, 3, 4]);
    expect(f({ guildId: 'g2' })).toEqual([3, 4]);
    expect(f({ channelId: 'c2' })).toEqual([4]);
    expect(f({ userId: 'u1' })).toEqual([2]);
    expect(f({ guildId: 'g2', eventTypes: ['9'] })).toEqual([4]);
    expect(db.events.page({ guildId: 'g2' }, 1)).toMatchObject({ total: 2, items: [{ seq: 4 }] });
  });

  it('filters by free text and regex over the raw frame, case-insensitively', () => {
    db.events.append([
      frame(1, { raw: '{"d":{"content":"Hello World"}}' }),
      frame(2, { raw: '{"d":{"content":"加入我们的服务器 discord.gg/abc"}}' }),
      frame(3, { raw: '{"d":{"content":"100% off_sale"}}' }),
      frame(4, { raw: '{"d":{"content":"hello again"}}', guildId: 'g9' }),
    ]);
    const f = (filter: Parameters<typeof db.events.page>[0]): number[] => seqs(db.events.page(filter, 50));
    expect(f({ text: 'hello' })).toEqual([1, 4]);
    expect(f({ text: '服务器' })).toEqual([2]);
    expect(f({ text: '100%' })).toEqual([3]);
    expect(f({ text: '%' })).toEqual([3]); // LIKE wildcards are literal here
    expect(f({ text: 'off_' })).toEqual([3]);
    expect(f({ text: 'hello', guildId: 'g9' })).toEqual([4]);
    expect(f({ regex: 'discord\\.gg/\\w+' })).toEqual([2]);
    expect(f({ regex: '^\\{"d":\\{"content":"h' })).toEqual([1, 4]);
    expect(db.events.page({ text: 'hello' }, 1)).toMatchObject({ items: [{ seq: 4 }], total: 2, scanLimited: false });
  });

  it('refuses an invalid or catastrophic regex with a typed error', () => {
    db.events.append([frame(1)]);
    expect(() => db.events.page({ regex: '(unclosed' }, 10)).toThrow(InvalidFilterError);
    expect(() => db.events.page({ regex: '(a+)+$' }, 10)).toThrow(/nested quantifiers/u);
    expect(() => db.events.page({ regex: 'x'.repeat(201) }, 10)).toThrow(InvalidFilterError);
  });

  it('bounds a text search to a window of recent frames and lets the caller continue from its edge', () => {
    const n = TEXT_SCAN_WINDOW + 500;
    db.events.append(Array.from({ length: n }, (_, i) => frame(i + 1, { raw: i + 1 === 10 || i + 1 === n ? 'needle' : 'hay' })));
    const first = db.events.page({ text: 'needle' }, 10);
    expect(seqs(first)).toEqual([n]);
    expect(first).toMatchObject({ scanLimited: true, total: 1 });
    expect(first.oldestSeq).toBe(n + 1 - TEXT_SCAN_WINDOW);
    const next = db.events.page({ text: 'needle' }, 10, first.oldestSeq ?? 0);
    expect(seqs(next)).toEqual([10]);
    expect(next.scanLimited).toBe(true);
  });

  it('returns the raw frame by seq', () => {
    db.events.append([frame(1, { raw: '{"s":0,"sn":1}' })]);
    expect(db.events.raw(1)).toBe('{"s":0,"sn":1}');
    expect(db.events.raw(2)).toBeNull();
  });

  it('keeps seq monotonic when the caller restarts its numbering', () => {
    db.events.append([frame(5), frame(6)]);
    db.events.append([frame(1), frame(2)]);
    expect(seqs(db.events.page({}, 10))).toEqual([5, 6, 7, 8]);
    expect(db.events.lastSeq()).toBe(8);
  });

  it('continues seq after a reopen, even when everything was pruned', () => {
    const file = tmpDbFile();
    const a = openModerationDatabase(file);
    a.events.append([frame(1), frame(2), frame(3)]);
    a.events.prune(0, 1e12, 0);
    expect(a.events.count()).toBe(0);
    a.close();
    const b = openModerationDatabase(file);
    expect(b.events.lastSeq()).toBe(3);
    b.events.append([frame(1)]);
    expect(seqs(b.events.page({}, 10))).toEqual([4]);
    expect(b.events.count()).toBe(1);
    b.close();
  });

  it('prunes the oldest frames beyond the size cap', () => {
    db.events.append(Array.from({ length: 25_000 }, (_, i) => frame(i + 1)));
    expect(db.events.prune(10_000, 1e12, 0)).toBe(15_000);
    expect(db.events.count()).toBe(10_000);
    expect(db.events.page({}, 1, 15_002).items[0]?.seq).toBe(15_001);
    expect(db.events.page({}, 1, 15_001).items).toEqual([]);
    expect(db.events.raw(15_000)).toBeNull(); // the raw JSON goes with its row
    expect(db.events.raw(15_001)).not.toBeNull();
    expect(db.events.prune(10_000, 1e12, 0)).toBe(0);
  });

  it('prunes frames older than the retention age', () => {
    db.events.append(Array.from({ length: 100 }, (_, i) => frame(i + 1, { at: i * 1000 })));
    // now = 100 s, keep 30 s: frames at < 70 s go (seq 1..70).
    expect(db.events.prune(1_000_000, 30_000, 100_000)).toBe(70);
    expect(db.events.page({}, 100).items[0]?.seq).toBe(71);
    expect(db.events.page({}, 100).total).toBe(30);
  });

  it('records the connection timeline, newest last', () => {
    db.events.appendTimeline({ at: 1, from: 'idle', to: 'connecting', reason: 'start' });
    db.events.appendTimeline({ at: 2, from: 'connecting', to: 'open', reason: 'hello' });
    db.events.appendTimeline({ at: 3, from: 'open', to: 'resuming', reason: 'heartbeat timeout' });
    expect(db.events.timeline(2)).toEqual([
      { at: 2, from: 'connecting', to: 'open', reason: 'hello' },
      { at: 3, from: 'open', to: 'resuming', reason: 'heartbeat timeout' },
    ]);
    expect(db.events.timeline(10)).toHaveLength(3);
  });
});
