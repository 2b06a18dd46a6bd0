// The loopback admin API (main/simulator/http/admin/index.ts): acting as members under the
// same permission checks, join/leave, presence, bots, REST faults, ledger, sessions, traffic, reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import type { RawGateway } from './support/rawGateway';
import { type Api, type DemoGuild, bind, body, connect, demoGuild, freshChannel, newMember, sleep, startSim, waitEvent } from './support/sim';

let sim: Simulator;
let api: Api;
let g: DemoGuild;
let peer: RawGateway;
let sessionId: string;
let modId: string;
let adminId: string;

const withRole = async (roleId: number): Promise<string> => {
  const list = await api.ok<{ items: { id: string }[] }>('guild/user-list', { guild_id: g.guildId, role_id: roleId });
  const found = list.items.find((m) => m.id !== g.ownerId)?.id;
  if (!found) throw new Error('no member with that role');
  return found;
};

beforeAll(async () => {
  sim = await startSim();
  api = bind(sim);
  g = await demoGuild(api);
  modId = await withRole(g.roleAt(2));
  adminId = await withRole(g.roleAt(1));
  ({ peer, sessionId } = await connect(sim));
});
afterAll(async () => {
  peer.close();
  await sim.close();
});

describe('/_sim/act', () => {
  it('sends, edits, reacts to and deletes a message as a member, with the events naming that member', async () => {
    const member = await newMember(api, g.guildId);
    const sent = await api.act(member, 'message/create', { target_id: g.channelId, type: 9, content: 'from a member' });
    expect(sent).toMatchObject({ code: 0, data: { msg_id: expect.any(String) } });
    const msgId = (sent.data as { msg_id: string }).msg_id;
    const ev = await waitEvent(peer, '9', (f) => f.d?.['msg_id'] === msgId);
    expect(ev.d).toMatchObject({ author_id: member, target_id: g.channelId });
    expect((await api.act(member, 'message/update', { msg_id: msgId, content: 'edited' })).code).toBe(0);
    await waitEvent(peer, 'updated_message', (f) => body(f)['msg_id'] === msgId);
    expect((await api.act(member, 'message/add-reaction', { msg_id: msgId, emoji: '[#128077;]' })).code).toBe(0);
    expect(body(await waitEvent(peer, 'added_reaction', (f) => body(f)['msg_id'] === msgId))['user_id']).toBe(member);
    expect((await api.act(member, 'message/delete', { msg_id: msgId })).code).toBe(0);
    await waitEvent(peer, 'deleted_message', (f) => body(f)['msg_id'] === msgId);
  });

  it('bans as a moderator: added_block_list carries that moderator as operator_id', async () => {
    const victim = await newMember(api, g.guildId);
    const res = await api.act(modId, 'blacklist/create', { guild_id: g.guildId, target_id: victim, remark: 'by a mod' });
    expect(res.code).toBe(0);
    const ev = await waitEvent(peer, 'added_block_list', (f) => JSON.stringify(body(f)['user_id']) === JSON.stringify([victim]));
    expect(body(ev)).toMatchObject({ operator_id: modId, remark: 'by a mod' });
  });

  it('kicks, mutes and pins as a moderator', async () => {
    const victim = await newMember(api, g.guildId);
    expect((await api.act(modId, 'guild-mute/create', { guild_id: g.guildId, user_id: victim, type: 1 })).code).toBe(0);
    await waitEvent(peer, 'add_guild_mute', (f) => body(f)['user_id'] === victim);
    const msg = await api.ok<{ msg_id: string }>('message/create', { target_id: g.channelId, type: 9, content: 'pin me' });
    expect((await api.act(modId, 'message/pin', { target_id: g.channelId, msg_id: msg.msg_id })).code).toBe(0);
    expect(body(await waitEvent(peer, 'pinned_message', (f) => body(f)['msg_id'] === msg.msg_id))['operator_id']).toBe(modId);
    expect((await api.act(modId, 'guild/kickout', { guild_id: g.guildId, target_id: victim })).code).toBe(0);
    await waitEvent(peer, 'exited_guild', (f) => body(f)['user_id'] === victim);
  });

  it('changes channels as a moderator and roles as an administrator, with their events', async () => {
    const ch = await api.act(modId, 'channel/create', { guild_id: g.guildId, name: 'mod-made' });
    expect(ch.code).toBe(0);
    const chId = (ch.data as { id: string }).id;
    expect(body(await waitEvent(peer, 'added_channel', (f) => body(f)['id'] === chId))['user_id']).toBe(modId);
    expect((await api.act(modId, 'channel/update', { channel_id: chId, topic: 'mods' })).code).toBe(0);
    await waitEvent(peer, 'updated_channel', (f) => body(f)['id'] === chId && body(f)['topic'] === 'mods');
    const role = await api.act(adminId, 'guild-role/create', { guild_id: g.guildId, name: 'by-admin' });
    expect(role.code).toBe(0);
    const roleId = (role.data as { role_id: number }).role_id;
    await waitEvent(peer, 'added_role', (f) => body(f)['role_id'] === roleId);
    const member = await newMember(api, g.guildId);
    expect((await api.act(adminId, 'guild-role/grant', { guild_id: g.guildId, user_id: member, role_id: roleId })).data).toMatchObject({ roles: [roleId] });
    expect((await api.ok<{ roles: number[] }>('user/view', { user_id: member, guild_id: g.guildId })).roles).toEqual([roleId]);
    expect((await api.act(adminId, 'guild-role/revoke', { guild_id: g.guildId, user_id: member, role_id: roleId })).data).toMatchObject({ roles: [] });
  });

  it('applies the same permission checks: a plain member gets 40300 for moderation', async () => {
    const member = await newMember(api, g.guildId);
    const victim = await newMember(api, g.guildId);
    expect((await api.act(member, 'blacklist/create', { guild_id: g.guildId, target_id: victim })).code).toBe(40300);
    expect((await api.act(member, 'channel/create', { guild_id: g.guildId, name: 'nope' })).code).toBe(40300);
    expect((await api.act(modId, 'guild-role/create', { guild_id: g.guildId, name: 'nope' })).code).toBe(40300);
  });

  it('answers an unknown path with the 404 envelope', async () => {
    const res = await api.act(modId, 'message/explode');
    expect(res.code).toBe(404);
  });
});

describe('membership, presence and bots', () => {
  it('joins a new member (joined_guild) and makes them leave (exited_guild)', async () => {
    const joined = await api.admin<{ data: { user_id: string } }>('join', { guild_id: g.guildId });
    const id = joined.data.user_id;
    expect(body(await waitEvent(peer, 'joined_guild', (f) => body(f)['user_id'] === id))['joined_at']).toEqual(expect.any(Number));
    await api.admin('leave', { guild_id: g.guildId, user_id: id });
    await waitEvent(peer, 'exited_guild', (f) => body(f)['user_id'] === id);
  });

  it('sets presence: guild_member_online / offline reach the bot as PERSON events with the shared guilds', async () => {
    const member = await newMember(api, g.guildId);
    await api.admin('presence', { user_id: member, online: false });
    await api.admin('presence', { user_id: member, online: true });
    const on = await waitEvent(peer, 'guild_member_online', (f) => body(f)['user_id'] === member);
    expect(on.d).toMatchObject({ channel_type: 'PERSON', target_id: sim.botId });
    expect(body(on)['guilds']).toEqual([g.guildId]);
    await api.admin('presence', { user_id: member, online: false });
    await waitEvent(peer, 'guild_member_offline', (f) => body(f)['user_id'] === member);
    const list = await api.ok<{ items: { online: boolean }[] }>('guild/user-list', { guild_id: g.guildId, filter_user_id: member });
    expect(list.items[0]?.online).toBe(false);
  });

  it('creates another bot whose token works and who is a member of the given guild', async () => {
    const res = await api.admin<{ data: { id: string; token: string } }>('bots', { name: 'Second Bot', guild_ids: [g.guildId] });
    const me = await bind({ ...sim, apiBase: sim.apiBase, token: res.data.token } as Simulator).ok<{ id: string; bot: boolean }>('user/me');
    expect(me).toMatchObject({ id: res.data.id, bot: true });
    expect((await api.ok<{ items: unknown[] }>('guild/user-list', { guild_id: g.guildId, filter_user_id: res.data.id })).items).toHaveLength(1);
  });
});

describe('REST faults', () => {
  it('answers a 429 storm on a chosen route, `count` times, with Reset = ms, and counts it', async () => {
    await api.admin('faults/rest', { route: 'user/me', kind: '429', count: 2, ms: 1500 });
    const a = await api.call('user/me');
    const b = await api.call('user/me');
    const c = await api.call('user/me');
    expect([a.status, b.status, c.status]).toEqual([429, 429, 200]);
    expect(a.headers.get('x-rate-limit-reset')).toBe('1.500');
    expect(typeof a.body !== 'string' && a.body.code).toBe(429);
    expect((await api.call('guild/list')).status).toBe(200);
    const counters = await api.admin<{ data: { faults: Record<string, number> } }>('ratelimit/counters');
    expect(counters.data.faults['user/me']).toBe(2);
  });

  it('answers 5xx with the envelope on a chosen route until cleared', async () => {
    await api.admin('faults/rest', { route: 'guild/list', kind: '5xx', status: 502 });
    expect((await api.call('guild/list')).status).toBe(502);
    expect((await api.call('guild/list')).status).toBe(502);
    expect((await api.admin<{ data: { rest: unknown[] } }>('faults')).data.rest).toHaveLength(1);
    await api.admin('faults/clear', {});
    expect((await api.call('guild/list')).status).toBe(200);
  });

  it('slows a chosen route by ms', async () => {
    await api.admin('faults/rest', { route: 'user/me', kind: 'slow', ms: 100, count: 1 });
    const t0 = performance.now();
    await api.ok('user/me');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(95);
    const t1 = performance.now();
    await api.ok('user/me');
    expect(performance.now() - t1).toBeLessThan(80);
  });
});

describe('ledger and sessions', () => {
  it('proves exactly-once, in-order delivery: every numbered ledger row of the session was received once, in order', async () => {
    const own = await connect(sim);
    const room = await freshChannel(api, g.guildId, 'ledger');
    for (let i = 0; i < 5; i++) await api.ok('message/create', { target_id: room, type: 9, content: `l${i}` });
    await own.peer.waitFor(() => own.peer.events().filter((f) => f.d?.['target_id'] === room).length >= 5);
    await sleep(30);
    const ledger = await api.admin<{ data: { items: { sessionId: string; sn: number | 'withheld'; msgId: string; kind: string }[] } }>(`ledger?session_id=${own.sessionId}`);
    const rows = ledger.data.items.filter((r) => typeof r.sn === 'number');
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.every((r) => r.sessionId === own.sessionId)).toBe(true);
    const received = own.peer.events().map((f) => ({ sn: f.sn, msgId: f.d?.['msg_id'] }));
    expect(received).toEqual(rows.map((r) => ({ sn: r.sn, msgId: r.msgId })));
    expect(received.map((r) => r.sn)).toEqual(rows.map((_, i) => i + 1));
    own.peer.close();
  });

  it('lists sessions with their last sn and connection state', async () => {
    const res = await api.admin<{ data: { items: { sessionId: string; botId: string; lastSn: number; connected: boolean; compress: boolean }[] } }>('sessions');
    expect(res.data.items.find((s) => s.sessionId === sessionId)).toMatchObject({ botId: sim.botId, connected: true, compress: false });
  });

  it('reports health', async () => {
    const res = await api.admin<{ data: { ok: boolean; origin: string } }>('health');
    expect(res.data).toMatchObject({ ok: true, origin: sim.origin });
  });
});

describe('traffic generator', () => {
  it('delivers events to a connected peer at roughly the requested rate', async () => {
    const before = peer.events().length;
    await api.admin('traffic', { rate: 400, guild_id: g.guildId });
    await sleep(500);
    await api.admin('traffic', { rate: 0 });
    const got = peer.events().length - before;
    expect(got).toBeGreaterThan(400 * 0.5 * 0.4);
    expect(got).toBeLessThan(400 * 0.5 * 3);
    await sleep(50);
    const settled = peer.events().length;
    await sleep(150);
    expect(peer.events().length).toBe(settled);
  });
});

describe('reset', () => {
  it('puts the world back to the seed: new messages and members vanish, guilds return', async () => {
    const initial = await api.ok<{ items: { id: string; name: string }[] }>('guild/list');
    const room = g.textChannels[0]?.id;
    const fresh = await startSim();
    const pristine = await bind(fresh).ok<{ items: { id: string }[] }>('message/list', { target_id: room });
    await fresh.close();
    const extra = await api.ok<{ msg_id: string }>('message/create', { target_id: g.channelId, type: 9, content: 'ephemeral' });
    await api.admin('reset', { seed: 1, preset: 'demo' });
    expect(await api.ok('guild/list')).toEqual(initial);
    expect((await api.ok<{ items: { id: string }[] }>('message/list', { target_id: room })).items.map((m) => m.id)).toEqual(pristine.items.map((m) => m.id));
    expect((await api.call('message/view', { msg_id: extra.msg_id })).body).toMatchObject({ code: 40000 });
    await api.admin('reset', { seed: 2, preset: 'empty' });
    const empty = await bind(sim).ok<{ items: unknown[] }>('guild/list');
    expect(empty.items).toHaveLength(1);
  });
});
