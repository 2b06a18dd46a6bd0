import { describe, expect, it } from 'vitest';
import { openInMemoryModerationDatabase } from '../../../../main/store/db';

const msg = { id: 'm1', channelId: 'c1', guildId: 'g1', authorId: 'u1', authorName: 'alice', content: '大家好，今天开会', type: 1, createAt: 10 };

describe('message cache', () => {
  it('stores and reads messages, with and without attachments', () => {
    const db = openInMemoryModerationDatabase();
    db.messages.put([msg, { ...msg, id: 'm2', attachments: { type: 'image', url: 'https://img.kookapp.cn/a.png' } }]);
    expect(db.messages.get('m1')).toEqual(msg);
    expect(db.messages.get('m2')?.attachments).toEqual({ type: 'image', url: 'https://img.kookapp.cn/a.png' });
    expect(db.messages.get('missing')).toBeNull();
  });

  it('updates a message seen again (an edit) and keeps the content index in step', () => {
    const db = openInMemoryModerationDatabase();
    db.messages.put([msg]);
    db.messages.put([{ ...msg, content: 'edited: 明天开会' }]);
    expect(db.messages.get('m1')?.content).toBe('edited: 明天开会');
    const match = (q: string): unknown[] => db.connection.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?').pluck().all(q);
    expect(match('"明天开"')).toHaveLength(1);
    expect(match('"今天开"')).toHaveLength(0);
    db.messages.put([]);
  });
});
