import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GUILD, RawClient, msgIdOf, sleep, startSim, type Sim } from './harness';

describe('gateway event delivery (GATEWAY.md §2, §3, §6)', () => {
  let sim: Sim;
  beforeEach(async () => {
    sim = await startSim();
  });
  afterEach(async () => {
    await sim.close();
  });

  it('numbers events per session from 1, contiguous, as {"s":0,"d":event,"sn":n}', async () => {
    const { client } = await RawClient.hello(sim.url());
    sim.publish(5);
    const events = await client.waitForEvents(5);
    expect(events.map((f) => f.sn)).toEqual([1, 2, 3, 4, 5]);
    expect(events.map(msgIdOf)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(events[0]?.d).toMatchObject({ channel_type: 'GROUP', type: 9, content: '**hi** 你好' });
    expect(events.every((f) => !f.binary)).toBe(true);
    client.close();
  });

  it('sends every frame as a binary zlib stream when compress=1', async () => {
    const client = await RawClient.connect(sim.url({ compress: true }));
    const rawFrames: Buffer[] = [];
    client.ws.on('message', (data, isBinary) => {
      if (isBinary && Buffer.isBuffer(data)) rawFrames.push(data);
    });
    await client.waitFor((f) => f.s === 1);
    sim.publish(3);
    await client.waitForEvents(3);
    client.ping(3);
    await client.waitFor((f) => f.s === 3);
    expect(client.frames.every((f) => f.binary)).toBe(true);
    // RFC 1950 header: every frame is its own complete stream (decoded independently by the harness).
    expect(rawFrames.every((buf) => buf[0] === 0x78)).toBe(true);
    expect(client.sns()).toEqual([1, 2, 3]);
    client.close();
  });

  it('delivers guild events only to sessions of bots that are members of that guild', async () => {
    sim.members.add(`${GUILD}/bot-2`);
    const { client: one } = await RawClient.hello(sim.url());
    const { client: two } = await RawClient.hello(sim.url({ bot: 'bot-2' }));
    const { client: outsider } = await RawClient.hello(sim.url({ bot: 'bot-3' }));
    sim.publish(2);
    sim.publish(1, { guildId: 'other-guild' });
    await one.waitForEvents(2);
    await two.waitForEvents(2);
    await sleep(30);
    expect(one.events().map(msgIdOf)).toEqual(['m1', 'm2']);
    expect(two.events().map(msgIdOf)).toEqual(['m1', 'm2']);
    expect(outsider.events()).toEqual([]);
    for (const c of [one, two, outsider]) c.close();
  });

  it('delivers user-audience (PERSON) events only to that user', async () => {
    const { client: one } = await RawClient.hello(sim.url());
    const { client: two } = await RawClient.hello(sim.url({ bot: 'bot-2' }));
    sim.publish(1, { userId: 'bot-2' });
    const [event] = await two.waitForEvents(1);
    expect(event?.d).toMatchObject({ channel_type: 'PERSON', target_id: 'bot-2' });
    await sleep(30);
    expect(one.events()).toEqual([]);
    one.close();
    two.close();
  });

  it('records every emitted event in the ledger with session, sn, msg id, kind and channel', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    sim.publish(3);
    await client.waitForEvents(3);
    const ledger = sim.gateway.control.ledger(sessionId);
    expect(ledger.map((row) => [row.sn, row.msgId, row.kind, row.channelId])).toEqual([
      [1, 'm1', '9', 'chan-1'],
      [2, 'm2', '9', 'chan-1'],
      [3, 'm3', '9', 'chan-1'],
    ]);
    expect(ledger.every((row) => row.sessionId === sessionId && typeof row.at === 'number')).toBe(true);
    expect(sim.gateway.control.ledger('someone-else')).toEqual([]);
    client.close();
  });

  it('delays every frame under latency while keeping order', async () => {
    const { client } = await RawClient.hello(sim.url());
    sim.gateway.control.setLatency(60);
    const started = Date.now();
    sim.publish(50);
    client.ping(0);
    await client.waitForEvents(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    await client.waitFor((f) => f.s === 3);
    await sleep(20);
    // The PING arrived while all 50 were still on their way, so nothing is re-sent.
    expect(client.sns()).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    client.close();
  });

  it('keeps up with a burst of 20,000 events to one client, all in order (throughput smoke test)', async () => {
    const { client } = await RawClient.hello(sim.url({ compress: true }));
    const total = 20_000;
    for (let i = 0; i < total; i += 1000) {
      sim.publish(1000);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const events = await client.waitForEvents(total, 15_000);
    expect(events.length).toBe(total);
    expect(events.every((f, i) => f.sn === i + 1)).toBe(true);
    client.close();
  }, 20_000);
});
