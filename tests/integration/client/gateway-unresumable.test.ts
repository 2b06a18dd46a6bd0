// What cannot be resumed (GATEWAY.md §5, §7, §10) is never silent: the client reports the gap and
// asks for a backfill, and the Backfill helper recovers every message the ledger and REST show.
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL, CHANNEL_B, type ClientRig, sleep, startRig, waitFor } from './harness';
import { expectRecoveredByBackfill } from './proofs';

let rig: ClientRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('gateway client against unresumable losses', () => {
  for (const code of [40106, 40107, 40108] as const) {
    it(`reports the gap after RECONNECT ${code}, starts a fresh session and backfills what it lost`, async () => {
      rig = await startRig({ watched: [CHANNEL, CHANNEL_B] });
      const posted = [...(await rig.post(3)), ...(await rig.post(2, CHANNEL_B))];
      const first = rig.sessionId;
      // Slow the next HELLO so messages land between the old session's end and the new one's start.
      await rig.gatewayFault({ kind: 'hello-delay', ms: 100 });
      expect(await rig.gatewayFault({ kind: 'reconnect', code, session_id: first })).toEqual({ sent: 1 });
      posted.push(...(await rig.post(4, undefined, 'lost')), ...(await rig.post(3, CHANNEL_B, 'lost')));
      await waitFor(() => rig?.hellos.length === 2, 5000, 'a fresh HELLO');
      await rig.gatewayFault({ kind: 'hello-delay', ms: null });
      expect(rig.sessionId).not.toBe(first);
      expect(rig.gaps[0]).toMatchObject({ reason: code === 40107 ? 'session-expired' : 'reconnect', toSn: null });
      expect(rig.gaps[0]?.fromSn).toBe(rig.deliveredIn(first).length + 1);
      posted.push(...(await rig.post(3, undefined, 'after')));
      const recovered = await expectRecoveredByBackfill(rig, posted, code === 40107 ? 'session-expired' : 'reconnect');
      expect(recovered.length).toBeGreaterThanOrEqual(7);
      expect(rig.gateway.counters().reconnects).toBe(1);
    });
  }

  it('reports an expired session when a restart comes after sessionLifetimeMs, and backfills the messages in between', async () => {
    rig = await startRig({ serverTimings: { sessionLifetimeMs: 250 } });
    const posted = await rig.post(3);
    await rig.settle();
    rig.gateway.stop(); // the app quits; {session_id, lastSn} stays in the store
    expect(rig.store.value?.sessionId).toBe(rig.sessionId);
    posted.push(...(await rig.post(4, undefined, 'while-away')));
    await sleep(400); // longer than the session lives without a socket
    posted.push(...(await rig.post(2, undefined, 'after-expiry')));
    rig.gateway.start();
    await waitFor(() => rig?.gaps.length === 1 && rig.state === 'CONNECTED', 5000, 'the gap report and a fresh session');
    expect(rig.gaps[0]?.reason).toBe('session-expired');
    expect(rig.hellos.at(-1)?.resumed).toBe(false);
    const recovered = await expectRecoveredByBackfill(rig, posted, 'session-expired');
    expect(recovered.length).toBe(6);
  });

  it('notices a silent stream through REST, reports it and backfills the withheld messages', async () => {
    rig = await startRig();
    const posted = await rig.post(2);
    await rig.settle();
    await rig.gatewayFault({ kind: 'silent', on: true, session_id: rig.sessionId });
    posted.push(...(await rig.post(5, undefined, 'withheld')));
    await waitFor(() => (rig?.gaps.length ?? 0) > 0, 8000, 'the silent-stream gap report');
    await rig.gatewayFault({ kind: 'silent', on: false, session_id: rig.sessionId });
    const withheld = (await rig.ledger()).filter((r) => r.sn === 'withheld');
    expect(withheld.length).toBe(5);
    posted.push(...(await rig.post(2, undefined, 'after')));
    const recovered = await expectRecoveredByBackfill(rig, posted, 'silent-stream');
    expect(recovered.sort()).toEqual(withheld.map((r) => r.msgId).sort());
  });
});
