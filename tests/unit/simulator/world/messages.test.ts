import { describe, expect, it } from 'vitest';
import type { MessageExtra } from '../../../../shared/kook';
import { call, codeOf, fixture, makeWorld, record, ORIGIN } from './helpers';

type Item = { id: string; create_at: number; content: string };
const list = (w: ReturnType<typeof makeWorld>, p: Record<string, unknown>): Item[] => call<{ items: Item[] }>(w, 'message/list', p).items;

describe('message/list cursor', () => {
  it('returns the latest page oldest→newest, default 50', () => {
    const w = makeWorld();
    const f = fixture(w);
    const items = list(w, { target_id: f.textId });
    expect(items).toHaveLength(50);
    for (let i = 1; i < items.length; i++) expect(items[i]!.create_at).toBeGreaterThan(items[i - 1]!.create_at);
  });

  it('pages before and after a reference, excluding it, and around including it', () => {
    const w = makeWorld();
    const f = fixture(w);
    const latest = list(w, { target_id: f.textId, page_size: 100 });
    const ref = latest[40]!;
    const before = list(w, { target_id: f.textId, msg_id: ref.id, flag: 'before', page_size: 10 });
    expect(before.map((m) => m.id)).toEqual(latest.slice(30, 40).map((m) => m.id));
    const after = list(w, { target_id: f.textId, msg_id: ref.id, flag: 'after', page_size: 10 });
    expect(after.map((m) => m.id)).toEqual(latest.slice(41, 51).map((m) => m.id));
    const around = list(w, { target_id: f.textId, msg_id: ref.id, flag: 'around', page_size: 11 });
    expect(around.map((m) => m.id)).toEqual(latest.slice(35, 46).map((m) => m.id));
    const newest = latest[latest.length - 1]!;
    expect(list(w, { target_id: f.textId, msg_id: newest.id, flag: 'after' })).toEqual([]);
  });

  it('rejects page_size over 100 and unknown msg_id with 40000, and missing target_id naming the field', () => {
    const w = makeWorld();
    const f = fixture(w);
    expect(codeOf(() => list(w, { target_id: f.textId, page_size: 101 }))).toBe(40000);
    expect(codeOf(() => list(w, { target_id: f.textId, msg_id: '00000000-0000-4000-8000-000000000000' }))).toBe(40000);
    const route = w.routes.find((r) => r.path === 'message/list');
    const parsed = route?.params.safeParse({});
    expect(parsed?.success).toBe(false);
    expect(parsed?.error?.issues[0]?.path).toEqual(['target_id']);
  });

  it('lists pinned messages with pin=1', () => {
    const w = makeWorld();
    const f = fixture(w);
    const pins = list(w, { target_id: f.textId, pin: 1 });
    expect(pins.length).toBeGreaterThan(0);
  });
});

describe('message mutations', () => {
  it('creates a message, echoes the nonce and emits the full chat event', () => {
    const w = makeWorld();
    const f = fixture(w);
    const events = record(w);
    const mention = f.plain(2);
    const out = call<{ msg_id: string; msg_timestamp: number; nonce: string }>(w, 'message/create', { target_id: f.textId, type: 9, content: `**hi** (met)${mention}(met)`, nonce: 'n-1' });
    expect(out.nonce).toBe('n-1');
    expect(out.msg_id).toMatch(/^[0-9a-f-]{36}$/);
    const e = events[0]!;
    expect(e.kind).toBe('9');
    expect(e.data).toMatchObject({ channel_type: 'GROUP', type: 9, target_id: f.textId, author_id: w.defaultBot.id, msg_id: out.msg_id, nonce: 'n-1' });
    const extra = e.data.extra as MessageExtra;
    expect(extra.mention).toEqual([mention]);
    expect(extra.kmarkdown?.raw_content).toMatch(/^hi @/);
    expect(extra.author.avatar.startsWith(`${ORIGIN}/_sim/img/avatar/`)).toBe(true);
    const view = call<{ id: string; channel_id: string; content: string }>(w, 'message/view', { msg_id: out.msg_id });
    expect(view).toMatchObject({ id: out.msg_id, channel_id: f.textId });
    expect(list(w, { target_id: f.textId, page_size: 1 })[0]?.id).toBe(out.msg_id);
  });

  it('quotes, edits own KMarkdown, deletes and pins with the right events', () => {
    const w = makeWorld();
    const f = fixture(w);
    const ref = list(w, { target_id: f.textId, page_size: 1 })[0]!;
    const events = record(w);
    const { msg_id } = call<{ msg_id: string }>(w, 'message/create', { target_id: f.textId, type: 9, content: 'reply', quote: ref.id });
    expect((events[0]?.data.extra as MessageExtra).quote?.rong_id).toBe(ref.id);
    call(w, 'message/update', { msg_id, content: 'edited' });
    call(w, 'message/pin', { target_id: f.textId, msg_id });
    call(w, 'message/unpin', { target_id: f.textId, msg_id });
    call(w, 'message/delete', { msg_id });
    expect(events.map((e) => e.kind)).toEqual(['9', 'updated_message', 'pinned_message', 'unpinned_message', 'deleted_message']);
    expect(codeOf(() => call(w, 'message/view', { msg_id }))).toBe(40000);
    expect(codeOf(() => call(w, 'message/update', { msg_id: ref.id, content: 'x' }))).toBe(40300);
  });

  it('keeps temp_target_id messages out of history and sends them to that user only', () => {
    const w = makeWorld();
    const f = fixture(w);
    const before = w.messageCount(f.textId);
    const events = record(w);
    call(w, 'message/create', { target_id: f.textId, type: 1, content: 'psst', temp_target_id: f.plain() });
    expect(w.messageCount(f.textId)).toBe(before);
    expect(events[0]?.audience).toEqual({ kind: 'user', userId: f.plain() });
  });

  it('enforces slow mode for plain members but not for the bot, and card validity', () => {
    const w = makeWorld();
    const f = fixture(w);
    call(w, 'channel/update', { channel_id: f.textId, slow_mode: 10000 });
    expect(codeOf(() => call(w, 'channel/update', { channel_id: f.textId, slow_mode: 7 }))).toBe(40000);
    const member = f.plain();
    call(w, 'message/create', { target_id: f.textId, type: 1, content: 'one' }, member);
    expect(codeOf(() => call(w, 'message/create', { target_id: f.textId, type: 1, content: 'two' }, member))).toBe(40000);
    call(w, 'message/create', { target_id: f.textId, type: 1, content: 'a' });
    call(w, 'message/create', { target_id: f.textId, type: 1, content: 'b' });
    expect(codeOf(() => call(w, 'message/create', { target_id: f.textId, type: 10, content: '{"not":"cards"}' }))).toBe(40011);
    expect(codeOf(() => call(w, 'message/create', { target_id: f.textId, type: 1, content: '' }))).toBe(40000);
  });

  it('reacts, lists reactors, and needs bit 13 to remove another user reaction', () => {
    const w = makeWorld();
    const f = fixture(w);
    const ref = list(w, { target_id: f.textId, page_size: 1 })[0]!;
    const events = record(w);
    call(w, 'message/add-reaction', { msg_id: ref.id, emoji: '👍' }, f.plain());
    const users = call<{ id: string; reaction_time: number }[]>(w, 'message/reaction-list', { msg_id: ref.id, emoji: '[#128077;]' });
    expect(users.map((u) => u.id)).toContain(f.plain());
    expect(codeOf(() => call(w, 'message/delete-reaction', { msg_id: ref.id, emoji: '[#128077;]', user_id: w.defaultBot.id }, f.plain()))).toBe(40300);
    call(w, 'message/delete-reaction', { msg_id: ref.id, emoji: '[#128077;]', user_id: f.plain() });
    expect(events.map((e) => e.kind)).toEqual(['added_reaction', 'deleted_reaction']);
    expect(events[0]?.data.extra).toMatchObject({ body: { emoji: { id: '[#128077;]' }, user_id: f.plain(), channel_id: f.textId } });
  });
});
