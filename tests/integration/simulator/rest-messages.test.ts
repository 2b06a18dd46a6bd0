// message/* (REST.md B.6): create/view/update/delete, the cursor paging of message/list, pins,
// reactions, and the events each mutation emits (EVENTS.md §3, §4.1) — the bot's own included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import type { RawGateway } from './support/rawGateway';
import { type Api, type DemoGuild, bind, body, connect, demoGuild, freshChannel, newMember, postMany, startSim, waitEvent } from './support/sim';

let sim: Simulator;
let api: Api;
let g: DemoGuild;
let peer: RawGateway;
let room: string;
let ids: string[];

type Msg = { id: string; type: number; content: string; create_at: number; updated_at: number; author: { id: string }; channel_id?: string; quote: { id: string } | null; reactions: { emoji: { id: string }; count: number; me: boolean }[]; mention: string[]; mention_info: unknown };
const list = async (params: Record<string, unknown>): Promise<string[]> => (await api.ok<{ items: Msg[] }>('message/list', { target_id: room, ...params })).items.map((m) => m.id);

beforeAll(async () => {
  sim = await startSim();
  api = bind(sim);
  g = await demoGuild(api);
  peer = (await connect(sim)).peer;
  room = await freshChannel(api, g.guildId, 'paging');
  ids = await postMany(api, room, 12);
});
afterAll(async () => {
  peer.close();
  await sim.close();
});

describe('message/create and view', () => {
  it('answers {msg_id, msg_timestamp, nonce} and delivers the bot its own message as an event', async () => {
    const created = await api.ok<{ msg_id: string; msg_timestamp: number; nonce: string }>('message/create', { target_id: g.channelId, type: 9, content: '**hi** there', nonce: 'n-1' });
    expect(created.msg_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.nonce).toBe('n-1');
    expect(typeof created.msg_timestamp).toBe('number');
    await peer.waitFor((fs) => fs.some((f) => f.s === 0 && f.d?.['msg_id'] === created.msg_id));
    const ev = peer.frames.find((f) => f.d?.['msg_id'] === created.msg_id);
    expect(ev?.d).toMatchObject({ channel_type: 'GROUP', type: 9, target_id: g.channelId, author_id: sim.botId, content: '**hi** there', nonce: 'n-1', msg_timestamp: created.msg_timestamp });
    expect(ev?.d?.extra).toMatchObject({ type: 9, guild_id: g.guildId, channel_type: 1, author: { id: sim.botId }, kmarkdown: { raw_content: 'hi there' } });
  });

  it('answers message/view with REST.md A.6 fields and channel_id', async () => {
    const m = await api.ok<Msg>('message/view', { msg_id: ids[0] });
    expect(m).toMatchObject({ id: ids[0], type: 9, content: 'm0', channel_id: room, author: { id: sim.botId }, updated_at: 0 });
    for (const k of ['mention', 'mention_all', 'mention_roles', 'mention_here', 'embeds', 'attachments', 'create_at', 'reactions', 'quote', 'mention_info']) expect(m).toHaveProperty(k);
  });

  it('stores a quote and shows it in message/view', async () => {
    const quoted = (await api.ok<{ items: Msg[] }>('message/list', { target_id: g.channelId, page_size: 1 })).items[0]?.id;
    const created = await api.ok<{ msg_id: string }>('message/create', { target_id: g.channelId, type: 1, content: 'reply', quote: quoted });
    const m = await api.ok<Msg>('message/view', { msg_id: created.msg_id });
    expect(m.quote?.id).toBe(quoted);
  });

  it('answers 40000 for message/view of an unknown msg_id', async () => {
    const res = await api.call('message/view', { msg_id: '00000000-0000-0000-0000-000000000000' });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40000);
  });
});

describe('message/list cursor paging', () => {
  it('answers the latest messages oldest→newest with items only (no meta)', async () => {
    const data = await api.ok<Record<string, unknown>>('message/list', { target_id: room });
    expect(Object.keys(data)).toEqual(['items']);
    expect(await list({})).toEqual(ids);
  });

  it('answers before with older messages, excluding the reference', async () => {
    expect(await list({ msg_id: ids[5], flag: 'before', page_size: 3 })).toEqual(ids.slice(2, 5));
  });

  it('answers after with newer messages, excluding the reference', async () => {
    expect(await list({ msg_id: ids[5], flag: 'after', page_size: 3 })).toEqual(ids.slice(6, 9));
  });

  it('answers around with the reference in the middle', async () => {
    const page = await list({ msg_id: ids[5], flag: 'around', page_size: 5 });
    expect(page).toEqual(ids.slice(3, 8));
  });

  it('answers before the oldest message with an empty page', async () => {
    expect(await list({ msg_id: ids[0], flag: 'before' })).toEqual([]);
  });

  it('answers after the newest message with an empty page', async () => {
    expect(await list({ msg_id: ids[11], flag: 'after' })).toEqual([]);
  });

  it('answers around the first and the last message with what exists on each side', async () => {
    const first = await list({ msg_id: ids[0], flag: 'around', page_size: 5 });
    expect(first[0]).toBe(ids[0]);
    expect(ids.slice(0, first.length)).toEqual(first);
    const last = await list({ msg_id: ids[11], flag: 'around', page_size: 5 });
    expect(last[last.length - 1]).toBe(ids[11]);
    expect(ids.slice(12 - last.length)).toEqual(last);
  });

  it('honours page_size 1', async () => {
    expect(await list({ page_size: 1 })).toEqual([ids[11]]);
    expect(await list({ msg_id: ids[4], flag: 'before', page_size: 1 })).toEqual([ids[3]]);
  });

  it('honours page_size 100 and refuses 101 with 40000 naming page_size', async () => {
    const many = await api.ok<{ items: Msg[] }>('message/list', { target_id: g.channelId, page_size: 100 });
    expect(many.items.length).toBe(100);
    const ts = many.items.map((m) => m.create_at);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    const res = await api.call('message/list', { target_id: g.channelId, page_size: 101 }, { lang: 'en-US' });
    if (typeof res.body === 'string') throw new Error('not JSON');
    expect(res.body.code).toBe(40000);
    expect(res.body.message).toContain('page_size');
  });

  it('refuses an unknown msg_id with 40000', async () => {
    const res = await api.call('message/list', { target_id: room, msg_id: 'no-such-message', flag: 'before' });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40000);
  });

  it('walks the whole history backwards without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await list(cursor ? { msg_id: cursor, flag: 'before', page_size: 5 } : { page_size: 5 });
      seen.unshift(...page);
      if (page.length < 5) break;
      cursor = page[0];
    }
    expect(seen).toEqual(ids);
  });
});

describe('message mutations and their events', () => {
  it('updates a KMarkdown message: updated_message event, and view shows the new content and updated_at', async () => {
    const [id] = await postMany(api, room, 1, 'edit-me');
    await api.ok('message/update', { msg_id: id, content: 'edited (met)' + sim.botId + '(met)' });
    const ev = await waitEvent(peer, 'updated_message', (f) => body(f)['msg_id'] === id);
    expect(body(ev)).toMatchObject({ channel_id: room, content: `edited (met)${sim.botId}(met)`, mention: [sim.botId] });
    const m = await api.ok<Msg>('message/view', { msg_id: id });
    expect(m.content).toBe(`edited (met)${sim.botId}(met)`);
    expect(m.updated_at).toBeGreaterThan(0);
  });

  it("refuses to update someone else's message with 40300", async () => {
    const member = await newMember(api, g.guildId);
    const sent = await api.act(member, 'message/create', { target_id: room, type: 9, content: 'mine' });
    const res = await api.call('message/update', { msg_id: (sent.data as { msg_id: string }).msg_id, content: 'hacked' });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40300);
  });

  it('deletes a message: deleted_message event, gone from message/list and message/view', async () => {
    const [id] = await postMany(api, room, 1, 'delete-me');
    await api.ok('message/delete', { msg_id: id });
    const ev = await waitEvent(peer, 'deleted_message', (f) => body(f)['msg_id'] === id);
    expect(body(ev)).toMatchObject({ channel_id: room, channel_type: 1 });
    expect(await list({})).not.toContain(id);
    const res = await api.call('message/view', { msg_id: id });
    expect(typeof res.body !== 'string' && res.body.code).toBe(40000);
  });

  it('pins and unpins: pinned_message / unpinned_message with operator_id, and pin=1 lists pinned only', async () => {
    await api.ok('message/pin', { target_id: room, msg_id: ids[3] });
    const ev = await waitEvent(peer, 'pinned_message', (f) => body(f)['msg_id'] === ids[3]);
    expect(body(ev)).toMatchObject({ channel_id: room, operator_id: sim.botId });
    expect(await list({ pin: 1 })).toEqual([ids[3]]);
    await api.ok('message/unpin', { target_id: room, msg_id: ids[3] });
    await waitEvent(peer, 'unpinned_message', (f) => body(f)['msg_id'] === ids[3]);
    expect(await list({ pin: 1 })).toEqual([]);
  });

  it('adds and removes reactions with events, reaction-list and the message reactions', async () => {
    const emoji = '[#128077;]';
    await api.ok('message/add-reaction', { msg_id: ids[1], emoji });
    const ev = await waitEvent(peer, 'added_reaction', (f) => body(f)['msg_id'] === ids[1]);
    expect(body(ev)).toMatchObject({ user_id: sim.botId, channel_id: room, emoji: { id: emoji } });
    const users = await api.ok<{ id: string; reaction_time: number }[]>('message/reaction-list', { msg_id: ids[1], emoji });
    expect(users.map((u) => u.id)).toEqual([sim.botId]);
    expect(typeof users[0]?.reaction_time).toBe('number');
    const m = await api.ok<Msg>('message/view', { msg_id: ids[1] });
    expect(m.reactions).toEqual([expect.objectContaining({ emoji: expect.objectContaining({ id: emoji }), count: 1, me: true })]);
    await api.ok('message/delete-reaction', { msg_id: ids[1], emoji });
    await waitEvent(peer, 'deleted_reaction', (f) => body(f)['msg_id'] === ids[1]);
    expect(await api.ok('message/reaction-list', { msg_id: ids[1], emoji })).toEqual([]);
  });

  it("removes another member's reaction only with manage messages (bot has it)", async () => {
    const member = await newMember(api, g.guildId);
    const emoji = '[#128226;]';
    expect((await api.act(member, 'message/add-reaction', { msg_id: ids[2], emoji })).code).toBe(0);
    await waitEvent(peer, 'added_reaction', (f) => body(f)['user_id'] === member);
    await api.ok('message/delete-reaction', { msg_id: ids[2], emoji, user_id: member });
    await waitEvent(peer, 'deleted_reaction', (f) => body(f)['user_id'] === member);
  });
});
