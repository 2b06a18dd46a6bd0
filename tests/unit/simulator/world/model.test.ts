import { describe, expect, it } from 'vitest';
import { call, codeOf, fixture, makeWorld, record } from './helpers';

describe('world determinism', () => {
  it('builds identical ids, names and messages from the same seed and preset', () => {
    const a = makeWorld('demo', 3);
    const b = makeWorld('demo', 3);
    const fa = fixture(a);
    const fb = fixture(b);
    expect(fa.guildId).toBe(fb.guildId);
    expect(a.defaultBot).toEqual(b.defaultBot);
    const la = call(a, 'message/list', { target_id: fa.textId });
    const lb = call(b, 'message/list', { target_id: fb.textId });
    expect(la).toEqual(lb);
  });

  it('builds a different world from a different seed', () => {
    const a = fixture(makeWorld('demo', 3));
    const b = fixture(makeWorld('demo', 4));
    expect(a.guildId).not.toBe(b.guildId);
    expect(a.textId).not.toBe(b.textId);
  });

  it('authenticates the default bot token and refuses others', () => {
    const w = makeWorld();
    expect(w.defaultBot.token).toMatch(/^1\/[A-Za-z0-9+/=]+\/[A-Za-z0-9+/]{22}==$/);
    expect(w.authenticate(w.defaultBot.token)).toBe(w.defaultBot.id);
    expect(w.authenticate('1/nope/x==')).toBeNull();
  });
});

describe('effective permissions (REST.md A.12)', () => {
  it('gives the owner and administrators every bit', () => {
    const w = makeWorld();
    const f = fixture(w);
    expect(w.effectivePermissions(f.guildId, f.ownerId)).toBe(2 ** 31 - 1);
    const admin = call<{ items: { id: string }[] }>(w, 'guild/user-list', { guild_id: f.guildId, role_id: f.roleId('管理员') }).items[0];
    expect(admin).toBeDefined();
    expect(w.effectivePermissions(f.guildId, admin?.id ?? '', f.textId)).toBe(2 ** 31 - 1);
  });

  it('applies @everyone, role and user overwrites in order, and the text-channel rule', () => {
    const w = makeWorld();
    const f = fixture(w);
    const user = f.plain();
    const vip = f.roleId('VIP');
    expect(w.effectivePermissions(f.guildId, user, f.textId) & 4096).toBe(4096);
    call(w, 'channel-role/update', { channel_id: f.textId, type: 'role_id', value: '0', allow: 0, deny: 4096 });
    expect(w.effectivePermissions(f.guildId, user, f.textId) & 4096).toBe(0);
    // Without send, upload (14) and mention-all (17) go too.
    call(w, 'guild-role/grant', { guild_id: f.guildId, user_id: user, role_id: vip });
    expect(w.effectivePermissions(f.guildId, user, f.textId) & (16384 | 131072)).toBe(0);
    call(w, 'channel-role/update', { channel_id: f.textId, type: 'role_id', value: String(vip), allow: 4096, deny: 0 });
    expect(w.effectivePermissions(f.guildId, user, f.textId) & (4096 | 131072)).toBe(4096 | 131072);
    call(w, 'channel-role/create', { channel_id: f.textId, type: 'user_id', value: user });
    call(w, 'channel-role/update', { channel_id: f.textId, type: 'user_id', value: user, allow: 0, deny: 2048 });
    expect(w.effectivePermissions(f.guildId, user, f.textId)).toBe(0);
  });

  it('refuses a member without the bit with 40300', () => {
    const w = makeWorld();
    const f = fixture(w);
    expect(codeOf(() => call(w, 'guild/kickout', { guild_id: f.guildId, target_id: f.plain(1) }, f.plain(0)))).toBe(40300);
  });
});

describe('role hierarchy', () => {
  it('refuses acting on the owner, a more senior member or a senior role', () => {
    const w = makeWorld();
    const f = fixture(w);
    const admin = call<{ items: { id: string }[] }>(w, 'guild/user-list', { guild_id: f.guildId, role_id: f.roleId('管理员') }).items[0]?.id ?? '';
    expect(codeOf(() => call(w, 'guild/kickout', { guild_id: f.guildId, target_id: f.ownerId }))).toBe(40300);
    expect(codeOf(() => call(w, 'guild/kickout', { guild_id: f.guildId, target_id: admin }))).toBe(40300);
    expect(codeOf(() => call(w, 'guild-role/update', { guild_id: f.guildId, role_id: f.roleId('版主'), name: 'x' }))).toBe(40300);
    expect(codeOf(() => call(w, 'guild-role/grant', { guild_id: f.guildId, user_id: f.plain(), role_id: f.roleId('管理员') }))).toBe(40300);
    expect(codeOf(() => call(w, 'blacklist/create', { guild_id: f.guildId, target_id: admin }))).toBe(40300);
  });

  it('lets the bot act on junior roles and members, emitting the events', () => {
    const w = makeWorld();
    const f = fixture(w);
    const events = record(w);
    const role = call<{ role_id: number; position: number }>(w, 'guild-role/create', { guild_id: f.guildId, name: 'Temp' });
    call(w, 'guild-role/update', { guild_id: f.guildId, role_id: role.role_id, permissions: 4096, hoist: 1 });
    const granted = call<{ roles: number[] }>(w, 'guild-role/grant', { guild_id: f.guildId, user_id: f.plain(), role_id: role.role_id });
    expect(granted.roles).toContain(role.role_id);
    call(w, 'guild-role/delete', { guild_id: f.guildId, role_id: role.role_id });
    expect(w.getMember(f.guildId, f.plain())?.roles).not.toContain(role.role_id);
    expect(events.map((e) => e.kind)).toEqual(['added_role', 'updated_role', 'deleted_role']);
    expect(events.every((e) => e.audience.kind === 'guild' && e.data.target_id === f.guildId)).toBe(true);
  });
});
