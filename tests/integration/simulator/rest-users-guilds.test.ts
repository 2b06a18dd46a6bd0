// user/*, guild/list|view|user-list|nickname and standard pagination (REST.md B.2, B.3; PROTOCOL.md "Pagination").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import { type Api, type DemoGuild, bind, connect, demoGuild, startSim, waitEvent } from './support/sim';

let sim: Simulator;
let api: Api;
let g: DemoGuild;

interface Paged<T = Record<string, unknown>> {
  items: T[];
  meta: { page: number; page_total: number; page_size: number; total: number };
  sort: unknown;
}
type UserList = Paged<{ id: string; roles: number[]; joined_at: number; active_time: number; mobile_verified: boolean; username: string; nickname: string }> & {
  user_count: number;
  online_count: number;
  offline_count: number;
};

beforeAll(async () => {
  sim = await startSim();
  api = bind(sim);
  g = await demoGuild(api);
});
afterAll(() => sim.close());

describe('user', () => {
  it('answers user/me in the envelope with the bot and the me-extras of REST.md A.1', async () => {
    const res = await api.call('user/me');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    if (typeof res.body === 'string') throw new Error('not JSON');
    expect(res.body.code).toBe(0);
    expect(res.body.message).toBe('操作成功');
    const me = res.body.data as Record<string, unknown>;
    expect(me).toMatchObject({ id: sim.botId, bot: true });
    for (const k of ['username', 'identify_num', 'avatar', 'status', 'client_id', 'mobile_prefix', 'invited_count']) expect(me).toHaveProperty(k);
    expect(me['identify_num']).toMatch(/^\d{4}$/);
  });

  it('localises the envelope message with Accept-Language: en-US', async () => {
    const res = await api.call('user/me', {}, { lang: 'en-US' });
    expect(typeof res.body !== 'string' && res.body.message).toBe('success');
  });

  it('answers 401 with the envelope for a wrong or missing token', async () => {
    for (const token of ['nope', null]) {
      const res = await api.call('user/me', {}, { token });
      expect(res.status).toBe(401);
      expect(typeof res.body !== 'string' && res.body.code).not.toBe(0);
    }
  });

  it('answers user/view with guild context: nickname, roles, joined_at, active_time', async () => {
    const plain = await api.ok<Record<string, unknown>>('user/view', { user_id: g.ownerId });
    expect(plain).toMatchObject({ id: g.ownerId });
    const inGuild = await api.ok<Record<string, unknown>>('user/view', { user_id: sim.botId, guild_id: g.guildId });
    expect(Array.isArray(inGuild['roles'])).toBe(true);
    expect((inGuild['roles'] as number[]).length).toBeGreaterThan(0);
    expect(typeof inGuild['joined_at']).toBe('number');
    expect(typeof inGuild['active_time']).toBe('number');
  });

  it('answers 40000 for user/view of an unknown user', async () => {
    const res = await api.call('user/view', { user_id: '999' });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40000);
  });

  it('shows the bot offline until a gateway session says HELLO, online while connected, offline after close', async () => {
    expect(await api.ok('user/get-online-status')).toEqual({ online: false, online_os: [] });
    const { peer } = await connect(sim);
    expect(await api.ok('user/get-online-status')).toEqual({ online: true, online_os: ['Websocket'] });
    peer.close();
    await peer.waitForClose();
    await expect.poll(() => api.ok('user/get-online-status')).toEqual({ online: false, online_os: [] });
  });
});

describe('gateway/index', () => {
  it('returns a ws:// URL carrying compress and a token for compress=0 and 1', async () => {
    for (const compress of [0, 1]) {
      const { url } = await api.ok<{ url: string }>('gateway/index', { compress });
      const u = new URL(url);
      expect(u.protocol).toBe('ws:');
      expect(u.searchParams.get('compress')).toBe(String(compress));
      expect(u.searchParams.get('token')).toBeTruthy();
    }
  });
});

describe('guild/list and standard pagination', () => {
  it('lists the demo guilds with meta and REST.md A.3 fields', async () => {
    const page = await api.ok<Paged>('guild/list');
    expect(page.items.length).toBe(4);
    expect(page.meta).toEqual({ page: 1, page_total: 1, page_size: 50, total: 4 });
    for (const k of ['id', 'name', 'topic', 'user_id', 'icon', 'notify_type', 'region', 'enable_open', 'open_id', 'default_channel_id', 'welcome_channel_id', 'boost_num', 'level']) {
      expect(page.items[0]).toHaveProperty(k);
    }
  });

  it('pages with page_size 1 and reports page_total', async () => {
    const p2 = await api.ok<Paged<{ id: string }>>('guild/list', { page: 2, page_size: 1 });
    const all = await api.ok<Paged<{ id: string }>>('guild/list');
    expect(p2.items.map((x) => x.id)).toEqual([all.items[1]?.id]);
    expect(p2.meta).toEqual({ page: 2, page_total: 4, page_size: 1, total: 4 });
  });

  it('answers a page past the end with empty items and the true meta', async () => {
    const page = await api.ok<Paged>('guild/list', { page: 9, page_size: 2 });
    expect(page.items).toEqual([]);
    expect(page.meta).toEqual({ page: 9, page_total: 2, page_size: 2, total: 4 });
  });

  it('clamps a page_size over the max to 50', async () => {
    const page = await api.ok<Paged>('guild/user-list', { guild_id: g.guildId, page_size: 500 });
    expect(page.items.length).toBe(50);
    expect(page.meta.page_size).toBe(50);
  });

  it('refuses page 0 and negative pages with 40000 naming page', async () => {
    for (const page of [0, -1]) {
      const res = await api.call('guild/list', { page }, { lang: 'en-US' });
      if (typeof res.body === 'string') throw new Error('not JSON');
      expect(res.body.code).toBe(40000);
      expect(res.body.message).toContain('page');
    }
  });
});

describe('guild/view', () => {
  it('includes roles (with @everyone = role 0) and channels', async () => {
    const view = await api.ok<{ roles: { role_id: number }[]; channels: { id: string; type: number }[] }>('guild/view', { guild_id: g.guildId });
    expect(view.roles.some((r) => r.role_id === 0)).toBe(true);
    expect(view.channels.length).toBeGreaterThan(10);
    for (const k of ['role_id', 'name', 'color', 'position', 'hoist', 'mentionable', 'permissions']) expect(view.roles[0]).toHaveProperty(k);
  });

  it('answers 40000 for an unknown guild', async () => {
    const res = await api.call('guild/view', { guild_id: '12345' });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40000);
  });
});

describe('guild/user-list', () => {
  it('adds user_count, online_count and offline_count that add up', async () => {
    const list = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId });
    expect(list.user_count).toBe(list.meta.total);
    expect(list.online_count + list.offline_count).toBe(list.user_count);
    expect(list.online_count).toBeGreaterThan(0);
    for (const k of ['id', 'username', 'nickname', 'roles', 'joined_at', 'active_time', 'mobile_verified', 'online']) expect(list.items[0]).toHaveProperty(k);
  });

  it('filters by role_id', async () => {
    const mod = g.roleAt(2);
    const list = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId, role_id: mod });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((m) => m.roles.includes(mod))).toBe(true);
    expect(list.meta.total).toBeLessThan(list.user_count);
  });

  it('filters by search over username and nickname', async () => {
    const list = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId, search: 'admin1' });
    expect(list.items.length).toBeGreaterThanOrEqual(1);
    expect(list.items.every((m) => `${m.username} ${m.nickname}`.toLowerCase().includes('admin1'))).toBe(true);
  });

  it('filters by mobile_verified', async () => {
    for (const v of [0, 1]) {
      const list = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId, mobile_verified: v, page_size: 50 });
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((m) => m.mobile_verified === (v === 1))).toBe(true);
    }
  });

  it('filters by channel_id to members who can view it', async () => {
    const view = await api.ok<{ channels: { id: string; name: string }[] }>('guild/view', { guild_id: g.guildId });
    const privateCh = view.channels.find((c) => c.name === '管理员频道');
    const all = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId });
    const few = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId, channel_id: privateCh?.id });
    expect(few.meta.total).toBeGreaterThan(0);
    expect(few.meta.total).toBeLessThan(all.meta.total);
  });

  it('filters by filter_user_id', async () => {
    const list = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId, filter_user_id: g.ownerId });
    expect(list.items.map((m) => m.id)).toEqual([g.ownerId]);
    expect(list.meta.total).toBe(1);
  });

  it('sorts by joined_at and active_time in both directions (0 asc, 1 desc)', async () => {
    for (const key of ['joined_at', 'active_time'] as const) {
      const asc = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId, [key]: 0, page_size: 50 });
      const desc = await api.ok<UserList>('guild/user-list', { guild_id: g.guildId, [key]: 1, page_size: 50 });
      const a = asc.items.map((m) => m[key]);
      const d = desc.items.map((m) => m[key]);
      expect(a).toEqual([...a].sort((x, y) => x - y));
      expect(d).toEqual([...d].sort((x, y) => y - x));
      expect(d[0]).toBeGreaterThanOrEqual(a[a.length - 1] ?? 0);
    }
  });
});

describe('guild/nickname', () => {
  it('sets a nickname, emits updated_guild_member, and user/view shows it', async () => {
    const { peer } = await connect(sim);
    await api.ok('guild/nickname', { guild_id: g.guildId, nickname: 'Deskbot' });
    const ev = await waitEvent(peer, 'updated_guild_member');
    expect(ev.d?.extra).toMatchObject({ body: { user_id: sim.botId, nickname: 'Deskbot' } });
    const me = await api.ok<{ nickname: string }>('user/view', { user_id: sim.botId, guild_id: g.guildId });
    expect(me.nickname).toBe('Deskbot');
    peer.close();
  });
});
