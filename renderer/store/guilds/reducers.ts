// Pure updates of a guild's roles and channels from push events (EVENTS.md role/channel events).
import type { ChannelView, PushEventMap } from '../../../shared/ipc';
import type { Role } from '../../../shared/kook/objects';

export function applyRoleChange(roles: Role[], event: PushEventMap['role.changed']): Role[] {
  const rest = roles.filter((r) => r.role_id !== event.role.role_id);
  if (event.change === 'deleted') return rest;
  return [...rest, event.role].sort(byPosition);
}

export function byPosition(a: Role, b: Role): number {
  return a.position - b.position || a.role_id - b.role_id;
}

function isFullChannel(channel: PushEventMap['channel.changed']['channel']): channel is ChannelView {
  return 'name' in channel && 'type' in channel;
}

export function applyChannelChange(channels: ChannelView[], event: PushEventMap['channel.changed']): ChannelView[] {
  const rest = channels.filter((c) => c.id !== event.channel.id);
  if (event.change === 'deleted') return rest;
  if (!isFullChannel(event.channel)) return channels;
  return [...rest, event.channel];
}
