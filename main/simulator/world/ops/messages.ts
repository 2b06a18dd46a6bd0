// message/create|update|delete|pin|unpin (REST.md B.6) and the events they emit (EVENTS.md §3, §4.1).
import { fail } from '../../core/errors';
import { emitChat, emitSystem, nextEventId } from '../events';
import { parseMentions } from '../kmarkdown';
import { effective, has, requireMember, requirePerm } from '../perms';
import { mentionInfo } from '../serialize';
import type { Sim } from '../sim';
import type { AttachmentRec, ChannelRec, MsgRec } from '../state';
import { SEND_TYPES, validateContent } from './content-rules';

export interface CreateMessageParams {
  target_id: string;
  type?: number | undefined;
  content: string;
  quote?: string | undefined;
  nonce?: string | undefined;
  temp_target_id?: string | undefined;
}

const MEDIA: Record<number, AttachmentRec['type']> = { 2: 'image', 3: 'video', 4: 'file', 8: 'audio' };

/** Stores and announces a message without permission checks (traffic, admin acts, create). */
export function postMessage(sim: Sim, ch: ChannelRec, authorId: string, type: number, content: string, opts: { quote?: number | null; attachment?: AttachmentRec | null; nonce?: string } = {}): MsgRec {
  const rec: MsgRec = {
    index: sim.lastIndex(ch) + 1, type, content, authorId, create_at: sim.nextTs(ch), updated_at: 0,
    quote: opts.quote ?? null, attachment: opts.attachment ?? null, reactions: [],
  };
  ch.msgs.added.push(rec);
  const g = sim.guild(ch.guild_id);
  const m = g.members[authorId];
  if (m) m.active_time = rec.create_at;
  sim.touch();
  emitChat(sim, ch, rec, sim.msgId(ch, rec.index), opts.nonce ?? '');
  return rec;
}

function quoteIndex(sim: Sim, ch: ChannelRec, quote: string | undefined): number | null {
  if (quote === undefined || quote === '') return null;
  const found = sim.findMessage(quote);
  if (!found || found.ch.id !== ch.id) throw fail.param('quote', 'is not a message of this channel');
  return found.idx;
}

function checkSlowMode(sim: Sim, ch: ChannelRec, actorId: string, perms: number): void {
  if (ch.slow_mode <= 0 || has(perms, 13) || has(perms, 5)) return;
  const now = Date.now();
  const last = ch.slowLast[actorId];
  if (last !== undefined && now - last < ch.slow_mode) {
    const wait = Math.ceil((ch.slow_mode - (now - last)) / 1000);
    throw fail.generic({ en: `Slow mode is on: wait ${wait} s`, zh: `慢速模式中，请 ${wait} 秒后再发送` });
  }
  ch.slowLast[actorId] = now;
}

export function createMessage(sim: Sim, actorId: string, p: CreateMessageParams): { msg_id: string; msg_timestamp: number; nonce: string } {
  const ch = sim.channel(p.target_id);
  if (ch.type === 0) throw fail.param('target_id', 'is a category');
  const g = sim.guild(ch.guild_id);
  const type = p.type ?? 9;
  if (!(SEND_TYPES as readonly number[]).includes(type)) throw fail.param('type', 'is not a sendable message type');
  requirePerm(sim, g, actorId, [11, 12], ch);
  const perms = effective(sim, g, actorId, ch);
  const media = MEDIA[type];
  if (media && !has(perms, 14)) requirePerm(sim, g, actorId, [14], ch);
  validateContent(type, p.content);
  if (parseMentions(p.content).all && !has(perms, 17)) requirePerm(sim, g, actorId, [17], ch);
  const quote = quoteIndex(sim, ch, p.quote);
  const nonce = p.nonce ?? '';
  const attachment: AttachmentRec | null = media ? { type: media, url: p.content, name: p.content.split('/').pop() ?? 'file', file_type: 'application/octet-stream', size: 0 } : null;
  if (p.temp_target_id !== undefined && p.temp_target_id !== '') {
    // Ephemeral: never stored, only that user sees it (REST.md B.6 temp_target_id).
    const rec: MsgRec = { index: -1, type, content: p.content, authorId: actorId, create_at: Date.now(), updated_at: 0, quote, attachment, reactions: [] };
    const msgId = nextEventId(sim);
    emitChat(sim, ch, rec, msgId, nonce, p.temp_target_id);
    return { msg_id: msgId, msg_timestamp: rec.create_at, nonce };
  }
  checkSlowMode(sim, ch, actorId, perms);
  const rec = postMessage(sim, ch, actorId, type, p.content, { quote, attachment, nonce });
  return { msg_id: sim.msgId(ch, rec.index), msg_timestamp: rec.create_at, nonce };
}

export function emitUpdated(sim: Sim, ch: ChannelRec, rec: MsgRec, onlyUserId?: string): void {
  const mentions = parseMentions(rec.content);
  const info = mentionInfo(sim, sim.guild(ch.guild_id), mentions, sim.origin);
  const body = {
    msg_id: sim.msgId(ch, rec.index), content: rec.content, channel_id: ch.id, mention: mentions.users, mention_all: mentions.all,
    mention_here: mentions.here, mention_roles: mentions.roles, updated_at: rec.updated_at, channel_type: ch.type === 2 ? 2 : 1,
    kmarkdown: { mention_part: info.mention_part, mention_role_part: info.mention_role_part },
  };
  if (onlyUserId) {
    sim.bus.publish({
      data: { channel_type: 'GROUP', type: 255, target_id: ch.guild_id, author_id: '1', content: '[系统消息]', msg_id: nextEventId(sim), msg_timestamp: Date.now(), nonce: '', extra: { type: 'updated_message', body } },
      audience: { kind: 'user', userId: onlyUserId }, kind: 'updated_message', channelId: ch.id,
    });
  } else emitSystem(sim, ch.guild_id, 'updated_message', body, ch.id);
}

export function updateMessage(sim: Sim, actorId: string, p: { msg_id: string; content: string; quote?: string | undefined; temp_target_id?: string | undefined }): [] {
  const { ch, idx, rec } = sim.requireMessage(p.msg_id);
  requireMember(sim, sim.guild(ch.guild_id), actorId);
  if (rec.authorId !== actorId) throw fail.permission('edit only your own messages');
  if (rec.type !== 9 && rec.type !== 10) throw fail.param('msg_id', 'is not a KMarkdown or card message');
  validateContent(rec.type, p.content);
  const quote = p.quote === undefined ? rec.quote : quoteIndex(sim, ch, p.quote);
  if (p.temp_target_id) {
    emitUpdated(sim, ch, { ...rec, content: p.content, quote, updated_at: Date.now() }, p.temp_target_id);
    return [];
  }
  const target = sim.mutableMsg(ch, idx);
  target.content = p.content;
  target.quote = quote;
  target.updated_at = Date.now();
  emitUpdated(sim, ch, target);
  return [];
}

/** Removes a message and announces deleted_message. */
export function removeMessage(sim: Sim, ch: ChannelRec, idx: number): void {
  const m = ch.msgs;
  if (m.deleted[idx]) return;
  const msgId = sim.msgId(ch, idx);
  m.deleted[idx] = 1;
  m.deletedCount += 1;
  delete m.overlay[idx];
  m.pins = m.pins.filter((p) => p !== idx);
  sim.touch();
  emitSystem(sim, ch.guild_id, 'deleted_message', { msg_id: msgId, channel_id: ch.id, channel_type: ch.type === 2 ? 2 : 1 }, ch.id);
}

export function deleteMessage(sim: Sim, actorId: string, p: { msg_id: string }): [] {
  const { ch, idx, rec } = sim.requireMessage(p.msg_id);
  const g = sim.guild(ch.guild_id);
  if (rec.authorId === actorId) requireMember(sim, g, actorId);
  else requirePerm(sim, g, actorId, [13], ch);
  removeMessage(sim, ch, idx);
  return [];
}

export function setPinned(sim: Sim, actorId: string, p: { target_id: string; msg_id: string }, pinned: boolean): Record<string, never> {
  const ch = sim.channel(p.target_id);
  const found = sim.requireMessage(p.msg_id);
  if (found.ch.id !== ch.id) throw fail.param('msg_id', 'is not a message of this channel');
  requirePerm(sim, sim.guild(ch.guild_id), actorId, [13], ch);
  const was = ch.msgs.pins.includes(found.idx);
  if (was === pinned) return {};
  ch.msgs.pins = pinned ? [...ch.msgs.pins, found.idx] : ch.msgs.pins.filter((i) => i !== found.idx);
  sim.touch();
  const body = { channel_id: ch.id, operator_id: actorId, msg_id: p.msg_id, channel_type: ch.type === 2 ? 2 : 1 };
  emitSystem(sim, ch.guild_id, pinned ? 'pinned_message' : 'unpinned_message', body, ch.id);
  return {};
}
