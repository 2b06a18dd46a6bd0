// channel/list|view|create|update|delete (REST.md B.4) with added_channel / updated_channel /
// deleted_channel (EVENTS.md §4.2; is_category is an int in events).
import type { Channel, ChannelSummary } from '../../../../shared/kook';
import { fail } from '../../core/errors';
import { newChannel } from '../build';
import { emitSystem } from '../events';
import { pageOf, type PageQuery } from '../paging';
import { effective, has, requireMember, requirePerm } from '../perms';
import { toChannel, toChannelSummary } from '../serialize';
import type { Sim } from '../sim';
import type { ChannelRec } from '../state';

export const SLOW_MODES = [0, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000, 3600000, 7200000, 21600000];

export function channelBody(sim: Sim, ch: ChannelRec): unknown {
  return { ...toChannel(sim, ch, sim.origin), is_category: ch.type === 0 ? 1 : 0 };
}

export const announceChannel = (sim: Sim, ch: ChannelRec): void => emitSystem(sim, ch.guild_id, 'updated_channel', channelBody(sim, ch), ch.id);

function visible(sim: Sim, actorId: string, ch: ChannelRec): boolean {
  return ch.type === 0 || has(effective(sim, sim.guild(ch.guild_id), actorId, ch), 11);
}

export function listChannels(sim: Sim, actorId: string, p: PageQuery & { guild_id: string; type?: number | undefined; parent_id?: string | undefined }): ReturnType<typeof pageOf<ChannelSummary>> {
  const g = sim.guild(p.guild_id);
  requireMember(sim, g, actorId);
  const all = g.channelIds
    .map((id) => sim.channel(id))
    .filter((ch) => (p.type === undefined || ch.type === p.type) && (p.parent_id === undefined || ch.parent_id === p.parent_id) && visible(sim, actorId, ch))
    .map(toChannelSummary);
  return pageOf(all, p);
}

export function viewChannel(sim: Sim, actorId: string, origin: string, p: { target_id: string; need_children?: boolean | undefined }): Channel {
  const ch = sim.channel(p.target_id);
  const g = sim.guild(ch.guild_id);
  requireMember(sim, g, actorId);
  if (!visible(sim, actorId, ch)) requirePerm(sim, g, actorId, [11], ch);
  const out = toChannel(sim, ch, origin);
  if (p.need_children && ch.type === 0) out.children = g.channelIds.filter((id) => sim.state.channels[id]?.parent_id === ch.id);
  return out;
}

function requireCategory(sim: Sim, guildId: string, parentId: string): ChannelRec {
  const parent = sim.state.channels[parentId];
  if (!parent || parent.guild_id !== guildId || parent.type !== 0) throw fail.param('parent_id', 'is not a category of this guild');
  return parent;
}

export interface CreateChannelParams {
  guild_id: string; name: string; parent_id?: string | undefined; type?: number | undefined;
  limit_amount?: number | undefined; voice_quality?: string | undefined; is_category?: boolean | undefined;
}

export function createChannel(sim: Sim, actorId: string, origin: string, p: CreateChannelParams): Channel {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [5]);
  if (p.name.length < 1 || p.name.length > 100) throw fail.param('name', 'must be 1-100 characters');
  const type = p.is_category ? 0 : (p.type ?? 1);
  if (type !== 0 && type !== 1 && type !== 2) throw fail.param('type', 'must be 1 or 2');
  const parent = !p.is_category && p.parent_id && p.parent_id !== '0' ? requireCategory(sim, g.id, p.parent_id) : undefined;
  const ch = newChannel(sim.state, g, { name: p.name, type, ...(parent ? { parent } : {}), messages: 0 }, actorId);
  if (type === 2) {
    if (p.limit_amount !== undefined) ch.limit_amount = Math.min(99, Math.max(0, p.limit_amount));
    if (p.voice_quality !== undefined) ch.voice_quality = p.voice_quality;
  }
  ch.msgs.lastTs = Date.now();
  sim.touch();
  emitSystem(sim, g.id, 'added_channel', channelBody(sim, ch), ch.id);
  return toChannel(sim, ch, origin);
}

export interface UpdateChannelParams {
  channel_id: string; name?: string | undefined; level?: number | undefined; parent_id?: string | undefined; topic?: string | undefined;
  slow_mode?: number | undefined; limit_amount?: number | undefined; voice_quality?: string | undefined; password?: string | undefined;
}

export function updateChannel(sim: Sim, actorId: string, origin: string, p: UpdateChannelParams): Channel {
  const ch = sim.channel(p.channel_id);
  const g = sim.guild(ch.guild_id);
  requirePerm(sim, g, actorId, [5], ch);
  if (p.slow_mode !== undefined && !SLOW_MODES.includes(p.slow_mode)) throw fail.param('slow_mode', `must be one of ${SLOW_MODES.join(', ')}`);
  if (p.name !== undefined && (p.name.length < 1 || p.name.length > 100)) throw fail.param('name', 'must be 1-100 characters');
  if (p.voice_quality !== undefined && !['1', '2', '3'].includes(p.voice_quality)) throw fail.param('voice_quality', 'must be "1", "2" or "3"');
  if (p.parent_id !== undefined) ch.parent_id = p.parent_id === '0' || p.parent_id === '' ? '' : requireCategory(sim, g.id, p.parent_id).id;
  if (p.name !== undefined) ch.name = p.name;
  if (p.level !== undefined) ch.level = p.level;
  if (p.topic !== undefined) ch.topic = p.topic;
  if (p.slow_mode !== undefined) ch.slow_mode = p.slow_mode;
  if (p.limit_amount !== undefined) ch.limit_amount = Math.min(99, Math.max(0, p.limit_amount));
  if (p.voice_quality !== undefined) ch.voice_quality = p.voice_quality;
  if (p.password !== undefined) ch.password = p.password;
  sim.touch();
  announceChannel(sim, ch);
  return toChannel(sim, ch, origin);
}

export function deleteChannel(sim: Sim, actorId: string, p: { channel_id: string }): Record<string, never> {
  const ch = sim.channel(p.channel_id);
  const g = sim.guild(ch.guild_id);
  requirePerm(sim, g, actorId, [5], ch);
  for (const id of g.channelIds) {
    const child = sim.state.channels[id];
    if (child?.parent_id === ch.id) child.parent_id = '';
  }
  g.channelIds = g.channelIds.filter((id) => id !== ch.id);
  delete sim.state.channels[ch.id];
  delete sim.state.serials[ch.serial];
  if (g.default_channel_id === ch.id) g.default_channel_id = g.channelIds.find((id) => sim.state.channels[id]?.type === 1) ?? '';
  sim.touch();
  emitSystem(sim, g.id, 'deleted_channel', { id: ch.id, deleted_at: Date.now(), type: ch.type }, ch.id);
  return {};
}
