// guilds.*: the bot's guilds, and one guild with roles, channels and the bot's own rank and
// permissions (REST.md A.12, computed in main by ../permissions.ts).
import type { Contract, GuildDetail, GuildSummary, ServiceImpl } from '../../../shared/ipc';
import type { AppContext } from '../AppContext';
import { toChannelView, toGuildSummary, toRole } from '../mappers';
import { effectivePermissions, topRolePosition } from '../permissions';

export class GuildsService implements ServiceImpl<Contract['guilds']> {
  constructor(private readonly ctx: AppContext) {}

  async list(): Promise<GuildSummary[]> {
    const rest = this.ctx.rest();
    const out: GuildSummary[] = [];
    for (let page = 1; page <= 100; page += 1) {
      const res = await rest.guilds.list({ page, page_size: 100 });
      out.push(...res.items.map(toGuildSummary));
      if (page >= res.meta.page_total || res.items.length === 0) break;
    }
    return out;
  }

  async view(args: { guildId: string }): Promise<GuildDetail> {
    const live = this.ctx.session();
    const botId = live.bot.id;
    const [guild, self] = await Promise.all([
      live.rest.guilds.view({ guild_id: args.guildId }),
      live.rest.guilds.userList({ guild_id: args.guildId, filter_user_id: botId, page_size: 1 }),
    ]);
    const roles = (guild.roles ?? []).map(toRole).sort((a, b) => a.position - b.position);
    let channels = (guild.channels ?? []).map(toChannelView);
    if (channels.length === 0) {
      const listed = await live.rest.channels.list({ guild_id: args.guildId, page_size: 100 });
      channels = listed.items.map(toChannelView);
    }
    for (const c of channels) live.noteChannel(c.id, args.guildId);
    const botRoles = self.items.find((m) => m.id === botId)?.roles ?? [];
    const facts = { ownerId: guild.user_id, roles };
    return {
      guild: toGuildSummary(guild),
      roles,
      channels,
      botPermissions: effectivePermissions(facts, botId, botRoles),
      botTopPosition: topRolePosition(facts, botId, botRoles),
    };
  }
}
