import { describe, expect, it } from 'vitest';
import { call, codeOf, fixture, makeWorld, record, ORIGIN } from './helpers';

type UserList = { items: { id: string; username: string; nickname: string; roles: number[]; joined_at: number; active_time: number; mobile_verified: boolean }[]; meta: { total: number; page_total: number; page_size: number }; user_count: number; online_count: number; offline_count: number };

describe('guild routes', () => {
  it('answers gateway/index, user/me and user/view with KOOK field names', () => {
    const w = makeWorld();
    const f = fixture(w);
    expect(call(w, 'gateway/index', {}).url).toContain('compress=1');
    expect(call(w, 'gateway/index', { compress: 0 }).url).toContain('compress=0');
    expect(call(w, 'user/me')).toMatchObject({ id: w.defaultBot.id, bot: true, mobile_prefix: '86' });
    const u = call(w, 'user/view', { user_id: f.plain(), guild_id: f.guildId });
    expect(u).toMatchObject({ id: f.plain(), roles: [] });
    expect(String(u['avatar'])).toMatch(new RegExp(`^${ORIGIN}/_sim/img/avatar/\\w+\\.png$`));
    // A bot is offline until its gateway connects (the simulator wires sessions to presence).
    expect(call(w, 'user/get-online-status')).toEqual({ online: false, online_os: [] });
    w.admin.setOnline(w.defaultBot.id, true);
    expect(call(w, 'user/get-online-status')).toEqual({ online: true, online_os: ['Websocket'] });
  });

  it('filters and sorts guild/user-list and clamps page_size to 50', () => {
    const w = makeWorld();
    const f = fixture(w);
    const all = call<UserList>(w, 'guild/user-list', { guild_id: f.guildId, page_size: 80 });
    expect(all.items).toHaveLength(50);
    expect(all.meta.page_size).toBe(50);
    expect(all.user_count).toBe(all.meta.total);
    expect(all.online_count + all.offline_count).toBe(all.user_count);
    const vip = f.roleId('VIP');
    const vips = call<UserList>(w, 'guild/user-list', { guild_id: f.guildId, role_id: vip });
    expect(vips.meta.total).toBeGreaterThan(0);
    expect(vips.items.every((m) => m.roles.includes(vip))).toBe(true);
    const needle = all.items[5]!.username.slice(0, 3).toUpperCase();
    const found = call<UserList>(w, 'guild/user-list', { guild_id: f.guildId, search: needle });
    expect(found.items.every((m) => m.username.toUpperCase().includes(needle) || m.nickname.toUpperCase().includes(needle))).toBe(true);
    const verified = call<UserList>(w, 'guild/user-list', { guild_id: f.guildId, mobile_verified: 0 });
    expect(verified.items.every((m) => !m.mobile_verified)).toBe(true);
    const active = call<UserList>(w, 'guild/user-list', { guild_id: f.guildId, active_time: 1 }).items;
    for (let i = 1; i < active.length; i++) expect(active[i]!.active_time).toBeLessThanOrEqual(active[i - 1]!.active_time);
    const newest = call<UserList>(w, 'guild/user-list', { guild_id: f.guildId, joined_at: 1 }).items;
    for (let i = 1; i < newest.length; i++) expect(newest[i]!.joined_at).toBeLessThanOrEqual(newest[i - 1]!.joined_at);
    expect(call<UserList>(w, 'guild/user-list', { guild_id: f.guildId, filter_user_id: f.plain() }).items.map((m) => m.id)).toEqual([f.plain()]);
    const staff = w.routes.find((r) => r.path === 'guild/view');
    expect(staff).toBeDefined();
  });

  it('limits channel_id filtering to members who can view the channel', () => {
    const w = makeWorld();
    const f = fixture(w);
    call(w, 'channel-role/update', { channel_id: f.textId, type: 'role_id', value: '0', deny: 2048 });
    const seeing = call<UserList>(w, 'guild/user-list', { guild_id: f.guildId, channel_id: f.textId });
    expect(seeing.meta.total).toBeLessThan(seeing.user_count);
    expect(seeing.items.map((m) => m.id)).not.toContain(f.plain());
  });

  it('changes nicknames, kicks, mutes, and emits the member events', () => {
    const w = makeWorld();
    const f = fixture(w);
    const events = record(w);
    call(w, 'guild/nickname', { guild_id: f.guildId, user_id: f.plain(), nickname: 'renamed' });
    expect(w.getMember(f.guildId, f.plain())?.nickname).toBe('renamed');
    expect(codeOf(() => call(w, 'guild/nickname', { guild_id: f.guildId, nickname: 'x' }))).toBe(40000);
    call(w, 'guild-mute/create', { guild_id: f.guildId, user_id: f.plain(1), type: 1 });
    expect(call(w, 'guild-mute/list', { guild_id: f.guildId, return_type: 'detail' })).toEqual({ mic: { type: 1, user_ids: [f.plain(1)] }, headset: { type: 2, user_ids: [] } });
    call(w, 'guild-mute/delete', { guild_id: f.guildId, user_id: f.plain(1), type: 1 });
    call(w, 'guild/kickout', { guild_id: f.guildId, target_id: f.plain(1) });
    expect(w.isMember(f.guildId, f.plain(1))).toBe(false);
    expect(events.map((e) => e.kind)).toEqual(['updated_guild_member', 'add_guild_mute', 'delete_guild_mute', 'exited_guild']);
  });

  it('creates, updates and deletes channels with events', () => {
    const w = makeWorld();
    const f = fixture(w);
    const events = record(w);
    const ch = call<{ id: string; type: number }>(w, 'channel/create', { guild_id: f.guildId, name: 'new-room' });
    expect(ch.type).toBe(1);
    call(w, 'channel/update', { channel_id: ch.id, topic: 't', slow_mode: 5000 });
    expect(call(w, 'channel/view', { target_id: ch.id })).toMatchObject({ topic: 't', slow_mode: 5000 });
    call(w, 'channel/delete', { channel_id: ch.id });
    expect(events.map((e) => e.kind)).toEqual(['added_channel', 'updated_channel', 'deleted_channel']);
    expect(events[0]?.data.extra).toMatchObject({ body: { is_category: 0 } });
    expect(codeOf(() => call(w, 'channel/create', { guild_id: f.guildId, name: 'x' }, f.plain()))).toBe(40300);
  });
});

describe('blacklist', () => {
  it('bans with remark, removes the member, deletes recent messages with del_msg_days, and unbans', () => {
    const w = makeWorld();
    const f = fixture(w);
    const target = f.plain(3);
    call(w, 'channel/update', { channel_id: f.textId, slow_mode: 0 });
    for (let i = 0; i < 3; i++) call(w, 'message/create', { target_id: f.textId, type: 1, content: `spam ${i}` }, target);
    const count = w.messageCount(f.textId);
    const events = record(w);
    call(w, 'blacklist/create', { guild_id: f.guildId, target_id: target, remark: 'spam', del_msg_days: 1 });
    expect(w.messageCount(f.textId)).toBe(count - 3);
    expect(w.isMember(f.guildId, target)).toBe(false);
    expect(events.filter((e) => e.kind === 'deleted_message')).toHaveLength(3);
    expect(events.find((e) => e.kind === 'added_block_list')?.data.extra).toEqual({ type: 'added_block_list', body: { operator_id: w.defaultBot.id, remark: 'spam', user_id: [target] } });
    expect(events.some((e) => e.kind === 'exited_guild')).toBe(true);
    const bans = call<{ items: { user_id: string; remark: string; created_time: number }[] }>(w, 'blacklist/list', { guild_id: f.guildId });
    expect(bans.items[0]).toMatchObject({ user_id: target, remark: 'spam' });
    expect(() => w.admin.join(f.guildId, target)).toThrow();
    expect(codeOf(() => call(w, 'blacklist/create', { guild_id: f.guildId, target_id: target, del_msg_days: 8 }))).toBe(40000);
    expect(codeOf(() => call(w, 'blacklist/list', { guild_id: f.guildId }, f.plain()))).toBe(40300);
    call(w, 'blacklist/delete', { guild_id: f.guildId, target_id: target });
    expect(events[events.length - 1]?.kind).toBe('deleted_block_list');
  });
});

describe('direct messages and admin acts', () => {
  it('creates a DM session, lists messages and chats, delivering PERSON events to both', () => {
    const w = makeWorld();
    const f = fixture(w);
    const events = record(w);
    const out = call<{ msg_id: string }>(w, 'direct-message/create', { target_id: f.plain(), type: 1, content: 'hello', nonce: 'x' });
    expect(events.map((e) => e.audience)).toEqual([{ kind: 'user', userId: [w.defaultBot.id, f.plain()].sort()[0] }, { kind: 'user', userId: [w.defaultBot.id, f.plain()].sort()[1] }]);
    const chats = call<{ items: { code: string; target_info: { id: string } }[] }>(w, 'user-chat/list');
    expect(chats.items[0]?.code).toMatch(/^[0-9a-f]{32}$/);
    expect(chats.items[0]?.target_info.id).toBe(f.plain());
    const dms = call<{ items: { id: string }[] }>(w, 'direct-message/list', { chat_code: chats.items[0]?.code });
    expect(dms.items.map((m) => m.id)).toEqual([out.msg_id]);
    expect(codeOf(() => call(w, 'direct-message/create', { content: 'x' }))).toBe(40000);
  });

  it('joins, leaves, changes presence and creates bots', () => {
    const w = makeWorld();
    const f = fixture(w);
    const events = record(w);
    const { userId } = w.admin.join(f.guildId);
    expect(w.isMember(f.guildId, userId)).toBe(true);
    w.admin.setOnline(userId, false);
    w.admin.leave(f.guildId, userId);
    expect(events.map((e) => e.kind)).toEqual(['joined_guild', 'guild_member_offline', 'exited_guild']);
    expect(events[1]?.audience).toEqual({ kind: 'user', userId: w.defaultBot.id });
    const bot = w.admin.createBot({ name: 'Second', guildIds: [f.guildId] });
    expect(w.authenticate(bot.token)).toBe(bot.id);
    expect(w.isMember(f.guildId, bot.id)).toBe(true);
    call(w, 'guild/kickout', { guild_id: f.guildId, target_id: bot.id }, f.ownerId);
    expect(events.some((e) => e.kind === 'self_exited_guild' && e.audience.kind === 'user' && e.audience.userId === bot.id)).toBe(true);
  });
});
