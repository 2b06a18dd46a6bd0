// Guild facts the pre-check needs (owner, roles, channels with overwrites, member roles), cached
// briefly so a burst of checks costs one guild/view; role, channel and member events drop them.
import type { KookChannel, KookGuild, RestClient } from '../kook/rest';
import type { GuildFacts } from '../services/permissions';

export interface GuildSnapshot extends GuildFacts {
  id: string;
  name: string;
  roles: KookGuild['roles'] & {};
  channels: KookChannel[];
}

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

export class FactsCache {
  private readonly guilds = new Map<string, Entry<GuildSnapshot>>();
  private readonly members = new Map<string, Entry<{ roles: number[]; name: string } | null>>();

  constructor(
    private readonly rest: () => RestClient,
    private readonly now: () => number,
    private readonly ttlMs = 15_000,
  ) {}

  guild(guildId: string): Promise<GuildSnapshot> {
    return this.cached(this.guilds, guildId, async () => {
      const g = await this.rest().guilds.view({ guild_id: guildId });
      return { id: g.id, name: g.name, ownerId: g.user_id, roles: g.roles ?? [], channels: g.channels ?? [] };
    });
  }

  /** The member's roles and display name; null when the user is not a member (left, banned). */
  member(guildId: string, userId: string): Promise<{ roles: number[]; name: string } | null> {
    return this.cached(this.members, `${guildId}:${userId}`, async () => {
      const res = await this.rest().guilds.userList({ guild_id: guildId, filter_user_id: userId, page_size: 1 });
      const m = res.items.find((x) => x.id === userId);
      return m ? { roles: m.roles, name: m.nickname || m.username } : null;
    });
  }

  /** Every text channel (not categories) of the guild, as guild/view lists them. */
  async textChannels(guildId: string): Promise<KookChannel[]> {
    return (await this.guild(guildId)).channels.filter((c) => c.type === 1 && !c.is_category);
  }

  invalidateGuild(guildId: string): void {
    this.guilds.delete(guildId);
  }

  invalidateMember(guildId: string, userId: string): void {
    this.members.delete(`${guildId}:${userId}`);
  }

  clear(): void {
    this.guilds.clear();
    this.members.clear();
  }

  private cached<T>(map: Map<string, Entry<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const hit = map.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    const value = load();
    map.set(key, { at: this.now(), value });
    value.catch(() => {
      if (map.get(key)?.value === value) map.delete(key);
    });
    return value;
  }
}
