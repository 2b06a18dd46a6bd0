// moderation.check and the check before EVERY action: the bot's effective permissions (guild or
// channel, REST.md A.12) and its rank against the target; a refusal throws `missing-permission`
// with {missing, hierarchy} and no request to KOOK is made for the action itself.
import type { PermissionCheck } from '../../shared/ipc';
import { effectivePermissions } from '../services/permissions';
import { ServiceError } from '../services/toIpcError';
import type { FactsCache } from './FactsCache';
import { channelPermissions, hierarchyVerdict, verdict } from './permissionMath';
import { REQUIREMENTS, type CheckedAction } from './requirements';

export interface CheckRequest {
  action: CheckedAction;
  guildId: string;
  targetUserId?: string;
  channelId?: string;
  roleId?: number;
}

export class Preflight {
  constructor(
    private readonly facts: FactsCache,
    private readonly botId: () => string,
  ) {}

  async check(r: CheckRequest): Promise<PermissionCheck> {
    const need = REQUIREMENTS[r.action];
    const botId = this.botId();
    const [guild, bot] = await Promise.all([this.facts.guild(r.guildId), this.facts.member(r.guildId, botId)]);
    const botRoles = bot?.roles ?? [];
    let perms = effectivePermissions(guild, botId, botRoles);
    if (need.scope === 'channel' && r.channelId !== undefined) {
      const channel = guild.channels.find((c) => c.id === r.channelId);
      // A channel the bot cannot see is not in guild/view: it has no permission there at all.
      perms = channel ? channelPermissions(guild, channel, botId, botRoles) : 0;
    }
    const target = need.member && r.targetUserId !== undefined
      ? { userId: r.targetUserId, roles: (await this.facts.member(r.guildId, r.targetUserId))?.roles ?? null }
      : undefined;
    const hierarchy = hierarchyVerdict({
      guild, botId, botRoles,
      ...(target ? { target } : {}),
      ...(need.role && r.roleId !== undefined ? { roleId: r.roleId } : {}),
    });
    return verdict(perms, need.bits, hierarchy);
  }

  /** Throws `missing-permission` (details: missing keys, hierarchy) unless the action may go. */
  async assert(r: CheckRequest): Promise<void> {
    const result = await this.check(r);
    if (result.allowed) return;
    const why = result.missing.length > 0 ? `the bot lacks ${result.missing.join(', ')}` : `role hierarchy: ${result.hierarchy}`;
    throw new ServiceError('missing-permission', `${r.action} refused before sending: ${why}`, { missing: result.missing, hierarchy: result.hierarchy, action: r.action });
  }
}
