// Plain data shaped like main's answers (shared/ipc/models.ts).
import type { ChannelView, GuildDetail, GuildSummary, MemberPage, MemberView, SessionState } from '../../../../../shared/ipc';
import type { Role } from '../../../../../shared/kook/objects';

export const GUILD: GuildSummary = { id: '1001', name: 'Lantern Hall', icon: '', user_id: '9', topic: '' };

export function role(role_id: number, name: string, position: number, permissions = 0, color = 0): Role {
  return { role_id, name, position, permissions, color, hoist: 0, mentionable: 0 };
}

export function channel(id: string, name: string, extra: Partial<ChannelView> = {}): ChannelView {
  return {
    id,
    guild_id: GUILD.id,
    name,
    topic: '',
    type: 1,
    parent_id: '',
    level: 0,
    slow_mode: 0,
    is_category: false,
    limit_amount: 0,
    permission_overwrites: [],
    permission_users: [],
    ...extra,
  };
}

export const ROLES: Role[] = [role(0, '@everyone', 999, 4096), role(11, 'Admin', 1, 1, 0xe74c3c), role(12, 'Mods', 2, 1024 | 8192, 0x3498db), role(13, 'Regulars', 3, 0)];

export const CHANNELS: ChannelView[] = [
  channel('2001', 'Community', { is_category: true, type: 0, level: 1 }),
  channel('2002', 'general', { parent_id: '2001', level: 1, topic: 'Say hi' }),
  channel('2003', 'voice', { parent_id: '2001', level: 2, type: 2 }),
  channel('2004', 'Staff', { is_category: true, type: 0, level: 2 }),
  channel('2005', 'mods', { parent_id: '2004', level: 1 }),
];

export function detail(extra: Partial<GuildDetail> = {}): GuildDetail {
  return { guild: GUILD, roles: ROLES, channels: CHANNELS, botPermissions: 1024, botTopPosition: 2, ...extra };
}

export function member(id: string, username: string, extra: Partial<MemberView> = {}): MemberView {
  return {
    id,
    username,
    identify_num: '0001',
    nickname: '',
    online: false,
    bot: false,
    status: 0,
    avatar: '',
    mobile_verified: true,
    joined_at: 1_700_000_000_000,
    active_time: 1_700_000_500_000,
    roles: [],
    ...extra,
  };
}

export function page(items: MemberView[], extra: Partial<MemberPage> = {}): MemberPage {
  return { items, page: 1, pageTotal: 1, total: items.length, userCount: items.length, onlineCount: 0, offlineCount: items.length, ...extra };
}

export function sessionState(extra: Partial<SessionState> = {}): SessionState {
  return {
    profile: { id: 'p1', name: 'Bot', baseUrl: null, kind: 'bot', tokenStorage: 'encrypted' },
    bot: { id: '42', username: 'deskbot', identifyNum: '4242', avatar: '' },
    connection: 'connected',
    reason: null,
    sessionId: '20d8c0ffee-1234',
    rttMs: 48,
    resumes: 2,
    eventsPerSecond: 14,
    restQueued: 3,
    observer: false,
    vaultWarning: false,
    demo: false,
    ...extra,
  };
}
