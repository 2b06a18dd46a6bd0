// guild-role/*, blacklist/*, guild/kickout and guild-mute/* with their events (REST.md B.3, B.9, B.10; EVENTS.md §4.3–§4.6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import type { RawGateway } from './support/rawGateway';
import { type Api, type DemoGuild, bind, body, connect, demoGuild, freshChannel, newMember, startSim, waitEvent } from './support/sim';

let sim: Simulator;
let api: Api;
let g: DemoGuild;
let peer: RawGateway;

type Role = { role_id: number; name: string; color: number; position: number; hoist: number; mentionable: number; permissions: number };
const inGuild = async (userId: string): Promise<boolean> =>
  (await api.ok<{ items: unknown[] }>('guild/user-list', { guild_id: g.guildId, filter_user_id: userId })).items.length === 1;

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

describe('guild-role', () => {
  it('lists roles paged with REST.md A.4 fields', async () => {
    const list = await api.ok<{ items: Role[]; meta: { total: number } }>('guild-role/list', { guild_id: g.guildId });
    expect(list.items.length).toBe(list.meta.total);
    expect(list.items.some((r) => r.role_id === 0)).toBe(true);
    for (const k of ['role_id', 'name', 'color', 'position', 'hoist', 'mentionable', 'permissions']) expect(list.items[0]).toHaveProperty(k);
  });

  it('creates, updates and deletes a role with added_role / updated_role / deleted_role', async () => {
    const role = await api.ok<Role>('guild-role/create', { guild_id: g.guildId, name: 'Testers' });
    expect(role.name).toBe('Testers');
    await waitEvent(peer, 'added_role', (f) => body(f)['role_id'] === role.role_id);
    const updated = await api.ok<Role>('guild-role/update', { guild_id: g.guildId, role_id: role.role_id, color: 0xff0000, hoist: 1, mentionable: 1, permissions: 4096 });
    expect(updated).toMatchObject({ role_id: role.role_id, color: 0xff0000, hoist: 1, mentionable: 1, permissions: 4096 });
    const ev = await waitEvent(peer, 'updated_role', (f) => body(f)['role_id'] === role.role_id);
    expect(body(ev)).toMatchObject({ color: 0xff0000, permissions: 4096 });
    await api.ok('guild-role/delete', { guild_id: g.guildId, role_id: role.role_id });
    await waitEvent(peer, 'deleted_role', (f) => body(f)['role_id'] === role.role_id);
    const list = await api.ok<{ items: Role[] }>('guild-role/list', { guild_id: g.guildId });
    expect(list.items.some((r) => r.role_id === role.role_id)).toBe(false);
  });

  it('grants and revokes a role: the answer lists the roles and user/view shows them', async () => {
    const member = await newMember(api, g.guildId);
    const vip = g.roleAt(5);
    const granted = await api.ok('guild-role/grant', { guild_id: g.guildId, user_id: member, role_id: vip });
    expect(granted).toEqual({ user_id: member, guild_id: g.guildId, roles: [vip] });
    expect((await api.ok<{ roles: number[] }>('user/view', { user_id: member, guild_id: g.guildId })).roles).toEqual([vip]);
    const revoked = await api.ok('guild-role/revoke', { guild_id: g.guildId, user_id: member, role_id: vip });
    expect(revoked).toEqual({ user_id: member, guild_id: g.guildId, roles: [] });
    expect((await api.ok<{ roles: number[] }>('user/view', { user_id: member, guild_id: g.guildId })).roles).toEqual([]);
  });

  it('refuses to grant a role ranked at or above the bot with 40300', async () => {
    const member = await newMember(api, g.guildId);
    const res = await api.call('guild-role/grant', { guild_id: g.guildId, user_id: member, role_id: g.roleAt(1) });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40300);
  });
});

describe('blacklist', () => {
  it('bans with a remark: added_block_list with operator_id and remark, exited_guild, and blacklist/list shows it', async () => {
    const member = await newMember(api, g.guildId);
    await api.ok('blacklist/create', { guild_id: g.guildId, target_id: member, remark: 'spam' });
    const ev = await waitEvent(peer, 'added_block_list', (f) => JSON.stringify(body(f)['user_id']) === JSON.stringify([member]));
    expect(ev.d?.['target_id']).toBe(g.guildId);
    expect(body(ev)).toEqual({ operator_id: sim.botId, remark: 'spam', user_id: [member] });
    await waitEvent(peer, 'exited_guild', (f) => body(f)['user_id'] === member);
    expect(await inGuild(member)).toBe(false);
    const bans = await api.ok<{ items: { user_id: string; remark: string; created_time: number; user: { id: string } }[] }>('blacklist/list', { guild_id: g.guildId });
    expect(bans.items.find((b) => b.user_id === member)).toMatchObject({ remark: 'spam', user: { id: member } });
    const rejoin = await fetch(`${sim.origin}/_sim/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ guild_id: g.guildId, user_id: member }) });
    expect(((await rejoin.json()) as { code: number }).code).not.toBe(0);
  });

  it("bans with del_msg_days: deleted_message for the user's recent messages, which leave message/list", async () => {
    const room = await freshChannel(api, g.guildId, 'purge');
    const member = await newMember(api, g.guildId);
    const mine: string[] = [];
    for (const text of ['a', 'b', 'c']) mine.push(((await api.act(member, 'message/create', { target_id: room, type: 9, content: text })).data as { msg_id: string }).msg_id);
    const [keep] = [((await api.ok<{ msg_id: string }>('message/create', { target_id: room, type: 9, content: 'bot stays' })).msg_id)];
    await api.ok('blacklist/create', { guild_id: g.guildId, target_id: member, del_msg_days: 1 });
    for (const id of mine) await waitEvent(peer, 'deleted_message', (f) => body(f)['msg_id'] === id);
    const left = (await api.ok<{ items: { id: string }[] }>('message/list', { target_id: room })).items.map((m) => m.id);
    expect(left).toEqual([keep]);
  });

  it('unbans with deleted_block_list', async () => {
    const member = await newMember(api, g.guildId);
    await api.ok('blacklist/create', { guild_id: g.guildId, target_id: member });
    await api.ok('blacklist/delete', { guild_id: g.guildId, target_id: member });
    const ev = await waitEvent(peer, 'deleted_block_list', (f) => JSON.stringify(body(f)['user_id']) === JSON.stringify([member]));
    expect(body(ev)['operator_id']).toBe(sim.botId);
    const bans = await api.ok<{ items: { user_id: string }[] }>('blacklist/list', { guild_id: g.guildId });
    expect(bans.items.some((b) => b.user_id === member)).toBe(false);
  });
});

describe('kick and mute', () => {
  it('kicks with exited_guild and the member is gone from guild/user-list', async () => {
    const member = await newMember(api, g.guildId);
    await waitEvent(peer, 'joined_guild', (f) => body(f)['user_id'] === member);
    await api.ok('guild/kickout', { guild_id: g.guildId, target_id: member });
    const ev = await waitEvent(peer, 'exited_guild', (f) => body(f)['user_id'] === member);
    expect(typeof body(ev)['exited_at']).toBe('number');
    expect(await inGuild(member)).toBe(false);
  });

  it('mutes and unmutes (mic and headset) with add_guild_mute / delete_guild_mute and guild-mute/list', async () => {
    const member = await newMember(api, g.guildId);
    for (const type of [1, 2]) {
      await api.ok('guild-mute/create', { guild_id: g.guildId, user_id: member, type });
      const ev = await waitEvent(peer, 'add_guild_mute', (f) => body(f)['user_id'] === member && body(f)['type'] === type);
      expect(body(ev)['guild_id']).toBe(g.guildId);
    }
    const list = await api.ok<{ mic: { type: number; user_ids: string[] }; headset: { type: number; user_ids: string[] } }>('guild-mute/list', { guild_id: g.guildId });
    expect(list.mic).toEqual({ type: 1, user_ids: [member] });
    expect(list.headset).toEqual({ type: 2, user_ids: [member] });
    await api.ok('guild-mute/delete', { guild_id: g.guildId, user_id: member, type: 1 });
    await waitEvent(peer, 'delete_guild_mute', (f) => body(f)['user_id'] === member && body(f)['type'] === 1);
    const after = await api.ok<{ mic: { user_ids: string[] } }>('guild-mute/list', { guild_id: g.guildId });
    expect(after.mic.user_ids).toEqual([]);
  });

  it('refuses a mute type other than 1 or 2 with 40000', async () => {
    const member = await newMember(api, g.guildId);
    const res = await api.call('guild-mute/create', { guild_id: g.guildId, user_id: member, type: 3 });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40000);
  });
});
