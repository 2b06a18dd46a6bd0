// Purge (dry run, archive, cancel midway) and a multi-select ban, as jobs with progress pushes.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView, JobProgress, PurgePreview } from '../../../shared/ipc';
import { startModHarness, waitFor, type ModHarness } from './support/modHarness';

let h: ModHarness;
beforeEach(async () => {
  h = await startModHarness();
});
afterEach(async () => {
  await h.close();
});

const channel = () => h.detail.channels.find((c) => c.type === 1 && c.name === '游戏讨论')!.id;
const say = (userId: string, content: string) => h.actAs(userId, 'message/create', { target_id: channel(), type: 1, content });
const settled = (jobId: string) => h.ctx.moderation!.jobs.settled(jobId);

describe('purge', () => {
  it('previews exactly what goes, archives it (JSONL + escaped HTML) before deleting, and records one case', async () => {
    const [spammer, other] = await h.plainMembers(2);
    await say(other!, 'normal https://ok.example');
    for (const text of ['buy https://spam.example', 'join kook.top/abc123', 'plain words', '<script>alert(1)</script> https://x.example']) await say(spammer!, text);
    const filters = { channelId: channel(), authorIds: [spammer], linksOrInvites: true, limit: 100 };
    const preview = await h.call<PurgePreview>('moderation:purgePreview', filters);
    expect(preview.count).toBe(3);
    expect(preview.sample.map((m) => m.content)).toEqual(['<script>alert(1)</script> https://x.example', 'join kook.top/abc123', 'buy https://spam.example']);
    const before = h.sim.world.messageCount(channel());
    const { jobId } = await h.call<{ jobId: string }>('moderation:purge', { filters, reason: 'spam wave' });
    expect((await settled(jobId)).state).toBe('done');
    expect(h.sim.world.messageCount(channel())).toBe(before - 3);
    const c = h.ctx.moderation!.db().cases.list({ action: 'messages.purge' }).items[0]!;
    expect(c.evidence?.before?.count).toBe(3);
    const jsonl = (await readFile(c.evidence!.archivePath!, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; author: { id: string } });
    expect(jsonl).toHaveLength(3);
    expect(jsonl.every((m) => m.author.id === spammer)).toBe(true);
    const html = await readFile(c.evidence!.archivePath!.replace(/\.jsonl$/, '.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    const progress = () => h.events().filter((e) => e.type === 'job.progress').map((e) => e.payload as JobProgress);
    await waitFor(() => progress().some((p) => p.jobId === jobId && p.state === 'done' && p.done === 3), 2000, 'job.progress done');
    expect(progress().some((p) => p.jobId === jobId && p.state === 'running' && p.total === 3 && p.etaMs !== null)).toBe(true);
  });

  it('cancelled midway records exactly the messages deleted, and the archive keeps all selected', async () => {
    const [spammer] = await h.plainMembers(1);
    for (let i = 0; i < 12; i += 1) await say(spammer!, `flood ${i}`);
    await h.admin('latency', { ms: 40 });
    const { jobId } = await h.call<{ jobId: string }>('moderation:purge', { filters: { channelId: channel(), authorIds: [spammer], limit: 12 } });
    await waitFor(() => (h.ctx.moderation!.jobs.get(jobId)?.done ?? 0) >= 3, 5000, 'some deleted');
    await h.call('jobs:control', { jobId, action: 'pause' });
    expect((await h.call<JobProgress[]>('jobs:list')).find((j) => j.jobId === jobId)?.state).toBe('paused');
    await h.call('jobs:control', { jobId, action: 'cancel' });
    expect((await settled(jobId)).state).toBe('cancelled');
    await h.admin('latency', { ms: 0 });
    const c: CaseView = await waitFor(() => h.ctx.moderation!.db().cases.list({ action: 'messages.purge' }).items[0], 2000, 'purge case');
    const deletedIds = c.evidence?.before?.deletedIds as string[];
    const remaining = await h.call<{ items: { id: string; author: { id: string } }[] }>('messages:list', { channelId: channel(), pageSize: 50 });
    const left = remaining.items.filter((m) => m.author.id === spammer).map((m) => m.id);
    expect(deletedIds.length + left.length).toBe(12);
    expect(deletedIds.length).toBeGreaterThanOrEqual(3);
    expect(deletedIds.some((id) => left.includes(id))).toBe(false);
    expect((await readFile(c.evidence!.archivePath!, 'utf8')).trim().split('\n')).toHaveLength(12);
  });

  it('refuses a catastrophic regex before scanning', async () => {
    const err = await h.fail('moderation:purgePreview', { channelId: channel(), regex: '(a+)+$', limit: 10 });
    expect(err.code).toBe('invalid-payload');
  });
});

describe('mass actions', () => {
  it('bans a multi-selection one by one, one case per member', async () => {
    const targets = await h.plainMembers(3);
    const { jobId } = await h.call<{ jobId: string }>('moderation:massAction', { guildId: h.guildId, userIds: targets, action: 'ban', reason: 'raid' });
    const done = await settled(jobId);
    expect(done).toMatchObject({ state: 'done', done: 3, total: 3 });
    for (const t of targets) expect(h.sim.world.getMember(h.guildId, t)).toBeNull();
    const cases = h.ctx.moderation!.db().cases.list({ action: 'member.ban' }).items;
    expect(cases.map((c) => c.targetId).sort()).toEqual([...targets].sort());
  });
});
