import { describe, expect, it } from 'vitest';
import {
  ChannelRoleResultSchema,
  ChannelSchema,
  DirectMessageSchema,
  GuildUserListSchema,
  MessageSchema,
  RoleResultSchema,
  UserSchema,
  pagedSchema,
  RoleSchema,
} from '../../../../shared/kook/schemas';
import { makeClient, ok } from './fakes';

describe('tolerant schemas', () => {
  it('coerces int/bool variations and numeric strings, and keeps unknown fields', () => {
    const user = UserSchema.parse({ id: 123, username: 'a', identify_num: '0001', online: 1, bot: 'true', status: '0', avatar: '', roles: ['3', 4], is_vip: 0, nameplate: { x: 1 } });
    expect(user).toMatchObject({ id: '123', online: true, bot: true, status: 0, roles: [3, 4], is_vip: false, nameplate: { x: 1 } });
  });

  it('reads 0/1 flags whether KOOK sends ints or booleans', () => {
    expect(RoleSchema.parse({ role_id: '7', hoist: true, mentionable: 0 })).toMatchObject({ role_id: 7, hoist: 1, mentionable: 0 });
    expect(ChannelSchema.parse({ id: 'c', is_category: 1, permission_sync: false })).toMatchObject({ is_category: true, permission_sync: 0 });
  });

  it('treats {} and [] alike for lists and for an unsorted sort map', () => {
    const page = pagedSchema(RoleSchema);
    expect(page.parse({ items: {}, meta: { page: '1', page_total: 1 }, sort: [] })).toMatchObject({ items: [], meta: { page: 1 }, sort: {} });
    expect(page.parse({ items: [], meta: [], sort: { id: 1 } })).toMatchObject({ meta: { page_total: 0 }, sort: { id: 1 } });
    expect(ChannelSchema.parse({ id: 'c', permission_overwrites: {}, permission_users: null }).permission_overwrites).toEqual([]);
  });

  it('normalises quote and attachments null/""/false/[] to null', () => {
    for (const absent of [null, '', false, [], {}, undefined]) {
      const m = MessageSchema.parse({ id: 'm', author: { id: 'u' }, quote: absent, attachments: absent });
      expect(m.quote).toBeNull();
      expect(m.attachments).toBeNull();
    }
    const dm = DirectMessageSchema.parse({ id: 'd', attachments: { type: 'image', url: 'u', name: 'n', size: '10' }, mention_info: [] });
    expect(dm.attachments).toMatchObject({ type: 'image', size: 10 });
    expect(dm.mention_info.mention_part).toEqual([]);
  });

  it('accepts a role create/update result as an object or a one-element array', () => {
    expect(RoleResultSchema.parse([{ role_id: 5, name: 'x' }])).toMatchObject({ role_id: 5, name: 'x' });
    expect(RoleResultSchema.parse({ role_id: '6' })).toMatchObject({ role_id: 6 });
  });

  it('accepts channel-role results with role_id, user_id or a user object', () => {
    expect(ChannelRoleResultSchema.parse({ role_id: 0, allow: '0', deny: 4096 })).toMatchObject({ role_id: 0, deny: 4096 });
    expect(ChannelRoleResultSchema.parse({ user_id: 42, allow: 0, deny: 0 })).toMatchObject({ user_id: '42' });
    expect(ChannelRoleResultSchema.parse({ user: { id: 'u', online: 0 }, allow: 1, deny: 0 }).user).toMatchObject({ id: 'u', online: false });
  });

  it('parses guild/user-list counts next to the page', () => {
    const list = GuildUserListSchema.parse({ items: [{ id: 'u', roles: {} }], meta: { page_total: '2' }, sort: {}, user_count: '10', online_count: 3, offline_count: '7' });
    expect(list).toMatchObject({ user_count: 10, online_count: 3, offline_count: 7, meta: { page_total: 2 } });
    expect(list.items[0]?.roles).toEqual([]);
  });
});

describe('schemas at the client boundary', () => {
  it('answers "nothing" with {} or [] the same way', async () => {
    const { client, fake } = makeClient();
    fake.handler = (call) => ok(call.body?.msg_id === 'a' ? {} : []);
    await expect(client.messages.delete({ msg_id: 'a' })).resolves.toBeUndefined();
    await expect(client.messages.delete({ msg_id: 'b' })).resolves.toBeUndefined();
  });

  it('returns a role from guild-role/create whether KOOK wraps it in an array or not', async () => {
    const { client, fake } = makeClient();
    fake.handler = (call) => ok(call.route === 'guild-role/create' ? [{ role_id: 9, name: 'Muted', hoist: false }] : { role_id: 9, name: 'Muted2' });
    await expect(client.roles.create({ guild_id: 'g', name: 'Muted' })).resolves.toMatchObject({ role_id: 9, hoist: 0 });
    await expect(client.roles.update({ guild_id: 'g', role_id: 9, name: 'Muted2' })).resolves.toMatchObject({ name: 'Muted2' });
  });
});
