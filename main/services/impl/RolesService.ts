// roles.* (REST.md B.9 guild-role/*). KOOK cannot reorder roles, so there is no move.
import type { Contract, ServiceImpl } from '../../../shared/ipc';
import type { Role } from '../../../shared/kook/objects';
import type { AppContext } from '../AppContext';
import { toRole } from '../mappers';

const flag = (b: boolean | undefined): 0 | 1 | undefined => (b === undefined ? undefined : b ? 1 : 0);

export class RolesService implements ServiceImpl<Contract['roles']> {
  constructor(private readonly ctx: AppContext) {}

  async list(args: { guildId: string }): Promise<Role[]> {
    const rest = this.ctx.rest();
    const out: Role[] = [];
    for (let page = 1; page <= 50; page += 1) {
      const res = await rest.roles.list({ guild_id: args.guildId, page, page_size: 100 });
      out.push(...res.items.map(toRole));
      if (page >= res.meta.page_total || res.items.length === 0) break;
    }
    return out.sort((a, b) => a.position - b.position);
  }

  async create(args: { guildId: string; name: string }): Promise<Role> {
    return toRole(await this.ctx.rest().roles.create({ guild_id: args.guildId, name: args.name }));
  }

  async update(args: {
    guildId: string;
    roleId: number;
    name?: string;
    color?: number;
    hoist?: boolean;
    mentionable?: boolean;
    permissions?: number;
  }): Promise<Role> {
    const hoist = flag(args.hoist);
    const mentionable = flag(args.mentionable);
    const role = await this.ctx.rest().roles.update({
      guild_id: args.guildId,
      role_id: args.roleId,
      ...(args.name !== undefined ? { name: args.name } : {}),
      ...(args.color !== undefined ? { color: args.color } : {}),
      ...(hoist !== undefined ? { hoist } : {}),
      ...(mentionable !== undefined ? { mentionable } : {}),
      ...(args.permissions !== undefined ? { permissions: args.permissions } : {}),
    });
    return toRole(role);
  }

  async delete(args: { guildId: string; roleId: number }): Promise<void> {
    await this.ctx.rest().roles.delete({ guild_id: args.guildId, role_id: args.roleId });
  }

  async grant(args: { guildId: string; userId: string; roleId: number }): Promise<number[]> {
    return (await this.ctx.rest().roles.grant({ guild_id: args.guildId, user_id: args.userId, role_id: args.roleId })).roles;
  }

  async revoke(args: { guildId: string; userId: string; roleId: number }): Promise<number[]> {
    return (await this.ctx.rest().roles.revoke({ guild_id: args.guildId, user_id: args.userId, role_id: args.roleId })).roles;
  }
}
