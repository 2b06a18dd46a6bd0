// Channels: the open channel, unread dots for channels that got live messages (and for other
// servers on the rail), collapsed categories, and a pending jump request that the message pane
// carries out.
import type { Api, PushEventMap } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import { firstTextChannelId } from './tree';

export interface JumpRequest {
  channelId: string;
  msgId: string;
  /** Increases per request so asking twice for the same message still jumps. */
  nonce: number;
}

export interface ChannelsSlice {
  selectedChannelId: string | null;
  unread: Readonly<Record<string, number>>;
  /** Servers other than the open one where live messages arrived since it was last open. */
  guildActivity: Readonly<Record<string, true>>;
  collapsed: Readonly<Record<string, true>>;
  pendingJump: JumpRequest | null;
  selectChannel(channelId: string | null): void;
  defaultChannelId(): string | null;
  toggleCategory(categoryId: string): void;
  noteMessageCreated(event: PushEventMap['message.created']): void;
  /** Jump to a message (by id, optionally in another channel); the message pane resolves it. */
  jumpToMessage(channelId: string | undefined, msgId: string): void;
  clearPendingJump(nonce: number): void;
}

export const createChannelsSlice =
  (api: Api): SliceCreator<ChannelsSlice> =>
  (set, get) => ({
    selectedChannelId: null,
    unread: {},
    guildActivity: {},
    collapsed: {},
    pendingJump: null,
    selectChannel(channelId) {
      const { [channelId ?? '']: _seen, ...unread } = get().unread;
      set({ selectedChannelId: channelId, unread });
      if (channelId) get().setView('channel');
      // Main keeps live events and backfill current for the open channel only.
      void api.channels.watch({ channelIds: channelId ? [channelId] : [] }).catch(() => undefined);
    },
    defaultChannelId() {
      return firstTextChannelId(get().guildDetail?.channels ?? []);
    },
    toggleCategory(categoryId) {
      const { [categoryId]: wasCollapsed, ...rest } = get().collapsed;
      set({ collapsed: wasCollapsed ? rest : { ...rest, [categoryId]: true } });
    },
    noteMessageCreated({ message, guildId }) {
      if (guildId !== get().selectedGuildId) {
        // A mark, not a count: a busy server elsewhere must not update the store per message.
        if (guildId && !get().guildActivity[guildId]) set({ guildActivity: { ...get().guildActivity, [guildId]: true } });
        return;
      }
      const channelId = message.channel_id;
      if (channelId === get().selectedChannelId && get().view === 'channel') return;
      const unread = get().unread;
      set({ unread: { ...unread, [channelId]: (unread[channelId] ?? 0) + 1 } });
    },
    jumpToMessage(channelId, msgId) {
      const target = channelId ?? get().selectedChannelId;
      if (!target) return;
      // The open channel's pane is already there: load the target now, not after a render of
      // the pane that would only hand the jump on (a jump's request leaves before any render).
      if (target === get().selectedChannelId && get().view === 'channel') {
        void get().jumpToHistoryMessage(target, msgId);
        return;
      }
      if (target !== get().selectedChannelId) get().selectChannel(target);
      else get().setView('channel');
      set({ pendingJump: { channelId: target, msgId, nonce: (get().pendingJump?.nonce ?? 0) + 1 } });
    },
    clearPendingJump(nonce) {
      if (get().pendingJump?.nonce === nonce) set({ pendingJump: null });
    },
  });
