import { describe, expect, it } from 'vitest';
import type { EventData } from '../../../shared/kook';
import { toPushEvents } from '../../../main/services/eventMapping';

const system = (type: string, body: unknown, target = 'g1'): EventData => ({
  channel_type: 'GROUP', type: 255, target_id: target, author_id: '1', content: '[系统消息]', msg_id: 'e1', msg_timestamp: 5, nonce: '', extra: { type, body },
});

describe('gateway events → push events', () => {
  it('turns a GROUP chat message into message.created with its channel and guild', () => {
    const data: EventData = {
      channel_type: 'GROUP', type: 9, target_id: 'c1', author_id: 'u1', content: 'hi **there**', msg_id: 'm1', msg_timestamp: 1000, nonce: '',
      extra: { type: 9, guild_id: 'g1', mention: [], mention_all: false, mention_roles: [], mention_here: false, code: '', author: { id: 'u1', username: 'a', identify_num: '1', online: true, bot: false, status: 0, avatar: '' } },
    };
    const [event] = toPushEvents(data);
    expect(event).toMatchObject({ type: 'message.created', payload: { guildId: 'g1', message: { id: 'm1', channel_id: 'c1', content: 'hi **there**', create_at: 1000, author: { id: 'u1' } } } });
  });

  it('sends a message row only the author fields it shows (not banners, VIP flags or activity times)', () => {
    const author = {
      id: 'u1', username: 'a', identify_num: '1', nickname: 'Al', online: true, bot: false, status: 0, avatar: 'https://img.kookapp.cn/a.png', roles: [3],
      vip_avatar: 'https://img.kookapp.cn/v.gif', banner: 'https://img.kookapp.cn/b.png', is_vip: true, mobile_verified: true, joined_at: 1, active_time: 2, os: 'Websocket',
    };
    const data: EventData = {
      channel_type: 'GROUP', type: 9, target_id: 'c1', author_id: 'u1', content: 'hi', msg_id: 'm1', msg_timestamp: 1000, nonce: '',
      extra: { type: 9, guild_id: 'g1', mention: [], mention_all: false, mention_roles: [], mention_here: false, code: '', author },
    };
    const [event] = toPushEvents(data);
    if (event?.type !== 'message.created') throw new Error('expected message.created');
    expect(event.payload.message.author).toEqual({ id: 'u1', username: 'a', identify_num: '1', nickname: 'Al', online: true, bot: false, status: 0, avatar: 'https://img.kookapp.cn/a.png', roles: [3] });
  });

  it('maps edits, deletes, reactions and pins', () => {
    expect(toPushEvents(system('updated_message', { msg_id: 'm', channel_id: 'c', content: 'new', updated_at: 9, mention: [] }))[0]).toEqual({
      type: 'message.updated', payload: { channelId: 'c', id: 'm', content: 'new', updated_at: 9, mention: [] },
    });
    expect(toPushEvents(system('deleted_message', { msg_id: 'm', channel_id: 'c' }))[0]).toEqual({ type: 'message.deleted', payload: { channelId: 'c', id: 'm' } });
    expect(toPushEvents(system('deleted_reaction', { msg_id: 'm', channel_id: 'c', user_id: 'u', emoji: { id: '👍', name: '👍' } }))[0]).toMatchObject({
      type: 'message.reaction', payload: { added: false, userId: 'u' },
    });
    expect(toPushEvents(system('pinned_message', { msg_id: 'm', channel_id: 'c', operator_id: 'o' }))[0]).toMatchObject({ type: 'message.pin', payload: { pinned: true } });
  });

  it('maps member, presence, role and channel changes to the guild the event targets', () => {
    expect(toPushEvents(system('joined_guild', { user_id: 'u', joined_at: 3 }))[0]).toEqual({ type: 'member.joined', payload: { guildId: 'g1', userId: 'u', joinedAt: 3 } });
    expect(toPushEvents(system('exited_guild', { user_id: 'u', exited_at: 4 }))[0]).toEqual({ type: 'member.left', payload: { guildId: 'g1', userId: 'u', at: 4 } });
    expect(toPushEvents(system('updated_guild_member', { user_id: 'u', nickname: 'N' }))[0]).toMatchObject({ type: 'member.updated', payload: { nickname: 'N' } });
    expect(toPushEvents(system('guild_member_offline', { user_id: 'u', event_time: 1, guilds: ['g1'] }, 'bot'))[0]).toEqual({
      type: 'member.presence', payload: { userId: 'u', online: false, guilds: ['g1'] },
    });
    const role = { role_id: 3, name: 'r', color: 0, position: 1, hoist: 0, mentionable: 0, permissions: 8 };
    expect(toPushEvents(system('updated_role', role))[0]).toMatchObject({ type: 'role.changed', payload: { guildId: 'g1', change: 'updated', role: { role_id: 3 } } });
    expect(toPushEvents(system('deleted_channel', { id: 'c9', deleted_at: 1, type: 1 }))[0]).toEqual({
      type: 'channel.changed', payload: { guildId: 'g1', channel: { id: 'c9' }, change: 'deleted' },
    });
  });

  it('drops malformed and unknown events instead of throwing', () => {
    expect(toPushEvents(system('deleted_message', 'garbage'))).toEqual([]);
    expect(toPushEvents(system('no_such_event', {}))).toEqual([]);
    expect(toPushEvents({ ...system('x', {}), extra: null })).toEqual([]);
    expect(toPushEvents({ ...system('x', {}), type: 9, extra: 42 })).toEqual([]);
  });
});
