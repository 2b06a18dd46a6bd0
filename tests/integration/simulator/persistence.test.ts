// Persistence with dataDir (issue 2 §2 "--data DIR") and determinism from the seed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bind, demoGuild, startSim } from './support/sim';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('persistence', () => {
  it('keeps a posted message, a new channel and a ban across a restart from the same data dir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kook-sim-'));
    dirs.push(dataDir);
    const first = await startSim({ dataDir });
    const a = bind(first);
    const g = await demoGuild(a);
    const sent = await a.ok<{ msg_id: string }>('message/create', { target_id: g.channelId, type: 9, content: 'persist me' });
    const ch = await a.ok<{ id: string }>('channel/create', { guild_id: g.guildId, name: 'kept' });
    const member = (await a.admin<{ data: { user_id: string } }>('join', { guild_id: g.guildId })).data.user_id;
    await a.ok('blacklist/create', { guild_id: g.guildId, target_id: member, remark: 'kept' });
    await first.close();

    const second = await startSim({ dataDir });
    try {
      const b = bind(second);
      expect(second.token).toBe(first.token);
      expect(await b.ok('message/view', { msg_id: sent.msg_id })).toMatchObject({ id: sent.msg_id, content: 'persist me' });
      const latest = await b.ok<{ items: { id: string }[] }>('message/list', { target_id: g.channelId, page_size: 1 });
      expect(latest.items.map((m) => m.id)).toEqual([sent.msg_id]);
      expect(await b.ok('channel/view', { target_id: ch.id })).toMatchObject({ name: 'kept' });
      const bans = await b.ok<{ items: { user_id: string; remark: string }[] }>('blacklist/list', { guild_id: g.guildId });
      expect(bans.items).toContainEqual(expect.objectContaining({ user_id: member, remark: 'kept' }));
    } finally {
      await second.close();
    }
  });
});

describe('determinism', () => {
  it('gives two simulators with the same seed identical guild/list, channel/list and first message page', async () => {
    const [x, y] = await Promise.all([startSim({ seed: 7 }), startSim({ seed: 7 })]);
    try {
      const [a, b] = [bind(x), bind(y)];
      expect(x.token).toBe(y.token);
      const guildsA = await a.ok<{ items: { id: string; icon: string }[] }>('guild/list');
      const guildsB = await b.ok<{ items: { id: string; icon: string }[] }>('guild/list');
      const strip = (s: unknown, origin: string): string => JSON.stringify(s).split(origin).join('ORIGIN');
      expect(strip(guildsA, x.origin)).toBe(strip(guildsB, y.origin));
      const gid = guildsA.items[0]?.id;
      const chA = await a.ok<{ items: { id: string; type: number }[] }>('channel/list', { guild_id: gid });
      expect(chA).toEqual(await b.ok('channel/list', { guild_id: gid }));
      const text = chA.items.find((c) => c.type === 1)?.id;
      const pageA = await a.ok('message/list', { target_id: text });
      const pageB = await b.ok('message/list', { target_id: text });
      expect(strip(pageA, x.origin)).toBe(strip(pageB, y.origin));
    } finally {
      await Promise.all([x.close(), y.close()]);
    }
  });

  it('gives a different seed a different world', async () => {
    const [x, y] = await Promise.all([startSim({ seed: 7 }), startSim({ seed: 8 })]);
    try {
      const a = await bind(x).ok<{ items: { id: string }[] }>('guild/list');
      const b = await bind(y).ok<{ items: { id: string }[] }>('guild/list');
      expect(a.items.map((g) => g.id)).not.toEqual(b.items.map((g) => g.id));
    } finally {
      await Promise.all([x.close(), y.close()]);
    }
  });
});
