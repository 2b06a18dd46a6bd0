import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../main/simulator/core/bus';
import type { World } from '../../../../main/simulator/core/world';
import { type SimulatorDeps, startSimulator } from '../../../../main/simulator/Simulator';
import { type Calls, BOT_TOKEN, call, fakeGateway, fakeWorld } from './fakes';

function fakes() {
  const calls: Calls = { admin: [], control: [], errors: [] };
  const seen = { origin: '', closed: 0, gatewayClosed: 0 };
  const base = fakeWorld(calls);
  const world = {
    ...base,
    bus: new EventBus(),
    defaultBot: { id: 'bot-1', token: BOT_TOKEN, name: 'Bot' },
    isMember: () => true,
    setOrigin: (origin: string) => void (seen.origin = origin),
    save: async () => undefined,
    close: async () => void seen.closed++,
  };
  const deps: SimulatorDeps = {
    // The fake satisfies the world contract whether or not it still lists image() (it moves to the HTTP layer).
    createWorld: () => world as unknown as World,
    createGatewayServer: () => {
      const gateway = fakeGateway(calls);
      return { ...gateway, close: async () => void seen.gatewayClosed++ };
    },
  };
  return { calls, seen, deps };
}

describe('startSimulator (the process shell around world, gateway and HTTP)', () => {
  it('listens on a free loopback port, tells the world its origin and starts traffic', async () => {
    const { calls, seen, deps } = fakes();
    const sim = await startSimulator({ seed: 1, preset: 'empty', rate: 7, latencyMs: 20, rateLimitProfile: 'strict' }, deps);
    try {
      expect(sim.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(sim.apiBase).toBe(`${sim.origin}/api/v3`);
      expect([sim.token, sim.botId, seen.origin]).toEqual([BOT_TOKEN, 'bot-1', sim.origin]);
      expect(calls.admin).toContain('traffic 7 -');
      expect(calls.control).toContain('setLatency 20');
      const reply = await call(sim.origin, '/api/v3/user/me');
      expect(reply.body.data).toEqual({ id: 'bot-1' });
      expect(reply.headers.get('x-rate-limit-limit')).toBe('3');
    } finally {
      await sim.close();
      await sim.close();
    }
    expect([seen.closed, seen.gatewayClosed]).toEqual([1, 1]);
    await expect(fetch(`${sim.origin}/_sim/health`)).rejects.toThrow();
  });
});
