import type { ChannelView } from '../../../shared/ipc';
import type { AllSlices } from '../types';

export const selectedChannel = (s: AllSlices): ChannelView | null =>
  s.guildDetail?.channels.find((c) => c.id === s.selectedChannelId) ?? null;

export const unreadCount = (s: AllSlices, channelId: string): number => s.unread[channelId] ?? 0;
