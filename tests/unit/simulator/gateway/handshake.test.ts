import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT, RawClient, codeOf, sessionIdOf, sleep, startSim, type Sim } from './harness';

describe('gateway handshake (GATEWAY.md §1, §8)', () => {
  let sim: Sim;
  beforeEach(async () => {
    sim = await startSim({ gatewayTokenLifetimeMs: 60_000 });
  });
  afterEach(async () => {
    await sim.close();
  });

  it('issues a ws:// URL on the origin with compress and an opaque token', () => {
    const url = new URL(sim.gateway.issueUrl(BOT, true, sim.origin));
    expect(url.protocol).toBe('ws:');
    expect(url.host).toBe(new URL(sim.origin).host);
    expect(url.pathname).toBe('/gateway');
    expect(url.searchParams.get('compress')).toBe('1');
    expect(url.searchParams.get('token')).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(new URL(sim.url({ compress: false })).searchParams.get('compress')).toBe('0');
  });

  it('greets a valid token with HELLO code 0 and a uuid session_id', async () => {
    const client = await RawClient.connect(sim.url());
    const hello = await client.waitFor((f) => f.s === 1);
    expect(codeOf(hello)).toBe(0);
    expect(sessionIdOf(hello)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(sim.gateway.control.sessions()).toEqual([
      expect.objectContaining({ sessionId: sessionIdOf(hello), botId: BOT, lastSn: 0, connected: true }),
    ]);
    client.close();
  });

  async function helloErrorFor(url: string): Promise<{ code: number | undefined; closed: number }> {
    const client = await RawClient.connect(url);
    const hello = await client.waitFor((f) => f.s === 1);
    return { code: codeOf(hello), closed: await client.waitForClose() };
  }

  it('answers a missing token with HELLO 40100 and closes', async () => {
    const { code, closed } = await helloErrorFor(`${sim.origin.replace('http', 'ws')}/gateway?compress=0`);
    expect(code).toBe(40100);
    expect(closed).toBe(1000);
  });

  it('answers a garbled token with HELLO 40101', async () => {
    const url = new URL(sim.url());
    url.searchParams.set('token', 'not-a-token');
    expect((await helloErrorFor(url.toString())).code).toBe(40101);
  });

  it('answers a tampered signature with HELLO 40102', async () => {
    const url = new URL(sim.url());
    const [body] = (url.searchParams.get('token') ?? '').split('.');
    url.searchParams.set('token', `${body}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect((await helloErrorFor(url.toString())).code).toBe(40102);
  });

  it('answers an expired token with HELLO 40103', async () => {
    sim.clock.realTime = false;
    sim.clock.now = 1_000;
    const url = sim.url();
    sim.clock.now += 60_001;
    expect((await helloErrorFor(url)).code).toBe(40103);
  });

  it('expires every issued token on demand (fault), while new tokens work', async () => {
    const old = sim.url();
    sim.gateway.control.expireGatewayTokens();
    expect((await helloErrorFor(old)).code).toBe(40103);
    const { client } = await RawClient.hello(sim.url());
    client.close();
  });

  it('forces HELLO error codes for the next connections only (fault)', async () => {
    sim.gateway.control.setHelloError(40101, 2);
    expect((await helloErrorFor(sim.url())).code).toBe(40101);
    expect((await helloErrorFor(sim.url())).code).toBe(40101);
    const { client } = await RawClient.hello(sim.url());
    client.close();
  });

  it('delays HELLO by the configured time (fault)', async () => {
    sim.gateway.control.setHelloDelay(120);
    const started = Date.now();
    const client = await RawClient.connect(sim.url());
    await client.waitFor((f) => f.s === 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    client.close();
  });

  it('withholds HELLO entirely with a negative delay, socket open and PINGs unanswered (fault)', async () => {
    sim.gateway.control.setHelloDelay(-1);
    const client = await RawClient.connect(sim.url());
    client.ping(0);
    await sleep(80);
    expect(client.frames).toEqual([]);
    expect(client.closeCode).toBeNull();
    sim.gateway.control.setHelloDelay(null);
    const { client: next } = await RawClient.hello(sim.url());
    client.close();
    next.close();
  });
});
