// members.*: server-paged member list over guild/user-list (REST.md B.3), one member through
// the same endpoint's filter_user_id, and nicknames (null resets).
import type { Contract, MemberPage, MemberView, ServiceImpl } from '../../../shared/ipc';
import type { GuildUserListParams } from '../../kook/rest';
import type { AppContext } from '../AppContext';
import { toMemberView } from '../mappers';
import { ServiceError } from '../toIpcError';

type MemberSort = 'joined-desc' | 'joined-asc' | 'active-desc' | 'active-asc';

/** guild/user-list sorts with 0 ascending, 1 descending on joined_at or active_time. */
export function sortParams(sort: MemberSort | undefined): Pick<GuildUserListParams, 'joined_at' | 'active_time'> {
  switch (sort) {
    case 'joined-desc':
      return { joined_at: 1 };
    case 'joined-asc':
      return { joined_at: 0 };
    case 'active-desc':
      return { active_time: 1 };
    case 'active-asc':
      return { active_time: 0 };
    default:
      return {};
  }
}

export class MembersService implements ServiceImpl<Contract['members']> {
  constructor(private readonly ctx: AppContext) {}

  async list(args: { guildId: string; page?: number; pageSize?: number; search?: string; roleId?: number; sort?: MemberSort }): Promise<MemberPage> {
    const search = args.search?.trim();
    const res = await this.ctx.rest().guilds.userList({
      guild_id: args.guildId,
      page: args.page ?? 1,
      page_size: args.pageSize ?? 50,
      ...(search ? { search } : {}),
      ...(args.roleId !== undefined ? { role_id: args.roleId } : {}),
      ...sortParams(args.sort),
    });
    return {
      items: res.items.map(toMemberView),
      page: res.meta.page,
      pageTotal: res.meta.page_total,
      total: res.meta.total,
      userCount: res.user_count,
      onlineCount: res.online_count,
      offlineCount: res.offline_count,
    };
  }

  async view(args: { guildId: string; userId: string }): Promise<MemberView> {
    const res = await this.ctx.rest().guilds.userList({ guild_id: args.guildId, filter_user_id: args.userId, page_size: 1 });
    const member = res.items.find((m) => m.id === args.userId);
    if (!member) throw new ServiceError('not-found', 'no such member in this guild');
    return toMemberView(member);
  }

  async setNickname(args: { guildId: string; userId: string; nickname: string | null }): Promise<void> {
    // Omitting `nickname` clears it (REST.md B.3 guild/nickname).
    await this.ctx.rest().guilds.nickname({
      guild_id: args.guildId,
      user_id: args.userId,
      ...(args.nickname !== null ? { nickname: args.nickname } : {}),
    });
  }
}
