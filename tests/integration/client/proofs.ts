// The two proofs the issue asks of every fault test, held against the simulator's ledger.
import { expect } from 'vitest';
import type { ClientRig } from './harness';

/**
 * Resumable faults: one session from start to end, every numbered event of it delivered exactly
 * once and in sn order, no gap ever reported, and the client connected.
 */
export async function expectLossless(rig: ClientRig, minEvents: number): Promise<void> {
  await rig.settle();
  const { ledgered, delivered } = await rig.sequences();
  expect(ledgered.length).toBeGreaterThanOrEqual(minEvents);
  expect(delivered).toEqual(ledgered);
  expect(rig.gaps).toEqual([]);
  expect(rig.backfillRequests).toEqual([]);
  expect(new Set(rig.delivered.map((e) => e.sessionId)).size).toBe(1);
  expect(rig.gateway.counters().freshSessions).toBe(1);
  expect(rig.listenerErrors).toEqual([]);
  expect(rig.state).toBe('CONNECTED');
}

/**
 * Unresumable losses: the gap was reported (with a backfill request), the Backfill helper
 * recovered every message the ledger and REST know in the watched channels that did not arrive
 * live, nothing arrived twice within a session, and the client is connected.
 */
export async function expectRecoveredByBackfill(rig: ClientRig, posted: readonly string[], reason: string): Promise<string[]> {
  expect(rig.gaps.map((g) => g.reason)).toContain(reason);
  expect(rig.backfillRequests.map((b) => b.reason)).toContain(reason);
  const recovered = await rig.backfill();
  await rig.settle();
  const seen = new Set([...rig.delivered.map((e) => e.msgId), ...recovered]);
  const watched = new Set(rig.watched);
  const ledgerMessages = (await rig.ledger()).filter((r) => r.channelId !== undefined && watched.has(r.channelId)).map((r) => r.msgId);
  const restMessages = (await Promise.all(rig.watched.map((c) => rig.channelMessageIds(c)))).flat();
  expect(posted.filter((id) => !seen.has(id))).toEqual([]);
  expect(ledgerMessages.filter((id) => !seen.has(id))).toEqual([]);
  expect(restMessages.filter((id) => !seen.has(id))).toEqual([]);
  for (const sessionId of new Set(rig.delivered.map((e) => e.sessionId))) {
    const sns = rig.deliveredIn(sessionId).map((e) => e.sn);
    expect(sns).toEqual(sns.map((_, i) => (sns[0] ?? 1) + i));
  }
  expect(rig.listenerErrors).toEqual([]);
  expect(rig.state).toBe('CONNECTED');
  return recovered;
}
