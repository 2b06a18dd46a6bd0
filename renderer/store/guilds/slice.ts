// Guilds: the rail's list, the selected guild and its detail (roles, channels, the bot's rank).
// Role and channel changes from the gateway are applied to the detail in place.
import type { Api, GuildDetail, GuildSummary, PushEventMap } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';
import { applyChannelChange, applyRoleChange } from './reducers';

export interface GuildsSlice {
  guilds: GuildSummary[];
  guildsLoaded: boolean;
  selectedGuildId: string | null;
  guildDetail: GuildDetail | null;
  guildsError: UiError | null;
  loadGuilds(): Promise<void>;
  selectGuild(guildId: string): Promise<void>;
  reloadGuildDetail(): Promise<void>;
  applyRoleChanged(event: PushEventMap['role.changed']): void;
  applyChannelChanged(event: PushEventMap['channel.changed']): void;
  /** The session ended or changed bot: the last bot's servers, histories and open member go. */
  resetWorkspace(): void;
}

export const createGuildsSlice =
  (api: Api): SliceCreator<GuildsSlice> =>
  (set, get) => {
  /** Loads a guild's detail unless the user has moved on to another guild meanwhile. */
  async function loadDetail(guildId: string): Promise<boolean> {
    try {
      const detail = await api.guilds.view({ guildId });
      if (get().selectedGuildId !== guildId) return false;
      set({ guildDetail: detail });
      return true;
    } catch (error) {
      if (get().selectedGuildId === guildId) set({ guildsError: toUiError(error) });
      return false;
    }
  }

  return {
    guilds: [],
    guildsLoaded: false,
    selectedGuildId: null,
    guildDetail: null,
    guildsError: null,
    async loadGuilds() {
      try {
        const guilds = await api.guilds.list({});
        set({ guilds, guildsLoaded: true, guildsError: null });
        const selected = get().selectedGuildId;
        const keep = selected !== null && guilds.some((g) => g.id === selected);
        const first = guilds[0];
        if (keep) await get().reloadGuildDetail();
        else if (first) await get().selectGuild(first.id);
      } catch (error) {
        set({ guildsError: toUiError(error), guildsLoaded: true });
      }
    },
    async selectGuild(guildId) {
      const { [guildId]: _seen, ...guildActivity } = get().guildActivity;
      set({ selectedGuildId: guildId, guildDetail: null, guildsError: null, guildActivity });
      get().closeRoleEditor();
      get().setView('channel');
      const loaded = await loadDetail(guildId);
      if (!loaded) return;
      get().selectChannel(get().defaultChannelId());
      await get().reloadMembers();
    },
    async reloadGuildDetail() {
      const guildId = get().selectedGuildId;
      if (guildId) await loadDetail(guildId);
    },
    applyRoleChanged(event) {
      const detail = get().guildDetail;
      if (!detail || detail.guild.id !== event.guildId) return;
      set({ guildDetail: { ...detail, roles: applyRoleChange(detail.roles, event) } });
    },
    applyChannelChanged(event) {
      const detail = get().guildDetail;
      if (!detail || detail.guild.id !== event.guildId) return;
      set({ guildDetail: { ...detail, channels: applyChannelChange(detail.channels, event) } });
    },
    resetWorkspace() {
      set({ guilds: [], guildsLoaded: false, selectedGuildId: null, guildDetail: null, guildsError: null, guildActivity: {}, unread: {} });
      get().forgetHistories();
      get().closeMember();
    },
  };
};
