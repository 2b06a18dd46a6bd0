// Publishing the events KOOK emits (EVENTS.md): the envelope of §1, chat extras of §3,
// system events of §4. GROUP events target the guild (or channel for chat), PERSON a user.
import { SYSTEM_AUTHOR_ID, SYSTEM_CONTENT, type EventData, type MessageExtra, type SystemEventName } from '../../../shared/kook';
import { hex32Of, uuidOf } from './prng';
import { renderOrigin } from './ids';
import { parseMentions } from './kmarkdown';
import { mentionInfo, plainText, toAttachment, toQuote, userById } from './serialize';
import type { Sim } from './sim';
import type { ChannelRec, DmSession, MsgRec } from './state';

export const verifyToken = (seed: number): string => hex32Of(seed, 'verify').slice(0, 16);

export function nextEventId(sim: Sim): string {
  sim.state.counters.event += 1;
  return uuidOf(sim.seed, 'evt', sim.state.counters.event);
}

function envelope(sim: Sim, channelType: 'GROUP' | 'PERSON', targetId: string, type: string, body: unknown): EventData {
  return {
    channel_type: channelType, type: 255, target_id: targetId, author_id: SYSTEM_AUTHOR_ID, content: SYSTEM_CONTENT,
    msg_id: nextEventId(sim), msg_timestamp: Date.now(), nonce: '', verify_token: verifyToken(sim.seed), extra: { type, body },
  };
}

/** A GROUP system event: target_id = guild id (EVENTS.md §1). */
export function emitSystem(sim: Sim, guildId: string, type: SystemEventName, body: unknown, channelId?: string): void {
  const event = { data: envelope(sim, 'GROUP', guildId, type, body), audience: { kind: 'guild' as const, guildId }, kind: type };
  sim.bus.publish(channelId ? { ...event, channelId } : event);
}

/** A PERSON system event: target_id = the receiving user. */
export function emitPerson(sim: Sim, userId: string, type: SystemEventName, body: unknown, channelId?: string): void {
  const event = { data: envelope(sim, 'PERSON', userId, type, body), audience: { kind: 'user' as const, userId }, kind: type };
  sim.bus.publish(channelId ? { ...event, channelId } : event);
}

/** A chat message in a guild channel (EVENTS.md §3); `onlyUserId` for temp_target_id messages. */
export function emitChat(sim: Sim, ch: ChannelRec, rec: MsgRec, msgId: string, nonce: string, onlyUserId?: string): void {
  const g = sim.guild(ch.guild_id);
  const origin = sim.origin;
  const mentions = parseMentions(rec.content);
  const info = mentionInfo(sim, g, mentions, origin);
  const extra: MessageExtra = {
    type: rec.type, guild_id: g.id, channel_name: ch.name, channel_type: ch.type === 2 ? 2 : 1, mention: mentions.users,
    mention_all: mentions.all, mention_roles: mentions.roles, mention_here: mentions.here, nav_channels: mentions.channels,
    code: '', author: userById(sim, rec.authorId, origin, g),
    kmarkdown: { raw_content: plainText(sim, g, rec.content), mention_part: info.mention_part, mention_role_part: info.mention_role_part },
    quote: toQuote(sim, ch, rec.quote, origin),
  };
  const attachment = toAttachment(rec.attachment, origin);
  if (attachment) extra.attachments = attachment;
  const data: EventData = {
    channel_type: 'GROUP', type: rec.type, target_id: ch.id, author_id: rec.authorId, content: renderOrigin(rec.content, origin),
    msg_id: msgId, msg_timestamp: rec.create_at, nonce, verify_token: verifyToken(sim.seed), extra,
  };
  sim.bus.publish({
    data,
    audience: onlyUserId ? { kind: 'user', userId: onlyUserId } : { kind: 'guild', guildId: g.id },
    kind: String(rec.type),
    channelId: ch.id,
  });
}

/** A direct message, delivered to both participants (each sees target_id = themself). */
export function emitDm(sim: Sim, session: DmSession, rec: MsgRec, msgId: string, nonce: string): void {
  const origin = sim.origin;
  const mentions = parseMentions(rec.content);
  const info = mentionInfo(sim, undefined, mentions, origin);
  for (const userId of session.users) {
    const extra: MessageExtra = {
      type: rec.type, mention: mentions.users, mention_all: false, mention_roles: [], mention_here: false, code: session.code,
      author: userById(sim, rec.authorId, origin),
      kmarkdown: { raw_content: plainText(sim, undefined, rec.content), mention_part: info.mention_part, mention_role_part: [] },
      quote: null,
    };
    const data: EventData = {
      channel_type: 'PERSON', type: rec.type, target_id: userId, author_id: rec.authorId, content: renderOrigin(rec.content, origin),
      msg_id: msgId, msg_timestamp: rec.create_at, nonce, verify_token: verifyToken(sim.seed), extra,
    };
    sim.bus.publish({ data, audience: { kind: 'user', userId }, kind: String(rec.type) });
  }
}
