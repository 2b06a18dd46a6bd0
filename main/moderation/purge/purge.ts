// Purge (issue 5): a dry run that scans exactly as the purge will, and the purge job — scan, write
// the archive, then delete one message at a time on the interactive lane with progress, ETA and
// pause/resume/cancel. One 'messages.purge' case records exactly the messages deleted, even when
// the job is cancelled or fails midway (the archive holds everything that was selected).
import type { CaseView, PurgeFilters, PurgePreview } from '../../../shared/ipc';
import type { KookMessage } from '../../kook/rest';
import { toIpcError } from '../../services/toIpcError';
import { toEvidence } from '../actions/messages';
import type { ActionEnv } from '../env';
import { limiterEta, WindowEstimate } from '../jobs/eta';
import type { JobRunner } from '../jobs/JobRunner';
import { writePurgeArchive } from './archive';
import { scanForPurge } from './scan';

const EVIDENCE_CAP = 500;

async function channelOf(env: ActionEnv, channelId: string): Promise<{ guildId: string; name: string }> {
  const ch = await env.rest().channels.view({ target_id: channelId }, { lane: 'interactive' });
  await env.preflight.assert({ action: 'purge', guildId: ch.guild_id, channelId });
  return { guildId: ch.guild_id, name: ch.name };
}

export async function purgePreview(env: ActionEnv, f: PurgeFilters): Promise<PurgePreview> {
  await channelOf(env, f.channelId);
  const { matches, scanned } = await scanForPurge(env.rest(), f);
  const sample = matches.slice(0, 25).map((m) => ({ id: m.id, authorName: m.author.nickname || m.author.username, content: m.content.slice(0, 300), createAt: m.create_at }));
  return { count: matches.length, sample, scanned };
}

export async function startPurge(env: ActionEnv, jobs: JobRunner, dataDir: string, a: { filters: PurgeFilters; reason?: string | undefined }): Promise<{ jobId: string }> {
  const ch = await channelOf(env, a.filters.channelId);
  const started = jobs.start('purge', null, async (ctl) => {
    const { matches } = await scanForPurge(env.rest(), a.filters);
    ctl.progress(0, matches.length, null);
    const archive = await writePurgeArchive(dataDir, a.filters.channelId, ch.name, matches, env.now());
    const deleted: KookMessage[] = [];
    const failures: { id: string; code: string }[] = [];
    const window = new WindowEstimate();
    const t0 = Date.now();
    let stopped: unknown = null;
    try {
      for (const m of matches) {
        await ctl.checkpoint();
        try {
          await env.rest().messages.delete({ msg_id: m.id }, { lane: 'interactive' });
          deleted.push(m);
        } catch (err) {
          const e = toIpcError(err);
          if (e.code === 'missing-permission' || e.code === 'auth-failed' || e.code === 'not-connected') throw err;
          failures.push({ id: m.id, code: e.code });
        }
        const done = deleted.length + failures.length;
        const snapshot = env.rest().snapshot();
        const eta = limiterEta({ snapshot, route: 'message/delete', remaining: matches.length - done, windowMs: window.observe(snapshot, 'message/delete'), averageItemMs: (Date.now() - t0) / done });
        ctl.progress(done, matches.length, eta);
      }
    } catch (err) {
      stopped = err;
    }
    recordPurge(env, ch, a, archive.jsonl, deleted, matches.length, failures, stopped);
    if (stopped !== null) throw stopped;
  });
  return { jobId: started.jobId };
}

function recordPurge(
  env: ActionEnv, ch: { guildId: string; name: string }, a: { filters: PurgeFilters; reason?: string | undefined },
  archivePath: string, deleted: KookMessage[], selected: number, failures: { id: string; code: string }[], stopped: unknown,
): CaseView {
  const interrupted = stopped === null ? null : toIpcError(stopped).code;
  return env.record({
    guildId: ch.guildId, action: 'messages.purge', targetId: a.filters.channelId, targetName: ch.name, reason: a.reason?.trim() || null,
    actor: env.actor(), createdAt: env.now(), result: { ok: true }, durationMs: null, expiresAt: null, undoable: false,
    evidence: {
      archivePath,
      messages: deleted.slice(0, EVIDENCE_CAP).map((m) => toEvidence(m, a.filters.channelId)),
      before: { count: deleted.length, selected, deletedIds: deleted.map((m) => m.id), failures, interrupted, filters: a.filters },
    },
  });
}
