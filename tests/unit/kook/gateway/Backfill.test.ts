// Backfill over REST (`message/list flag=after`) of what a gap lost, per watched channel.
import { describe, expect, it } from 'vitest';
import { Backfill } from '../../../../main/kook/gateway/Backfill';
import type { ListMessagesQuery, ListedMessage } from '../../../../main/kook/gateway/types';

/** A fake `message/list` over a channel's history, answering pages in an arbitrary order. */
function history(byChannel: Record<string, ListedMessage[]>) {
  const queries: ListMessagesQuery[] = [];
  const list = async (q: ListMessagesQuery): Promise<ListedMessage[]> => {
    queries.push(q);
    const all = [...(byChannel[q.channelId] ?? [])].sort((a, b) => a.create_at - b.create_at);
    if (q.after === undefined) return all.slice(-q.pageSize).reverse();
    const at = all.findIndex((m) => m.id === q.after);
    return all.slice(at + 1, at + 1 + q.pageSize).reverse();
  };
  return { list, queries };
}

const msgs = (prefix: string, n: number, start: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, create_at: start + i * 10 }));

describe('Backfill', () => {
  it('pages after the last seen message until a short page, per channel, merged in create_at order', async () => {
    const a = msgs('a', 12, 1_000);
    const b = msgs('b', 3, 1_005);
    const { list, queries } = history({ A: a, B: b });
    const backfill = new Backfill(list, { pageSize: 5 });
    const out = await backfill.fetchMissed([
      { channelId: 'A', msgId: 'a1', at: 1_010 },
      { channelId: 'B', msgId: 'b0', at: 1_005 },
    ]);
    expect(out.map((o) => o.message.id)).toEqual(['b1', 'a2', 'b2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11']);
    expect(out.find((o) => o.message.id === 'b1')?.channelId).toBe('B');
    expect(queries.filter((q) => q.channelId === 'A').map((q) => q.after)).toEqual(['a1', 'a6', 'a11']);
  });

  it('leaves out messages already seen', async () => {
    const { list } = history({ A: msgs('a', 4, 0) });
    const out = await new Backfill(list).fetchMissed([{ channelId: 'A', msgId: 'a0', at: 0 }], (id) => id === 'a2');
    expect(out.map((o) => o.message.id)).toEqual(['a1', 'a3']);
  });

  it('starts from the latest page for a channel with no anchor, keeping only messages after `at`', async () => {
    const { list } = history({ A: msgs('a', 4, 100) });
    const out = await new Backfill(list).fetchMissed([{ channelId: 'A', msgId: null, at: 115 }]);
    expect(out.map((o) => o.message.id)).toEqual(['a2', 'a3']);
  });

  it('stops when the server keeps returning the same full page', async () => {
    let calls = 0;
    const stuck = async () => {
      calls += 1;
      return [{ id: 'x', create_at: 1 }];
    };
    const out = await new Backfill(stuck, { pageSize: 1 }).fetchMissed([{ channelId: 'A', msgId: 'w', at: 0 }]);
    expect(out).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
