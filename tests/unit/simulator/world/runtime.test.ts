import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../main/simulator/world';
import { call, fixture, makeWorld, record, EPOCH } from './helpers';

describe('big preset', () => {
  it('starts fast and pages deep into 100k members and 100k messages lazily', () => {
    const t0 = performance.now();
    const w = createWorld({ seed: 11, preset: 'big', epochMs: EPOCH });
    expect(performance.now() - t0).toBeLessThan(500);
    const gid = call<{ items: { id: string }[] }>(w, 'guild/list').items[0]?.id ?? '';
    const channels = call<{ items: { id: string; name: string }[] }>(w, 'channel/list', { guild_id: gid }).items;
    const firehose = channels.find((c) => c.name === 'firehose')?.id ?? '';
    expect(w.messageCount(firehose)).toBe(100_000);
    const t1 = performance.now();
    const deep = call<{ items: { id: string }[]; meta: { total: number } }>(w, 'guild/user-list', { guild_id: gid, page: 1500 });
    expect(deep.items).toHaveLength(50);
    expect(deep.meta.total).toBe(100_001);
    const latest = call<{ items: { id: string }[] }>(w, 'message/list', { target_id: firehose, page_size: 100 });
    let cursor = latest.items[0]?.id ?? '';
    for (let i = 0; i < 5; i++) cursor = call<{ items: { id: string }[] }>(w, 'message/list', { target_id: firehose, msg_id: cursor, flag: 'before', page_size: 100 }).items[0]?.id ?? '';
    expect(performance.now() - t1).toBeLessThan(200);
    expect(call(w, 'message/view', { msg_id: cursor })).toMatchObject({ id: cursor, channel_id: firehose });
  });
});

describe('persistence', () => {
  it('survives a restart with the file seed winning, and sets a corrupt file aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'world-'));
    const a = createWorld({ seed: 5, preset: 'demo', epochMs: EPOCH, dataDir: dir });
    const f = fixture(a);
    const { msg_id } = call<{ msg_id: string }>(a, 'message/create', { target_id: f.textId, type: 9, content: 'persisted' });
    call(a, 'guild/kickout', { guild_id: f.guildId, target_id: f.plain() });
    await a.close();
    const b = createWorld({ seed: 99, preset: 'empty', dataDir: dir });
    expect(call(b, 'message/view', { msg_id })).toMatchObject({ content: 'persisted' });
    expect(b.isMember(f.guildId, f.plain())).toBe(false);
    await b.close();
    writeFileSync(join(dir, 'world.json'), '{ not json');
    const c = createWorld({ seed: 5, preset: 'empty', dataDir: dir });
    expect(readdirSync(dir).some((n) => n.startsWith('world.json.corrupt-'))).toBe(true);
    expect(c.isMember(f.guildId, f.plain(1))).toBe(false);
    await c.save();
    expect(existsSync(join(dir, 'world.json'))).toBe(true);
    await c.close();
  });

  it('resets in place to another preset on the same bus', () => {
    const w = makeWorld();
    const bus = w.bus;
    w.admin.reset({ seed: 1, preset: 'empty' });
    expect(w.bus).toBe(bus);
    expect(call<{ items: unknown[] }>(w, 'guild/list').items).toHaveLength(1);
  });
});

describe('traffic generator', () => {
  it('emits at the requested rate within a tolerance, then stops', async () => {
    const w = makeWorld();
    const events = record(w);
    w.traffic.start({ rate: 3000 });
    expect(w.traffic.rate).toBe(3000);
    await new Promise((r) => setTimeout(r, 500));
    w.traffic.stop();
    const n = events.length;
    expect(n).toBeGreaterThan(3000 * 0.5 * 0.7);
    expect(n).toBeLessThan(3000 * 0.5 * 1.4);
    expect(new Set(events.map((e) => e.kind)).size).toBeGreaterThan(3);
    await new Promise((r) => setTimeout(r, 50));
    expect(events.length).toBe(n);
    expect(w.traffic.rate).toBe(0);
  });

  it('does not replay its last run after a restart on the same data folder and seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'world-'));
    const firstMessages = async (): Promise<string[]> => {
      const w = createWorld({ seed: 5, preset: 'demo', epochMs: EPOCH, dataDir: dir });
      const events = record(w);
      w.traffic.start({ rate: 400, mix: { message: 1, edit: 0, delete: 0, reaction: 0, join: 0, leave: 0, presence: 0 } });
      await new Promise((r) => setTimeout(r, 150));
      w.traffic.stop();
      await w.close();
      const said = events.filter((e) => e.data.type !== 255).map((e) => `${e.data.author_id}:${e.data.target_id}:${e.data.content}`);
      expect(said.length).toBeGreaterThanOrEqual(5);
      return said.slice(0, 5);
    };
    const first = await firstMessages();
    const second = await firstMessages();
    expect(second).not.toEqual(first);
  });
});
