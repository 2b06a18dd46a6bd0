// Effective permissions per REST.md A.12 (roles + channel overwrites, admin bypass, view gating)
// and the role hierarchy, for the bot and for members acting through /_sim/act.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import { type Api, type DemoGuild, bind, demoGuild, freshChannel, newMember, startSim } from './support/sim';

let sim: Simulator;
let api: Api;
let g: DemoGuild;
let adminId: string;
let modId: string;

const SEND = 4096;
const VIEW = 2048;
const post = async (as: string, channelId: string): Promise<number> => (await api.act(as, 'message/create', { target_id: channelId, type: 9, content: 'x' })).code;
/** Overwrites are set by the owner, who is never locked out of a channel by them. */
const overwrite = async (channelId: string, type: 'role_id' | 'user_id', value: string | number, allow: number, deny: number): Promise<void> => {
  const res = await api.act(g.ownerId, 'channel-role/update', { channel_id: channelId, type, value: String(value), allow, deny });
  if (res.code !== 0) throw new Error(`overwrite failed: ${JSON.stringify(res)}`);
};
const firstWithRole = async (roleId: number): Promise<string> => {
  const list = await api.ok<{ items: { id: string; roles: number[] }[] }>('guild/user-list', { guild_id: g.guildId, role_id: roleId });
  const m = list.items.find((x) => x.id !== g.ownerId);
  if (!m) throw new Error(`nobody has role ${roleId}`);
  return m.id;
};

beforeAll(async () => {
  sim = await startSim();
  api = bind(sim);
  g = await demoGuild(api);
  adminId = await firstWithRole(g.roleAt(1));
  modId = await firstWithRole(g.roleAt(2));
});
afterAll(() => sim.close());

describe('channel overwrites', () => {
  it('lets a plain member post where nothing is denied', async () => {
    const room = await freshChannel(api, g.guildId);
    expect(await post(await newMember(api, g.guildId), room)).toBe(0);
  });

  it('refuses a member with 40300 when @everyone is denied send, and a role allow restores it', async () => {
    const room = await freshChannel(api, g.guildId);
    const member = await newMember(api, g.guildId);
    const vip = g.roleAt(5);
    await overwrite(room, 'role_id', 0, 0, SEND);
    expect(await post(member, room)).toBe(40300);
    await overwrite(room, 'role_id', vip, SEND, 0);
    await api.ok('guild-role/grant', { guild_id: g.guildId, user_id: member, role_id: vip });
    expect(await post(member, room)).toBe(0);
  });

  it('lets a user overwrite beat the role overwrites', async () => {
    const room = await freshChannel(api, g.guildId);
    const member = await newMember(api, g.guildId);
    const vip = g.roleAt(5);
    await overwrite(room, 'role_id', vip, SEND, 0);
    await api.ok('guild-role/grant', { guild_id: g.guildId, user_id: member, role_id: vip });
    await overwrite(room, 'user_id', member, 0, SEND);
    expect(await post(member, room)).toBe(40300);
    await overwrite(room, 'user_id', member, SEND, 0);
    await overwrite(room, 'role_id', 0, 0, SEND);
    expect(await post(member, room)).toBe(0);
  });

  it('lets the administrator bit bypass every overwrite', async () => {
    const room = await freshChannel(api, g.guildId);
    await overwrite(room, 'role_id', 0, 0, SEND | VIEW);
    await overwrite(room, 'user_id', adminId, 0, SEND | VIEW);
    expect(await post(adminId, room)).toBe(0);
    expect((await api.act(adminId, 'message/list', { target_id: room })).code).toBe(0);
  });

  it('makes a text channel without view unreadable (message/list, channel/view) and hides it from channel/list', async () => {
    const room = await freshChannel(api, g.guildId);
    const member = await newMember(api, g.guildId);
    await overwrite(room, 'role_id', 0, 0, VIEW);
    expect((await api.act(member, 'message/list', { target_id: room })).code).toBe(40300);
    expect((await api.act(member, 'channel/view', { target_id: room })).code).toBe(40300);
    expect(await post(member, room)).toBe(40300);
    const list = await api.act(member, 'channel/list', { guild_id: g.guildId, page_size: 50 });
    expect(JSON.stringify(list.data)).not.toContain(room);
  });

  it('applies the same algorithm to the bot: @everyone deny send refuses the bot until its role is allowed', async () => {
    const room = await freshChannel(api, g.guildId);
    await overwrite(room, 'role_id', 0, 0, SEND);
    const res = await api.call('message/create', { target_id: room, type: 9, content: 'bot' });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40300);
    const me = await api.ok<{ roles: number[] }>('user/view', { user_id: sim.botId, guild_id: g.guildId });
    await overwrite(room, 'role_id', me.roles[0] ?? -1, SEND, 0);
    expect((await api.call('message/create', { target_id: room, type: 9, content: 'bot' })).status).toBe(200);
  });
});

describe('guild permissions and hierarchy', () => {
  it('refuses a member without kick or ban with 40300', async () => {
    const member = await newMember(api, g.guildId);
    const victim = await newMember(api, g.guildId);
    expect((await api.act(member, 'guild/kickout', { guild_id: g.guildId, target_id: victim })).code).toBe(40300);
    expect((await api.act(member, 'blacklist/create', { guild_id: g.guildId, target_id: victim })).code).toBe(40300);
    expect((await api.act(member, 'message/pin', { target_id: g.channelId, msg_id: 'x' })).code).not.toBe(0);
  });

  it('refuses the bot to ban or kick a member with a more senior role', async () => {
    const ban = await api.call('blacklist/create', { guild_id: g.guildId, target_id: modId });
    expect(typeof ban.body !== 'string' && ban.body.code).toBe(40300);
    const kick = await api.call('guild/kickout', { guild_id: g.guildId, target_id: adminId });
    expect(typeof kick.body !== 'string' && kick.body.code).toBe(40300);
  });

  it('keeps the owner untouchable, even by an administrator', async () => {
    const res = await api.call('blacklist/create', { guild_id: g.guildId, target_id: g.ownerId });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40300);
    expect((await api.act(adminId, 'guild/kickout', { guild_id: g.guildId, target_id: g.ownerId })).code).toBe(40300);
  });

  it('lets a moderator kick a junior member but not the administrator', async () => {
    const member = await newMember(api, g.guildId);
    expect((await api.act(modId, 'guild/kickout', { guild_id: g.guildId, target_id: member })).code).toBe(0);
    expect((await api.act(modId, 'guild/kickout', { guild_id: g.guildId, target_id: adminId })).code).toBe(40300);
  });

  it('lets the owner do anything', async () => {
    const member = await newMember(api, g.guildId);
    expect((await api.act(g.ownerId, 'blacklist/create', { guild_id: g.guildId, target_id: modId, remark: 'owner says' })).code).toBe(0);
    expect((await api.act(g.ownerId, 'guild/kickout', { guild_id: g.guildId, target_id: member })).code).toBe(0);
  });
});
