// channel/list|view|create|update|delete and channel-role/* with their events (REST.md B.4, B.5; EVENTS.md §4.2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import type { RawGateway } from './support/rawGateway';
import { type Api, type DemoGuild, bind, body, connect, demoGuild, newMember, startSim, waitEvent } from './support/sim';

let sim: Simulator;
let api: Api;
let g: DemoGuild;
let peer: RawGateway;

type Channel = { id: string; name: string; type: number; parent_id: string; is_category: boolean; slow_mode: number; topic: string; children?: string[]; permission_overwrites: { role_id: number; allow: number; deny: number }[]; permission_users: { user: { id: string }; allow: number; deny: number }[]; permission_sync: number };

beforeAll(async () => {
  sim = await startSim();
  api = bind(sim);
  g = await demoGuild(api);
  peer = (await connect(sim)).peer;
});
afterAll(async () => {
  peer.close();
  await sim.close();
});

describe('channel/list and channel/view', () => {
  it('lists channels paged with the summary fields of REST.md B.4', async () => {
    const list = await api.ok<{ items: Channel[]; meta: { total: number } }>('channel/list', { guild_id: g.guildId });
    expect(list.items.length).toBe(list.meta.total);
    expect(list.items.some((c) => c.type === 0) && list.items.some((c) => c.type === 1) && list.items.some((c) => c.type === 2)).toBe(true);
    for (const k of ['id', 'user_id', 'parent_id', 'name', 'type', 'level', 'limit_amount', 'is_category']) expect(list.items[0]).toHaveProperty(k);
  });

  it('filters channel/list by type and parent_id', async () => {
    const voice = await api.ok<{ items: Channel[] }>('channel/list', { guild_id: g.guildId, type: 2 });
    expect(voice.items.length).toBeGreaterThan(0);
    expect(voice.items.every((c) => c.type === 2)).toBe(true);
    const parent = voice.items[0]?.parent_id ?? '';
    const siblings = await api.ok<{ items: Channel[] }>('channel/list', { guild_id: g.guildId, parent_id: parent });
    expect(siblings.items.every((c) => c.parent_id === parent)).toBe(true);
  });

  it('answers channel/view with overwrites, and children for a category with need_children', async () => {
    const ch = await api.ok<Channel>('channel/view', { target_id: g.channelId });
    expect(ch.id).toBe(g.channelId);
    expect(Array.isArray(ch.permission_overwrites)).toBe(true);
    const category = await api.ok<Channel>('channel/view', { target_id: ch.parent_id, need_children: true });
    expect(category.is_category).toBe(true);
    expect(category.children).toContain(g.channelId);
  });

  it('answers 40000 for an unknown channel', async () => {
    const res = await api.call('channel/view', { target_id: '42' });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40000);
  });
});

describe('channel mutations', () => {
  it('creates a text channel and emits added_channel with is_category as an int', async () => {
    const ch = await api.ok<Channel>('channel/create', { guild_id: g.guildId, name: 'new-room' });
    expect(ch).toMatchObject({ name: 'new-room', type: 1 });
    const ev = await waitEvent(peer, 'added_channel', (f) => body(f)['id'] === ch.id);
    expect(ev.d?.['target_id']).toBe(g.guildId);
    expect(body(ev)['is_category']).toBe(0);
  });

  it('creates a category with is_category=1', async () => {
    const cat = await api.ok<Channel>('channel/create', { guild_id: g.guildId, name: 'new-cat', is_category: 1 });
    expect(cat.type).toBe(0);
    const ev = await waitEvent(peer, 'added_channel', (f) => body(f)['id'] === cat.id);
    expect(body(ev)['is_category']).toBe(1);
  });

  it('updates name, topic and slow_mode (ms) and emits updated_channel', async () => {
    const ch = await api.ok<Channel>('channel/create', { guild_id: g.guildId, name: 'to-update' });
    const updated = await api.ok<Channel>('channel/update', { channel_id: ch.id, name: 'renamed', topic: 'hello', slow_mode: 5000 });
    expect(updated).toMatchObject({ name: 'renamed', topic: 'hello', slow_mode: 5000 });
    const ev = await waitEvent(peer, 'updated_channel', (f) => body(f)['id'] === ch.id && body(f)['name'] === 'renamed');
    expect(body(ev)['slow_mode']).toBe(5000);
  });

  it('refuses a slow_mode outside the allowed list with 40000', async () => {
    const res = await api.call('channel/update', { channel_id: g.channelId, slow_mode: 1234 }, { lang: 'en-US' });
    if (typeof res.body === 'string') throw new Error('not JSON');
    expect(res.body.code).toBe(40000);
    expect(res.body.message).toContain('slow_mode');
  });

  it('deletes a channel, emits deleted_channel, and the channel is gone', async () => {
    const ch = await api.ok<Channel>('channel/create', { guild_id: g.guildId, name: 'doomed' });
    await api.ok('channel/delete', { channel_id: ch.id });
    const ev = await waitEvent(peer, 'deleted_channel', (f) => body(f)['id'] === ch.id);
    expect(typeof body(ev)['deleted_at']).toBe('number');
    const res = await api.call('channel/view', { target_id: ch.id });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40000);
  });
});

describe('channel-role overwrites', () => {
  it('creates, updates (complete sets) and deletes a role overwrite, each emitting updated_channel', async () => {
    const ch = await api.ok<Channel>('channel/create', { guild_id: g.guildId, name: 'overwrites' });
    const vip = g.roleAt(5);
    const created = await api.ok('channel-role/create', { channel_id: ch.id, type: 'role_id', value: String(vip) });
    expect(created).toEqual({ role_id: vip, allow: 0, deny: 0 });
    const updated = await api.ok('channel-role/update', { channel_id: ch.id, type: 'role_id', value: String(vip), allow: 4096, deny: 2048 });
    expect(updated).toEqual({ role_id: vip, allow: 4096, deny: 2048 });
    await waitEvent(peer, 'updated_channel', (f) => body(f)['id'] === ch.id && JSON.stringify(body(f)['permission_overwrites']).includes('"deny":2048'));
    let index = await api.ok<Channel>('channel-role/index', { channel_id: ch.id });
    expect(index.permission_overwrites).toContainEqual({ role_id: vip, allow: 4096, deny: 2048 });
    await api.ok('channel-role/delete', { channel_id: ch.id, type: 'role_id', value: String(vip) });
    index = await api.ok<Channel>('channel-role/index', { channel_id: ch.id });
    expect(index.permission_overwrites.some((o) => o.role_id === vip)).toBe(false);
  });

  it('creates a user overwrite that carries the user object', async () => {
    const ch = await api.ok<Channel>('channel/create', { guild_id: g.guildId, name: 'user-ow' });
    const member = await newMember(api, g.guildId);
    const res = await api.ok<{ user_id: string; user: { id: string }; allow: number; deny: number }>('channel-role/update', { channel_id: ch.id, type: 'user_id', value: member, deny: 4096 });
    expect(res).toMatchObject({ user_id: member, user: { id: member }, allow: 0, deny: 4096 });
    const index = await api.ok<Channel>('channel-role/index', { channel_id: ch.id });
    expect(index.permission_users.map((u) => u.user.id)).toContain(member);
  });

  it('propagates a category overwrite to synced children', async () => {
    const cat = await api.ok<Channel>('channel/create', { guild_id: g.guildId, name: 'cat', is_category: 1 });
    const child = await api.ok<Channel>('channel/create', { guild_id: g.guildId, name: 'child', parent_id: cat.id });
    const before = await api.ok<Channel>('channel/view', { target_id: child.id });
    expect(before.permission_sync).toBe(1);
    await api.ok('channel-role/update', { channel_id: cat.id, type: 'role_id', value: '0', deny: 4096 });
    const after = await api.ok<Channel>('channel-role/index', { channel_id: child.id });
    expect(after.permission_overwrites).toContainEqual({ role_id: 0, allow: 0, deny: 4096 });
  });
});
