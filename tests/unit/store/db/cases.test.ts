import { beforeEach, describe, expect, it } from 'vitest';
import { type KookdeskDatabase, openInMemoryModerationDatabase, openModerationDatabase } from '../../../../main/store/db';
import { newCase, tmpDbFile } from './helpers';

describe('case store', () => {
  let db: KookdeskDatabase;
  beforeEach(() => {
    db = openInMemoryModerationDatabase();
  });

  it('numbers cases from 1 and returns every field as stored', () => {
    const evidence = { messages: [{ id: 'm1', channelId: 'c1', authorId: 'u1', authorName: 'spammer', content: 'buy now', type: 1, createAt: 5, attachments: [{ url: 'x' }] }], before: { nickname: 'old' } };
    const first = db.cases.add(newCase({ evidence, durationMs: 60_000, expiresAt: 1_700_000_060_000, undoData: { roleId: 7 } }));
    const second = db.cases.add(newCase({ result: { ok: false, code: 'KOOK_ERROR', message: 'no permission', kookCode: 40000 }, undoable: false }));
    expect(first).toEqual({
      id: 1, guildId: 'g1', action: 'member.ban', targetId: 'u1', targetName: 'spammer', reason: 'spam links', actor: 'Demo bot',
      createdAt: 1_700_000_000_000, result: { ok: true }, durationMs: 60_000, expiresAt: 1_700_000_060_000, evidence, undoable: true, undoneByCaseId: null,
    });
    expect(second.id).toBe(2);
    expect(second.result).toEqual({ ok: false, code: 'KOOK_ERROR', message: 'no permission', kookCode: 40000 });
    expect(db.cases.get(1)?.undoData).toEqual({ roleId: 7 });
    expect(db.cases.get(2)?.undoData).toBeNull();
    expect(db.cases.get(99)).toBeNull();
    // Case writes commit with synchronous = FULL, then the connection returns to NORMAL.
    expect(db.connection.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('lists newest first with every filter, a total and pages', () => {
    db.cases.add(newCase({ guildId: 'g1', action: 'member.ban', targetId: 'u1', createdAt: 100 }));
    db.cases.add(newCase({ guildId: 'g1', action: 'member.kick', targetId: 'u2', createdAt: 200 }));
    db.cases.add(newCase({ guildId: 'g2', action: 'member.ban', targetId: 'u2', createdAt: 300 }));
    db.cases.add(newCase({ guildId: 'g1', action: 'member.ban', targetId: 'u3', createdAt: 400 }));
    const ids = (q: Parameters<typeof db.cases.list>[0]): number[] => db.cases.list(q).items.map((c) => c.id);
    expect(ids({})).toEqual([4, 3, 2, 1]);
    expect(ids({ guildId: 'g1' })).toEqual([4, 2, 1]);
    expect(ids({ action: 'member.ban' })).toEqual([4, 3, 1]);
    expect(ids({ targetId: 'u2' })).toEqual([3, 2]);
    expect(ids({ since: 200, until: 300 })).toEqual([3, 2]);
    expect(ids({ guildId: 'g1', action: 'member.ban', since: 150 })).toEqual([4]);
    expect(db.cases.list({ pageSize: 3 })).toMatchObject({ total: 4, items: [{ id: 4 }, { id: 3 }, { id: 2 }] });
    expect(db.cases.list({ pageSize: 3, page: 2 })).toMatchObject({ total: 4, items: [{ id: 1 }] });
    expect(db.cases.list({ guildId: 'g1', pageSize: 2, page: 2 })).toMatchObject({ total: 3, items: [{ id: 1 }] });
    expect(db.cases.list({ guildId: 'nope' })).toEqual({ items: [], total: 0 });
  });

  it('searches reason, target name and evidence, in English and by Chinese substrings', () => {
    db.cases.add(newCase({ reason: 'Posting invite links repeatedly', targetName: 'raider01' }));
    db.cases.add(newCase({ reason: '在频道里刷屏广告', targetName: '小明' }));
    db.cases.add(newCase({ reason: null, targetName: 'quiet', evidence: { messages: [{ id: 'm', channelId: 'c', authorId: 'u', authorName: 'quiet', content: '免费领取会员点击链接', type: 1, createAt: 1 }] } }));
    const found = (search: string): number[] => db.cases.list({ search }).items.map((c) => c.id);
    expect(db.trigram).toBe(true);
    expect(found('invite')).toEqual([1]);
    expect(found('INVITE links')).toEqual([1]);
    expect(found('raider')).toEqual([1]);
    expect(found('刷屏广告')).toEqual([2]); // 4 characters: through the trigram index
    expect(found('刷屏')).toEqual([2]); // 2 characters: too short for trigrams, substring fallback
    expect(found('小明')).toEqual([2]);
    expect(found('会员')).toEqual([3]);
    expect(found('领取会员')).toEqual([3]);
    expect(found('"quoted" stuff')).toEqual([]);
    expect(found('nothing-like-this')).toEqual([]);
    expect(db.cases.list({ search: '刷屏', guildId: 'g1' }).total).toBe(1);
  });

  it('edits a reason, and search follows the new reason', () => {
    db.cases.add(newCase({ reason: 'first draft' }));
    expect(db.cases.editReason(1, '恶意刷屏 flood')?.reason).toBe('恶意刷屏 flood');
    expect(db.cases.get(1)?.reason).toBe('恶意刷屏 flood');
    expect(db.cases.list({ search: 'draft' }).total).toBe(0);
    expect(db.cases.list({ search: 'flood' }).total).toBe(1);
    expect(db.cases.editReason(42, 'x')).toBeNull();
  });

  it('marks a case undone by a later case, which ends its undoability', () => {
    db.cases.add(newCase());
    db.cases.add(newCase({ action: 'member.unban', undoable: false }));
    db.cases.markUndone(1, 2);
    expect(db.cases.get(1)).toMatchObject({ undoable: false, undoneByCaseId: 2 });
    expect(() => db.cases.markUndone(1, 999)).toThrow(/FOREIGN KEY/u);
  });

  it('exports every matching case oldest first, across chunk boundaries', () => {
    db.connection.transaction(() => {
      for (let i = 0; i < 1203; i++) db.cases.add(newCase({ guildId: i % 3 === 0 ? 'g2' : 'g1', createdAt: i }));
    })();
    const all = [...db.cases.all({})];
    expect(all).toHaveLength(1203);
    expect(all.map((c) => c.id)).toEqual(Array.from({ length: 1203 }, (_, i) => i + 1));
    const g2 = [...db.cases.all({ guildId: 'g2', since: 600 })];
    expect(g2.every((c) => c.guildId === 'g2' && c.createdAt >= 600)).toBe(true);
    expect(g2.map((c) => c.id)).toEqual([...g2.map((c) => c.id)].sort((a, b) => a - b));
    expect(g2).toHaveLength(201);
  });

  it('keeps cases across a reopen and continues the numbering', () => {
    const file = tmpDbFile();
    const a = openModerationDatabase(file);
    a.cases.add(newCase());
    a.cases.add(newCase());
    a.close();
    const b = openModerationDatabase(file);
    expect(b.cases.add(newCase()).id).toBe(3);
    expect(b.cases.list({}).total).toBe(3);
    b.close();
  });

  it('reads a damaged JSON cell as a typed fallback instead of crashing', () => {
    db.cases.add(newCase({ evidence: { before: { a: 1 } } }));
    db.connection.exec(`UPDATE cases SET evidence = '{"messages": 5}', result = '{"ok": "maybe"}' WHERE id = 1`);
    expect(db.cases.get(1)).toMatchObject({ evidence: null, result: { ok: false, code: 'UNREADABLE' } });
  });
});
