// Messages seen in events and pages, kept as evidence for deleted messages and for later search
// (messages_fts, trigram, maintained by triggers). A re-seen id updates the stored copy (edits).
import type Database from 'better-sqlite3';
import type { MessageCacheStore } from '../moderationStores';
import { readUnknown, toJson } from './json';

interface MessageRow {
  id: string;
  channel_id: string;
  guild_id: string;
  author_id: string;
  author_name: string;
  content: string;
  type: number;
  create_at: number;
  attachments: string | null;
}

export type CachedMessage = NonNullable<ReturnType<MessageCacheStore['get']>>;

function toMessage(r: MessageRow): CachedMessage {
  const m: CachedMessage = {
    id: r.id,
    channelId: r.channel_id,
    guildId: r.guild_id,
    authorId: r.author_id,
    authorName: r.author_name,
    content: r.content,
    type: r.type,
    createAt: r.create_at,
  };
  const attachments = readUnknown(r.attachments);
  if (attachments !== undefined) m.attachments = attachments;
  return m;
}

export function createMessageCacheStore(db: Database.Database): MessageCacheStore {
  const upsert = db.prepare(`INSERT INTO messages (id, channel_id, guild_id, author_id, author_name, content, type, create_at, attachments)
    VALUES (@id, @channelId, @guildId, @authorId, @authorName, @content, @type, @createAt, @attachments)
    ON CONFLICT(id) DO UPDATE SET author_name = excluded.author_name, content = excluded.content,
      type = excluded.type, attachments = excluded.attachments`);
  const byId = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE id = ?');
  const putAll = db.transaction((messages: Parameters<MessageCacheStore['put']>[0]) => {
    for (const m of messages) upsert.run({ ...m, attachments: toJson(m.attachments) });
  });
  return {
    put(messages) {
      if (messages.length > 0) putAll(messages);
    },
    get(id) {
      const row = byId.get(id);
      return row ? toMessage(row) : null;
    },
  };
}
