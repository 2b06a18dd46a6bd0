import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RawClient, codeOf, eventually, sleep, startSim, type Sim } from './harness';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('gateway faults (issue 2 "Admin API → Faults")', () => {
  let sim: Sim;
  beforeEach(async () => {
    sim = await startSim({ replayWindow: 100 });
  });
  afterEach(async () => {
    await sim.close();
  });

  it('drops the socket without a close frame; the session stays resumable', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    expect(sim.gateway.control.dropSockets()).toBe(1);
    expect(await client.waitForClose()).toBe(1006);
    await eventually(() => sim.gateway.control.sessions()[0]?.connected === false);
    sim.publish(2);
    const resumed = await RawClient.connect(`${sim.url()}&resume=1&sn=0&session_id=${sessionId}`);
    await resumed.waitFor((f) => f.s === 6);
    expect(resumed.sns()).toEqual([1, 2]);
    resumed.close();
  });

  it('turns a socket into a zombie: open, no PONG, no events (still numbered), a resume recovers them', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    sim.gateway.control.setZombie(true);
    sim.publish(3);
    client.ping(0);
    await sleep(60);
    expect(client.frames.filter((f) => f.s !== 1)).toEqual([]);
    expect(client.closeCode).toBeNull();
    expect(sim.gateway.control.ledger(sessionId).map((r) => r.sn)).toEqual([1, 2, 3]);
    const resumed = await RawClient.connect(`${sim.url()}&resume=1&sn=0&session_id=${sessionId}`);
    await resumed.waitFor((f) => f.s === 6);
    expect(resumed.sns()).toEqual([1, 2, 3]);
    resumed.ping(3);
    await resumed.waitFor((f) => f.s === 3);
    resumed.close();
  });

  it('silences the stream: PONGs continue, events get no sn, are ledgered as withheld and never recovered', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    sim.publish(1);
    await client.waitForEvents(1);
    sim.gateway.control.setSilentStream(true, sessionId);
    sim.publish(2);
    client.ping(1);
    await client.waitFor((f) => f.s === 3);
    sim.gateway.control.setSilentStream(false);
    sim.publish(1);
    await client.waitForEvents(2);
    expect(client.sns()).toEqual([1, 2]);
    expect(sim.gateway.control.ledger(sessionId).map((r) => [r.sn, r.msgId])).toEqual([
      [1, 'm1'],
      ['withheld', 'm2'],
      ['withheld', 'm3'],
      [2, 'm4'],
    ]);
    client.ping(0);
    await client.waitForEvents(4);
    await sleep(20);
    expect(client.sns()).toEqual([1, 2, 1, 2]);
    client.close();
  });

  it('sends RECONNECT with the chosen code, closes, and forgets the session', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    expect(sim.gateway.control.sendReconnect(40107)).toBe(1);
    const frame = await client.waitFor((f) => f.s === 5);
    expect(frame.d).toEqual({ code: 40107, err: 'Session expired' });
    await client.waitForClose();
    const resumed = await RawClient.connect(`${sim.url()}&resume=1&sn=0&session_id=${sessionId}`);
    expect(codeOf(await resumed.waitFor((f) => f.s === 5))).toBe(40107);
  });

  it('reorders delivery within a window: every sn arrives once, not in order', async () => {
    const { client } = await RawClient.hello(sim.url());
    sim.gateway.control.setReorderWindow(5);
    sim.publish(20);
    await client.waitForEvents(20);
    const sns = client.sns();
    expect(sns).not.toEqual(range(1, 20));
    expect([...sns].sort((a, b) => a - b)).toEqual(range(1, 20));
    // Within windows of 5 frames: the first five frames are sns 1–5 in some order.
    expect([...sns.slice(0, 5)].sort((a, b) => a - b)).toEqual(range(1, 5));
    client.close();
  });

  it('flushes a partial reorder window so a quiet stream does not stall', async () => {
    const { client } = await RawClient.hello(sim.url());
    sim.gateway.control.setReorderWindow(50);
    sim.publish(3);
    await client.waitForEvents(3);
    expect([...client.sns()].sort()).toEqual([1, 2, 3]);
    client.close();
  });

  it('duplicates the next frames with the same sn', async () => {
    const { client } = await RawClient.hello(sim.url());
    sim.gateway.control.duplicateNext(2);
    sim.publish(3);
    await client.waitForEvents(5);
    expect(client.sns()).toEqual([1, 1, 2, 2, 3]);
    client.close();
  });

  it('withholds a frame (sn consumed, a gap) until a PING shows the client behind, then re-sends', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    sim.publish(1);
    await client.waitForEvents(1);
    sim.gateway.control.withholdNext(1);
    sim.publish(2);
    await client.waitForEvents(2);
    expect(client.sns()).toEqual([1, 3]);
    expect(sim.gateway.control.ledger(sessionId).map((r) => r.sn)).toEqual([1, 2, 3]);
    client.ping(1); // the largest contiguous sn
    await client.waitForEvents(4);
    expect(client.sns()).toEqual([1, 3, 2, 3]);
    client.close();
  });

  it('applies faults to the named session only', async () => {
    const { client: a, sessionId: idA } = await RawClient.hello(sim.url());
    const { client: b } = await RawClient.hello(sim.url());
    sim.gateway.control.duplicateNext(1, idA);
    sim.publish(1);
    await a.waitForEvents(2);
    await b.waitForEvents(1);
    await sleep(20);
    expect(b.sns()).toEqual([1]);
    expect(sim.gateway.control.dropSockets(idA)).toBe(1);
    expect(await a.waitForClose()).toBe(1006);
    expect(b.closeCode).toBeNull();
    b.close();
  });

  it('reset clears every fault and the ledger', async () => {
    const { client } = await RawClient.hello(sim.url());
    const control = sim.gateway.control;
    control.setSilentStream(true);
    control.setZombie(true);
    control.setLatency(500);
    control.setHelloError(40101, 5);
    sim.publish(1);
    control.reset();
    expect(control.ledger()).toEqual([]);
    sim.publish(1);
    client.ping(0);
    await client.waitForEvents(1, 300);
    await client.waitFor((f) => f.s === 3, 300);
    const { client: next } = await RawClient.hello(sim.url());
    next.close();
    client.close();
  });
});
