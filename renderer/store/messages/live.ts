// Gateway-driven changes to held history (../shared/kook/EVENTS.md §4.1), applied through the
// history model so tombstones and "newest edit wins" hold (ARCHITECTURE.md "State in the renderer").
import type { MessageView, PushEvent, PushEventMap } from '../../../shared/ipc';
import type { Reaction } from '../../../shared/kook/objects';
import {
  applyDelete,
  applyEdit,
  applyLiveMessage,
  updateMessage,
  type ChannelHistory,
  type MessageEdit,
} from '../../features/messages/history';

export type MessageHistory = ChannelHistory<MessageView>;

/** The channel a message event names, or null for events the history does not take. */
export function eventChannelId(event: PushEvent): string | null {
  switch (event.type) {
    case 'message.created':
      return event.payload.message.channel_id;
    case 'message.updated':
    case 'message.deleted':
    case 'message.reaction':
    case 'message.pin':
    case 'history.gap':
      return event.payload.channelId;
    default:
      return null;
  }
}

/** Reaction counts after one user added or removed an emoji; `me` marks the bot's own reactions. */
export function applyReaction(reactions: readonly Reaction[], event: PushEventMap['message.reaction'], botId: string | null): Reaction[] {
  const mine = botId !== null && event.userId === botId;
  const index = reactions.findIndex((r) => r.emoji.id === event.emoji.id);
  const held = reactions[index];
  if (event.added) {
    if (held === undefined) return [...reactions, { emoji: { ...event.emoji }, count: 1, me: mine }];
    return reactions.map((r, i) => (i === index ? { ...r, count: r.count + 1, me: r.me || mine } : r));
  }
  if (held === undefined) return [...reactions];
  if (held.count <= 1) return reactions.filter((_, i) => i !== index);
  return reactions.map((r, i) => (i === index ? { ...r, count: r.count - 1, me: mine ? false : r.me } : r));
}

/** Applies one message event to a channel's history; returns the same object when nothing changed. */
export function applyMessageEvent(history: MessageHistory, event: PushEvent, botId: string | null): MessageHistory {
  switch (event.type) {
    case 'message.created':
      return applyLiveMessage(history, event.payload.message);
    case 'message.updated': {
      const { id, content, updated_at, mention } = event.payload;
      const edit: MessageEdit<MessageView> = { id, content, updated_at, ...(mention ? { mention } : {}) };
      return applyEdit(history, edit);
    }
    case 'message.deleted':
      return applyDelete(history, event.payload.id);
    case 'message.reaction': {
      const payload = event.payload;
      return updateMessage(history, payload.id, (held) => ({ ...held, reactions: applyReaction(held.reactions, payload, botId) }));
    }
    case 'message.pin': {
      const { id, pinned } = event.payload;
      return updateMessage(history, id, (held) => ((held.pinned ?? false) === pinned ? held : { ...held, pinned }));
    }
    default:
      return history;
  }
}
