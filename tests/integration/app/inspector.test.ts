import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FrameRow, GuildDetail, GuildSummary, InspectorStats, JobProgress } from '../../../shared/ipc';
import { scaleTimings } from '../../../main/kook/gateway';
import { type Harness, startHarness, waitFor } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ gatewayTimings: scaleTimings(0.05) });
  await h.admin('presence', { user_id: h.sim.botId, online: false });
  await h.call('session:connect', { name: 'Sim', token: h.sim.token, baseUrl: h.sim.apiBase });
  await waitFor(() => h.ctx.state().connection === 'connected', 5000, 'gateway connected');
});
afterEach(async () => {
  await h.close();
});

async function postMessages(n: number, tag: string): Promise<void> {
  const guild = (await h.call<GuildSummary[]>('guilds:list'))[0]!;
  const channel = (await h.call<GuildDetail>('guilds:view', { guildId: guild.id })).channels.find((c) => c.type === 1 && !c.is_category)!;
  for (let i = 0; i < n; i++) {
    await h.admin('act', { as: guild.user_id, path: 'message/create', params: { target_id: channel.id, content: `${tag} ${i}`, type: 9 } });
  }
}

const pushedRows = (): FrameRow[] => h.events().flatMap((e) => (e.type === 'inspector.frames' ? e.payload : []));

describe('inspector against the simulator', () => {
  it('lists live frames and marks an injected gap with its sns', async () => {
    await h.call('inspector:follow', { on: true });
    await postMessages(2, 'before');
    await h.admin('faults/gateway', { kind: 'withhold', count: 1, session_id: h.ctx.state().sessionId });
    await postMessages(3, 'after');
    const marker = await waitFor(() => h.ctx.inspector.recorder.stats().markers.find((m) => m.kind === 'gap'), 5000, 'a gap marker');
    expect(marker.toSn).toBe(marker.fromSn);
    const viaIpc = await h.call<InspectorStats>('inspector:stats');
    expect(viaIpc.markers.some((m) => m.kind === 'gap' && m.fromSn === marker.fromSn)).toBe(true);
    // the withheld frame arrives later (after a PING shows the client behind), so nothing is lost
    await waitFor(() => pushedRows().some((r) => r.sn === marker.fromSn), 5000, 'the withheld frame, re-sent');
    const page = await h.call<{ items: FrameRow[] }>('inspector:frames', { limit: 500, filter: { signals: [0] } });
    expect(page.items.some((r) => r.outcome === 'reordered')).toBe(true);
    expect(page.items.every((r) => r.eventType !== null)).toBe(true);
    const timeline = await h.call<{ to: string }[]>('inspector:timeline', {});
    expect(timeline.some((e) => e.to === 'CONNECTED')).toBe(true);
  });

  it('exports, imports and replays a capture without the token', async () => {
    await postMessages(3, `token ${h.sim.token} in a message`);
    await waitFor(() => h.ctx.inspector.recorder.frames({ signals: [0] }, 10).items.length >= 3, 5000, 'three events');
    const exported = await h.call<{ fileName: string; content: string }>('inspector:exportCapture', {});
    expect(exported.content).not.toContain(h.sim.token);
    expect(exported.content).toContain('[redacted]');
    const imported = await h.call<{ captureId: string; frames: number; badLines: number }>('inspector:importCapture', { content: `${exported.content}\n{broken\n` });
    expect(imported.badLines).toBe(1);
    const live = h.ctx.inspector.recorder.frames({}, 1000).items.length;
    expect(imported.frames).toBe(live);
    await h.call('inspector:follow', { on: true });
    const { jobId } = await h.call<{ jobId: string }>('inspector:replay', { captureId: imported.captureId, speed: 20 });
    const done = await waitFor(() => h.events().find((e) => e.type === 'job.progress' && e.payload.jobId === jobId && e.payload.state === 'done'), 5000, 'replay done');
    expect((done.payload as JobProgress).done).toBe(imported.frames);
    // replayed frames come back as live rows with new seqs, carrying the capture's sns
    const replayed = await waitFor(() => {
      const rows = pushedRows().filter((r) => r.signal === 0);
      return rows.length >= 3 ? rows : null;
    }, 2000, 'replayed rows');
    const raw = await h.call<{ json: string }>('inspector:raw', { seq: replayed[0]!.seq });
    expect(raw.json).toContain('[redacted]');
    // (message.created pushes carry the content as posted: only the inspector's own output is scrubbed)
    const inspectorPushes = h.events().filter((e) => e.type.startsWith('inspector.')).map((e) => JSON.stringify(e));
    const answers = h.transcript.filter((l) => l.startsWith('{"ok"'));
    const inspectorOutput = [...inspectorPushes, ...answers];
    expect(inspectorPushes.length).toBeGreaterThan(0);
    expect(inspectorOutput.join('\n')).not.toContain(h.sim.token);
  });
});
