// GATEWAY.md §10: PONGs keep coming but events stop → probe REST; messages the gateway never delivered
// force a reconnect (resume first) and are reported as a 'silent-stream' gap with needs-backfill.
import { describe, expect, it } from 'vitest';
import type { ListMessagesQuery, ListedMessage } from '../../../../main/kook/gateway/types';
import { makeClient, message } from './fakes';

const MIN = 60_000;

function setup(rest: (q: ListMessagesQuery, now: number) => ListedMessage[]) {
  const queries: ListMessagesQuery[] = [];
  const box: { now: () => number } = { now: () => 0 };
  const t = makeClient({
    watchedChannels: () => ['chan-1', 'chan-2'],
    listMessages: async (q) => {
      queries.push(q);
      return rest(q, box.now());
    },
  });
  box.now = () => t.clock.now();
  return { t, queries };
}

describe('GatewayClient: silent-stream watchdog', () => {
  it('probes REST after 5 quiet minutes and forces a resume when REST shows undelivered messages', async () => {
    const { t, queries } = setup((q, now) => (q.channelId === 'chan-1' ? [{ id: 'm-missed', create_at: now - 2 * MIN }] : []));
    const socket = await t.connect('s-1');
    socket.autoPong = true;
    socket.event(1, message('chan-1', 'm-live', t.clock.now()));
    await t.clock.advance(5 * MIN - 1);
    expect(queries).toEqual([]);
    await t.clock.advance(MIN); // next watchdog check
    expect(queries).toEqual([
      { channelId: 'chan-1', after: 'm-live', pageSize: 10 },
      { channelId: 'chan-2', pageSize: 10 },
    ]);
    expect(t.seen.gap).toMatchObject([{ fromSn: 2, toSn: null, reason: 'silent-stream' }]);
    expect(t.seen['needs-backfill']).toEqual([
      {
        reason: 'silent-stream',
        lastSeen: [
          { channelId: 'chan-1', msgId: 'm-live', at: expect.any(Number) },
          { channelId: 'chan-2', msgId: null, at: expect.any(Number) },
        ],
      },
    ]);
    expect(socket.closed).toBe(true);
    await t.clock.advance(0);
    expect(t.last().url).toContain('&resume=1&sn=1&session_id=s-1');
  });

  it('stays connected when REST has nothing the gateway missed', async () => {
    const { t, queries } = setup(() => []);
    const socket = await t.connect();
    socket.autoPong = true;
    await t.clock.advance(7 * MIN);
    expect(queries.length).toBeGreaterThan(0);
    expect(t.client.state).toBe('CONNECTED');
    expect(t.sockets).toHaveLength(1);
    expect(t.seen.gap).toEqual([]);
  });

  it('does not count a message still inside the grace window as missed', async () => {
    const { t } = setup((_q, now) => [{ id: 'fresh', create_at: now - 1_000 }]);
    const socket = await t.connect();
    socket.autoPong = true;
    await t.clock.advance(6 * MIN);
    expect(t.client.state).toBe('CONNECTED');
    expect(t.seen.gap).toEqual([]);
  });

  it('does not probe while events keep arriving', async () => {
    const { t, queries } = setup(() => [{ id: 'x', create_at: 0 }]);
    const socket = await t.connect();
    socket.autoPong = true;
    for (let sn = 1; sn <= 10; sn += 1) {
      socket.event(sn);
      await t.clock.advance(MIN);
    }
    expect(queries).toEqual([]);
  });
});
