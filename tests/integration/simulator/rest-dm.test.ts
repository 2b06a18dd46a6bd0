// direct-message/create|list and user-chat/list (REST.md B.7, B.8; EVENTS.md §3 PERSON messages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import type { RawGateway } from './support/rawGateway';
import { type Api, bind, connect, demoGuild, newMember, startSim } from './support/sim';

let sim: Simulator;
let api: Api;
let peer: RawGateway;
let friend: string;

type Dm = { id: string; type: number; content: string; author_id: string; create_at: number };

beforeAll(async () => {
  sim = await startSim();
  api = bind(sim);
  const g = await demoGuild(api);
  friend = await newMember(api, g.guildId);
  peer = (await connect(sim)).peer;
});
afterAll(async () => {
  peer.close();
  await sim.close();
});

describe('direct messages', () => {
  it('sends a DM by target_id and delivers a PERSON event to the bot with the chat code', async () => {
    const sent = await api.ok<{ msg_id: string; msg_timestamp: number; nonce: string }>('direct-message/create', { target_id: friend, type: 1, content: 'hello dm', nonce: 'x' });
    expect(sent.nonce).toBe('x');
    await peer.waitFor((fs) => fs.some((f) => f.d?.['msg_id'] === sent.msg_id));
    const ev = peer.frames.find((f) => f.d?.['msg_id'] === sent.msg_id);
    expect(ev?.d).toMatchObject({ channel_type: 'PERSON', target_id: sim.botId, author_id: sim.botId, content: 'hello dm' });
    expect((ev?.d?.extra as { code?: string }).code).toMatch(/^[0-9a-f]{32}$/);
  });

  it('delivers a DM from a member to the bot', async () => {
    const res = await api.act(friend, 'direct-message/create', { target_id: sim.botId, type: 1, content: 'hi bot' });
    expect(res.code).toBe(0);
    await peer.waitFor((fs) => fs.some((f) => f.d?.['content'] === 'hi bot'));
    const ev = peer.frames.find((f) => f.d?.['content'] === 'hi bot');
    expect(ev?.d).toMatchObject({ channel_type: 'PERSON', target_id: sim.botId, author_id: friend });
  });

  it('lists the chat by target_id and by chat_code, oldest→newest, with before/after cursors', async () => {
    const byTarget = await api.ok<{ items: Dm[] }>('direct-message/list', { target_id: friend });
    expect(byTarget.items.map((m) => m.content)).toEqual(['hello dm', 'hi bot']);
    const chats = await api.ok<{ items: { code: string; target_info: { id: string }; latest_msg_time: number; unread_count: number }[]; meta: { total: number } }>('user-chat/list');
    const chat = chats.items.find((c) => c.target_info.id === friend);
    expect(chat).toBeDefined();
    expect(chats.meta.total).toBeGreaterThanOrEqual(1);
    const byCode = await api.ok<{ items: Dm[] }>('direct-message/list', { chat_code: chat?.code });
    expect(byCode.items.map((m) => m.id)).toEqual(byTarget.items.map((m) => m.id));
    const [first, second] = byTarget.items;
    expect((await api.ok<{ items: Dm[] }>('direct-message/list', { chat_code: chat?.code, msg_id: second?.id, flag: 'before' })).items.map((m) => m.id)).toEqual([first?.id]);
    expect((await api.ok<{ items: Dm[] }>('direct-message/list', { chat_code: chat?.code, msg_id: first?.id, flag: 'after' })).items.map((m) => m.id)).toEqual([second?.id]);
  });

  it('refuses a DM without target_id or chat_code with 40000', async () => {
    const res = await api.call('direct-message/create', { type: 1, content: 'x' }, { lang: 'en-US' });
    if (typeof res.body === 'string') throw new Error('not JSON');
    expect(res.body.code).toBe(40000);
    expect(res.body.message).toContain('target_id');
  });
});
