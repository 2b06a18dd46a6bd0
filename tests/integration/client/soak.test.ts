// Soak (issue 3 "Tests"): the traffic generator runs while seeded random resumable faults fire every
// second or so. At the end the ledger proves that not one numbered event was lost, duplicated or
// reordered, and that no gap was ever reported (none was unresumable).
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL, CHANNEL_B, type ClientRig, GUILD, sleep, startRig } from './harness';
import { expectLossless } from './proofs';

const SOAK_MS = 20_000;
const SEED = 20_240_501;

type FaultName = 'drop' | 'zombie' | 'duplicate' | 'reorder' | 'withhold' | 'list-5xx' | 'index-429' | 'expire-token';
const FAULTS: readonly FaultName[] = ['drop', 'zombie', 'duplicate', 'reorder', 'withhold', 'list-5xx', 'index-429', 'expire-token'];

let rig: ClientRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function fire(r: ClientRig, fault: FaultName, reorderOn: boolean): Promise<void> {
  const session_id = r.sessionId;
  switch (fault) {
    case 'drop':
      return void (await r.gatewayFault({ kind: 'drop' }));
    case 'zombie':
      return void (await r.gatewayFault({ kind: 'zombie', session_id }));
    case 'duplicate':
      return void (await r.gatewayFault({ kind: 'duplicate', count: 20, session_id }));
    case 'reorder':
      return void (await r.gatewayFault({ kind: 'reorder', frames: reorderOn ? 0 : 8, session_id }));
    case 'withhold':
      return void (await r.gatewayFault({ kind: 'withhold', count: 3, session_id }));
    case 'list-5xx':
      return void (await r.restFault({ route: 'message/list', kind: '5xx', count: 3 }));
    case 'index-429':
      // A refetch must cross the 429s: expire the URL's token and drop the socket.
      await r.restFault({ route: 'gateway/index', kind: '429', count: 2, ms: 150 });
      await r.gatewayFault({ kind: 'expire-token' });
      return void (await r.gatewayFault({ kind: 'drop' }));
    case 'expire-token':
      return void (await r.gatewayFault({ kind: 'expire-token' }));
  }
}

/** mulberry32: the soak's faults and their timing come from one seed. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

describe('soak', () => {
  it('delivers every numbered event exactly once and in order through 20 s of random faults at 200 events/s', { timeout: 60_000 }, async () => {
    rig = await startRig({ watched: [CHANNEL, CHANNEL_B] });
    const random = seededRandom(SEED);
    await rig.admin('traffic', { rate: 200, guild_id: GUILD, channel_ids: [CHANNEL, CHANNEL_B], mix: { message: 6, edit: 1, delete: 1, reaction: 2 } });
    const fired: FaultName[] = [];
    const deck: FaultName[] = [];
    let reorderOn = false;
    const until = Date.now() + SOAK_MS;
    while (Date.now() < until) {
      await sleep(900 + Math.floor(random() * 800));
      // Seeded shuffled decks: every fault kind fires once per deck, in a random order.
      if (deck.length === 0) deck.push(...shuffle(FAULTS, random));
      const fault = deck.pop() ?? 'drop';
      await fire(rig, fault, reorderOn);
      if (fault === 'reorder') reorderOn = !reorderOn;
      fired.push(fault);
    }
    await rig.admin('traffic', { rate: 0 });
    await rig.gatewayFault({ kind: 'reorder', frames: 0 });
    await rig.admin('faults/clear', {});
    await rig.settle(15_000);

    expect(new Set(fired).size).toBe(FAULTS.length); // the seed exercises every fault kind
    const counters = rig.gateway.counters();
    expect(counters.resumes).toBeGreaterThanOrEqual(fired.filter((f) => f === 'drop' || f === 'zombie' || f === 'index-429').length);
    expect(counters.duplicates).toBeGreaterThan(0);
    expect(counters.reorders).toBeGreaterThan(0);
    await expectLossless(rig, 2000);
  });
});
