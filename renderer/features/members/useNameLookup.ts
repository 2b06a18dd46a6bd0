// Names for ids the store already knows (guild list, the open guild's channels, the loaded member
// page and the open member detail), so tables can show "#general" or "alice" with the id on hover
// instead of a bare id. Unknown ids stay ids: nothing is fetched just to label a row.
import { useMemo } from 'react';
import { useAppStore } from '../../store';

export interface NameLookup {
  guild(id: string | null): string | null;
  channel(id: string | null): string | null;
  member(id: string | null): string | null;
}

export function useNameLookup(): NameLookup {
  const guilds = useAppStore((s) => s.guilds);
  const detail = useAppStore((s) => s.guildDetail);
  const members = useAppStore((s) => s.memberItems);
  const openMember = useAppStore((s) => s.memberDetail);
  return useMemo(() => {
    const guildNames = new Map(guilds.map((g) => [g.id, g.name]));
    const channelNames = new Map((detail?.channels ?? []).map((c) => [c.id, c.name]));
    const memberNames = new Map<string, string>();
    for (const m of openMember ? [...members, openMember] : members) memberNames.set(m.id, m.nickname || m.username);
    const find = (map: ReadonlyMap<string, string>) => (id: string | null) => (id === null ? null : map.get(id) ?? null);
    return { guild: find(guildNames), channel: find(channelNames), member: find(memberNames) };
  }, [guilds, detail, members, openMember]);
}
