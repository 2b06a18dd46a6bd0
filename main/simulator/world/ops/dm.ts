// direct-message/create|list (REST.md B.7) and user-chat/list (B.8). Sessions are keyed by a
// 32-hex chat_code derived from the pair; DM message ids use the same encoded UUID scheme.
import type { DirectMessage, UserChat } from '../../../../shared/kook';
import { fail } from '../../core/errors';
import { emitDm } from '../events';
import { messageId, parseMessageId, renderOrigin } from '../ids';
import { parseMentions } from '../kmarkdown';
import { pageOf, type PageQuery } from '../paging';
import { hex32Of } from '../prng';
import { imageUrl, mentionInfo, toAttachment, toReactions, userById } from '../serialize';
import type { Sim } from '../sim';
import type { DmSession, MsgRec } from '../state';
import { validateContent } from './content-rules';
import { MESSAGE_PAGE_MAX } from './message-read';

export function sessionFor(sim: Sim, a: string, b: string): DmSession {
  const pair: [string, string] = a < b ? [a, b] : [b, a];
  const code = hex32Of(sim.seed, 'dm', pair[0], pair[1]);
  let s = sim.state.dms[code];
  if (!s) {
    const serial = sim.nextSerial();
    s = { code, serial, users: pair, messages: [], lastRead: {} };
    sim.state.dms[code] = s;
    sim.state.serials[serial] = `dm:${code}`;
    sim.touch();
  }
  return s;
}

function resolveSession(sim: Sim, actorId: string, p: { chat_code?: string | undefined; target_id?: string | undefined }): DmSession {
  if (p.chat_code) {
    const s = sim.state.dms[p.chat_code];
    if (!s || !s.users.includes(actorId)) throw fail.param('chat_code', 'is not one of your chats');
    return s;
  }
  if (!p.target_id) throw fail.param('target_id');
  if (p.target_id === actorId) throw fail.param('target_id', 'cannot be yourself');
  sim.requireUser(p.target_id);
  return sessionFor(sim, actorId, p.target_id);
}

export interface CreateDmParams {
  type?: number | undefined; target_id?: string | undefined; chat_code?: string | undefined;
  content: string; quote?: string | undefined; nonce?: string | undefined;
}

export function createDm(sim: Sim, actorId: string, p: CreateDmParams): { msg_id: string; msg_timestamp: number; nonce: string } {
  const s = resolveSession(sim, actorId, p);
  const type = p.type ?? 1;
  if (![1, 2, 3, 4, 8, 9, 10].includes(type)) throw fail.param('type', 'is not a sendable message type');
  validateContent(type, p.content);
  let quote: number | null = null;
  if (p.quote) {
    const parsed = parseMessageId(sim.seed, p.quote);
    if (!parsed || parsed.serial !== s.serial || !s.messages[parsed.index] || s.messages[parsed.index]?.deleted) throw fail.param('quote', 'is not a message of this chat');
    quote = parsed.index;
  }
  const last = s.messages[s.messages.length - 1]?.create_at ?? 0;
  const rec: MsgRec = { index: s.messages.length, type, content: p.content, authorId: actorId, create_at: Math.max(Date.now(), last + 1), updated_at: 0, quote, attachment: null, reactions: [] };
  s.messages.push(rec);
  s.lastRead[actorId] = rec.create_at;
  sim.touch();
  const msgId = messageId(sim.seed, s.serial, rec.index);
  emitDm(sim, s, rec, msgId, p.nonce ?? '');
  return { msg_id: msgId, msg_timestamp: rec.create_at, nonce: p.nonce ?? '' };
}

function toDm(sim: Sim, s: DmSession, rec: MsgRec, origin: string, viewerId: string): DirectMessage {
  const info = mentionInfo(sim, undefined, parseMentions(rec.content), origin);
  const q = rec.quote === null ? undefined : s.messages[rec.quote];
  return {
    id: messageId(sim.seed, s.serial, rec.index), type: rec.type, content: renderOrigin(rec.content, origin), embeds: [],
    attachments: toAttachment(rec.attachment, origin), create_at: rec.create_at, updated_at: rec.updated_at,
    reactions: toReactions(rec.reactions, viewerId), author_id: rec.authorId, image_name: '', read_status: true,
    quote: q && !q.deleted ? { id: messageId(sim.seed, s.serial, q.index), type: q.type, content: q.content, create_at: q.create_at, author: userById(sim, q.authorId, origin) } : null,
    mention_info: { mention_part: info.mention_part, channel_part: info.channel_part, item_part: [] },
  };
}

export function listDms(sim: Sim, actorId: string, origin: string, p: { chat_code?: string | undefined; target_id?: string | undefined; msg_id?: string | undefined; flag?: 'before' | 'around' | 'after' | undefined; page_size?: number | undefined }): { items: DirectMessage[] } {
  const s = resolveSession(sim, actorId, p);
  const size = p.page_size ?? 50;
  if (size > MESSAGE_PAGE_MAX) throw fail.param('page_size', `must be at most ${MESSAGE_PAGE_MAX}`);
  const live = s.messages.filter((m) => !m.deleted);
  let picked = live.slice(-size);
  if (p.msg_id) {
    const at = live.findIndex((m) => messageId(sim.seed, s.serial, m.index) === p.msg_id);
    if (at < 0) throw fail.param('msg_id', 'is not a message of this chat');
    const flag = p.flag ?? 'before';
    if (flag === 'before') picked = live.slice(Math.max(0, at - size), at);
    else if (flag === 'after') picked = live.slice(at + 1, at + 1 + size);
    else {
      const start = Math.max(0, at - Math.floor((size - 1) / 2));
      picked = live.slice(start, start + size);
    }
  }
  s.lastRead[actorId] = Date.now();
  return { items: picked.map((m) => toDm(sim, s, m, origin, actorId)) };
}

export function listUserChats(sim: Sim, actorId: string, origin: string, p: PageQuery): ReturnType<typeof pageOf<UserChat>> {
  const chats = Object.values(sim.state.dms)
    .filter((s) => s.users.includes(actorId))
    .map((s): UserChat => {
      const other = s.users[0] === actorId ? s.users[1] : s.users[0];
      const u = sim.user(other);
      const lastRead = s.lastRead[actorId] ?? 0;
      const latest = s.messages[s.messages.length - 1]?.create_at ?? 0;
      return {
        code: s.code, last_read_time: lastRead, latest_msg_time: latest,
        unread_count: s.messages.filter((m) => !m.deleted && m.authorId !== actorId && m.create_at > lastRead).length,
        target_info: { id: other, username: u?.username ?? other, online: u?.online ?? false, avatar: imageUrl(origin, 'avatar', u?.avatarKey ?? other) },
      };
    })
    .sort((a, b) => b.latest_msg_time - a.latest_msg_time);
  return pageOf(chats, p);
}
