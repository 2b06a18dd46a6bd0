// HELLO handling (GATEWAY.md §4.4, §8): bad-token codes stop the client; the others, and a late or
// missing HELLO, end with the client connected.
import { afterEach, describe, expect, it } from 'vitest';
import { type ClientRig, sleep, startRig, waitFor } from './harness';

let rig: ClientRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function connectedSessions(r: ClientRig): Promise<number> {
  const { items } = await r.admin<{ items: { connected: boolean }[] }>('sessions');
  return items.filter((s) => s.connected).length;
}

describe('gateway client HELLO handling', () => {
  for (const code of [40101, 40102] as const) {
    it(`stops and reports a bad token on HELLO ${code}`, async () => {
      rig = await startRig({ connect: false });
      await rig.gatewayFault({ kind: 'hello-error', code, times: 5 });
      rig.gateway.start();
      await waitFor(() => rig?.state === 'FATAL', 5000, 'FATAL');
      expect(rig.fatals).toEqual([{ reason: 'bad-token', code }]);
      await sleep(300); // no retry loop: it stays stopped
      expect(rig.state).toBe('FATAL');
      expect(rig.states.filter((s) => s.to === 'WAIT_HELLO')).toHaveLength(1);
      expect(await connectedSessions(rig)).toBe(0);
    });
  }

  for (const code of [40100, 40103] as const) {
    it(`refetches the gateway after HELLO ${code} and connects`, async () => {
      rig = await startRig({ connect: false });
      await rig.gatewayFault({ kind: 'hello-error', code, times: 2 });
      rig.gateway.start();
      await rig.settle();
      expect(rig.states.filter((s) => s.reason === `HELLO ${code}`)).toHaveLength(2);
      expect(rig.fatals).toEqual([]);
      await rig.post(2);
      await rig.settle();
      expect(rig.delivered).toHaveLength(2);
    });
  }

  it('waits for a HELLO that is late but inside the timeout', async () => {
    rig = await startRig({ connect: false });
    await rig.gatewayFault({ kind: 'hello-delay', ms: 60 });
    rig.gateway.start();
    await rig.settle();
    expect(rig.states.filter((s) => s.to === 'WAIT_HELLO')).toHaveLength(1);
  });

  it('times out a withheld HELLO, keeps retrying, and connects once the server greets again', async () => {
    rig = await startRig({ connect: false });
    await rig.gatewayFault({ kind: 'hello-delay', ms: -1 });
    rig.gateway.start();
    await waitFor(() => rig?.states.some((s) => s.reason.includes('no HELLO in time')) === true, 5000, 'a HELLO timeout');
    await sleep(300);
    expect(rig.state).not.toBe('CONNECTED');
    await rig.gatewayFault({ kind: 'hello-delay', ms: null });
    await rig.settle();
    expect(rig.states.filter((s) => s.reason.includes('no HELLO in time')).length).toBeGreaterThanOrEqual(2);
    await rig.post(2);
    await rig.settle();
    expect(rig.delivered).toHaveLength(2);
  });
});
