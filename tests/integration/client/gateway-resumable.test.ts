// Resumable gateway faults (GATEWAY.md §5, §6, §10): whatever the simulator does to the socket,
// the ledger proves every numbered event reached the client exactly once, in sn order.
import { afterEach, describe, expect, it } from 'vitest';
import { type ClientRig, startRig, waitFor } from './harness';
import { expectLossless } from './proofs';

let rig: ClientRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('gateway client against resumable simulator faults', () => {
  it('resumes with the last contiguous sn after a dropped socket and receives what was sent meanwhile', async () => {
    rig = await startRig();
    await rig.post(5, undefined, 'before');
    expect(await rig.gatewayFault({ kind: 'drop' })).toEqual({ dropped: 1 });
    await rig.post(8, undefined, 'during');
    await waitFor(() => rig?.gateway.counters().resumes === 1, 5000, 'a resume');
    await rig.post(4, undefined, 'after');
    await expectLossless(rig, 17);
  });

  it('resumes a compressed session (zlib binary frames) after a drop', async () => {
    rig = await startRig({ compress: true });
    await rig.post(4);
    await rig.gatewayFault({ kind: 'drop' });
    await rig.post(6);
    await waitFor(() => rig?.gateway.counters().resumes === 1, 5000, 'a resume');
    await rig.post(3);
    await expectLossless(rig, 13);
  });

  it('detects a zombie socket by missing PONGs and resumes without losing what it swallowed', async () => {
    rig = await startRig();
    await rig.post(3);
    await rig.gatewayFault({ kind: 'zombie', session_id: rig.sessionId });
    await rig.post(8, undefined, 'swallowed');
    await waitFor(() => rig?.states.some((s) => s.to === 'HB_RETRY') === true, 5000, 'HB_RETRY');
    await waitFor(() => rig?.gateway.counters().resumes === 1, 5000, 'a resume');
    await rig.post(3);
    await expectLossless(rig, 14);
  });

  it('puts events back in sn order within a reorder window', async () => {
    rig = await startRig();
    await rig.gatewayFault({ kind: 'reorder', frames: 6, session_id: rig.sessionId });
    await Promise.all([rig.post(12, undefined, 'a'), rig.post(12, undefined, 'b')]);
    await rig.gatewayFault({ kind: 'reorder', frames: 0, session_id: rig.sessionId });
    await rig.post(2);
    await expectLossless(rig, 26);
    expect(rig.gateway.counters().reorders).toBeGreaterThan(0);
  });

  it('drops duplicated frames', async () => {
    rig = await startRig();
    await rig.gatewayFault({ kind: 'duplicate', count: 6, session_id: rig.sessionId });
    await rig.post(10);
    await expectLossless(rig, 10);
    expect(rig.gateway.counters().duplicates).toBeGreaterThanOrEqual(6);
  });

  it('holds later events behind a withheld frame until the next PING makes the server re-send it', async () => {
    rig = await startRig();
    await rig.post(2);
    await rig.gatewayFault({ kind: 'withhold', count: 2, session_id: rig.sessionId });
    await rig.post(6, undefined, 'gap');
    await rig.post(2);
    await expectLossless(rig, 10);
    expect(rig.gateway.counters().reorders).toBeGreaterThan(0);
  });

  it('fetches a fresh gateway URL when its token expired and still resumes the session', async () => {
    rig = await startRig();
    await rig.post(3);
    await rig.gatewayFault({ kind: 'expire-token' });
    await rig.gatewayFault({ kind: 'drop' });
    await rig.post(6, undefined, 'while-expired');
    await waitFor(() => rig?.gateway.counters().resumes === 1, 5000, 'a resume');
    expect(rig.states.some((s) => s.reason.includes('40103'))).toBe(true);
    await rig.post(3);
    await expectLossless(rig, 12);
  });
});
