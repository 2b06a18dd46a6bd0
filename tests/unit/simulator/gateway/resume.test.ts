import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RawClient, codeOf, eventually, msgIdOf, sessionIdOf, startSim, type Sim } from './harness';

describe('gateway resume (GATEWAY.md §5, §7)', () => {
  let sim: Sim;
  beforeEach(async () => {
    sim = await startSim({ replayWindow: 10, sessionLifetimeMs: 60_000 });
  });
  afterEach(async () => {
    await sim.close();
  });

  const resumeUrl = (base: string, params: Record<string, string>): string =>
    `${base}&${new URLSearchParams(params).toString()}`;

  it('resumes with the last contiguous sn after a dropped socket: HELLO, replay, RESUME ACK, then live', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    sim.publish(3);
    await client.waitForEvents(3);
    client.close();
    await client.waitForClose();
    sim.publish(2); // numbered while disconnected (KOOK keeps counting)

    const resumed = await RawClient.connect(resumeUrl(sim.url(), { resume: '1', sn: '1', session_id: sessionId }));
    await resumed.waitFor((f) => f.s === 6);
    sim.publish(1);
    await resumed.waitForEvents(5);
    expect(resumed.frames.map((f) => (f.s === 0 ? `e${f.sn}` : `s${f.s}`))).toEqual(['s1', 'e2', 'e3', 'e4', 'e5', 's6', 'e6']);
    expect(sessionIdOf(resumed.frames[0])).toBe(sessionId);
    expect(resumed.frames[5]?.d).toEqual({ session_id: sessionId });
    expect(resumed.events().map(msgIdOf)).toEqual(['m2', 'm3', 'm4', 'm5', 'm6']);
    resumed.close();
  });

  it('accepts the old, still valid gateway URL for the resume', async () => {
    const url = sim.url();
    const { client, sessionId } = await RawClient.hello(url);
    client.close();
    await client.waitForClose();
    const resumed = await RawClient.connect(resumeUrl(url, { resume: '1', sn: '0', session_id: sessionId }));
    await resumed.waitFor((f) => f.s === 6);
    resumed.close();
  });

  it('takes over a session whose old socket is still open', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    const resumed = await RawClient.connect(resumeUrl(sim.url(), { resume: '1', sn: '0', session_id: sessionId }));
    await resumed.waitFor((f) => f.s === 6);
    await client.waitForClose();
    sim.publish(1);
    await resumed.waitForEvents(1);
    expect(client.events()).toEqual([]);
    resumed.close();
  });

  async function reconnectCode(url: string): Promise<number | undefined> {
    const client = await RawClient.connect(url);
    const frame = await client.waitFor((f) => f.s === 5 || f.s === 1);
    expect(frame.s).toBe(5);
    await client.waitForClose();
    return codeOf(frame);
  }

  it('answers a resume of an unknown session with RECONNECT 40107', async () => {
    expect(await reconnectCode(resumeUrl(sim.url(), { resume: '1', sn: '0', session_id: 'no-such-session' }))).toBe(40107);
  });

  it('answers a resume of another bot’s session with RECONNECT 40107', async () => {
    const { client, sessionId } = await RawClient.hello(sim.url());
    expect(await reconnectCode(resumeUrl(sim.url({ bot: 'bot-2' }), { resume: '1', sn: '0', session_id: sessionId }))).toBe(40107);
    client.close();
  });

  it('answers a resume without sn or session_id with RECONNECT 40106', async () => {
    expect(await reconnectCode(resumeUrl(sim.url(), { resume: '1', sn: '0' }))).toBe(40106);
    expect(await reconnectCode(resumeUrl(sim.url(), { resume: '1', session_id: 'x' }))).toBe(40106);
  });

  it('answers a resume sn older than the replay window, ahead of the session, or not a number with RECONNECT 40108', async () => {
    for (const sn of ['2', '99', 'abc']) {
      const { client, sessionId } = await RawClient.hello(sim.url());
      sim.publish(15);
      await client.waitForEvents(15);
      client.close();
      await client.waitForClose();
      expect(await reconnectCode(resumeUrl(sim.url(), { resume: '1', sn, session_id: sessionId }))).toBe(40108);
    }
  });

  it('forgets a session after sessionLifetimeMs without a socket: resume gets RECONNECT 40107', async () => {
    sim.clock.realTime = false;
    sim.clock.now = 1_000;
    const { client, sessionId } = await RawClient.hello(sim.url());
    client.close();
    await eventually(() => sim.gateway.control.sessions().every((s) => !s.connected));
    sim.clock.now += 60_001;
    expect(await reconnectCode(resumeUrl(sim.url(), { resume: '1', sn: '0', session_id: sessionId }))).toBe(40107);
  });

  it('answers a resume with an expired gateway token with HELLO 40103', async () => {
    const url = sim.url();
    const { client, sessionId } = await RawClient.hello(url);
    client.close();
    sim.gateway.control.expireGatewayTokens();
    const resumed = await RawClient.connect(resumeUrl(url, { resume: '1', sn: '0', session_id: sessionId }));
    expect(codeOf(await resumed.waitFor((f) => f.s === 1))).toBe(40103);
  });
});
