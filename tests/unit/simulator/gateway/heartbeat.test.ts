import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RawClient, codeOf, sleep, startSim, type Sim } from './harness';

describe('gateway heartbeat (GATEWAY.md §6 rule 4, §9)', () => {
  let sim: Sim;
  beforeEach(async () => {
    sim = await startSim({ replayWindow: 10 });
  });
  afterEach(async () => {
    await sim.close();
  });

  it('answers PING with PONG {"s":3}', async () => {
    const { client } = await RawClient.hello(sim.url());
    client.ping(0);
    const pong = await client.waitFor((f) => f.s === 3);
    expect(pong).toEqual({ s: 3, binary: false });
    client.close();
  });

  it('re-sends every event after the sn a PING reports when the client is behind', async () => {
    const { client } = await RawClient.hello(sim.url());
    sim.publish(4);
    await client.waitForEvents(4);
    client.ping(2);
    await client.waitForEvents(6);
    expect(client.sns()).toEqual([1, 2, 3, 4, 3, 4]);
    client.ping(4);
    await client.waitFor((f) => f.s === 3);
    await sleep(20);
    expect(client.sns()).toHaveLength(6);
    client.close();
  });

  it('answers a PING sn beyond anything sent with RECONNECT 40108 and closes', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    sim.publish(1);
    await client.waitForEvents(1);
    client.ping(7);
    const reconnect = await client.waitFor((f) => f.s === 5);
    expect(codeOf(reconnect)).toBe(40108);
    expect(await client.waitForClose()).toBe(1000);
    expect(sim.gateway.control.sessions().map((s) => s.sessionId)).not.toContain(sessionId);
  });

  it('answers a PING sn older than the replay window with RECONNECT 40108', async () => {
    const { client } = await RawClient.hello(sim.url());
    sim.publish(15);
    await client.waitForEvents(15);
    client.ping(1);
    expect(codeOf(await client.waitFor((f) => f.s === 5))).toBe(40108);
  });

  it('survives garbage from the client: non-JSON, wrong shapes, binary, oversized', async () => {
    const { client } = await RawClient.hello(sim.url());
    for (const junk of ['', 'hello', '{', 'null', '[]', '42', '{"s":"2"}', '{"s":2,"sn":-1}', '{"s":2,"sn":1.5}', '{"s":99}', '{"s":4}']) {
      client.send(junk);
    }
    client.ws.send(Buffer.from([0x78, 0x9c, 1, 2, 3]));
    client.send('x'.repeat(10_000));
    client.ping(0);
    await client.waitFor((f) => f.s === 3);
    expect(client.frames.filter((f) => f.s === 3)).toHaveLength(1);
    expect(client.closeCode).toBeNull();
    client.close();
  });

  it('closes a client that floods the socket, and keeps serving others', async () => {
    const { client: flooder } = await RawClient.hello(sim.url());
    const { client: calm } = await RawClient.hello(sim.url());
    for (let i = 0; i < 1000; i++) flooder.send('garbage');
    expect(await flooder.waitForClose()).toBe(1008);
    calm.ping(0);
    await calm.waitFor((f) => f.s === 3);
    calm.close();
  });

  it('closes a client whose frame exceeds the payload limit', async () => {
    const { client } = await RawClient.hello(sim.url());
    client.send('y'.repeat(200_000));
    expect(await client.waitForClose()).toBe(1009);
  });
});
