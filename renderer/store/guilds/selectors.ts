import type { GuildSummary } from '../../../shared/ipc';
import type { Role } from '../../../shared/kook/objects';
import type { AllSlices } from '../types';
import { byPosition } from './reducers';

export const selectedGuild = (s: AllSlices): GuildSummary | null =>
  s.guilds.find((g) => g.id === s.selectedGuildId) ?? null;

/** Roles in KOOK's position order (smaller = more senior); order is shown, never edited. */
export const rolesInOrder = (s: AllSlices): Role[] => [...(s.guildDetail?.roles ?? [])].sort(byPosition);

export const roleById = (s: AllSlices, roleId: number): Role | undefined =>
  s.guildDetail?.roles.find((r) => r.role_id === roleId);
