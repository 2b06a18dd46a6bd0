// Mass actions on a multi-selection (ban, kick, text mute, role): one case per member, strictly
// one after another — never parallel bulk moderation (PROTOCOL.md rule 6). A member the pre-check
// refuses is skipped (nothing sent); the job's progress counts every member handled.
import type { ActionEnv } from '../env';
import { ban, kick } from '../actions/member';
import { changeRole } from '../actions/roles';
import { textMute } from '../actions/textMute';
import { limiterEta, WindowEstimate } from './eta';
import type { JobRunner } from './JobRunner';

export interface MassActionArgs {
  guildId: string;
  userIds: string[];
  action: 'ban' | 'kick' | 'textMute' | 'grantRole' | 'revokeRole';
  roleId?: number | undefined;
  delMsgDays?: number | undefined;
  durationMs?: number | null | undefined;
  reason?: string | undefined;
}

const ROUTES: Record<MassActionArgs['action'], string> = {
  ban: 'blacklist/create', kick: 'guild/kickout', textMute: 'channel-role/update', grantRole: 'guild-role/grant', revokeRole: 'guild-role/revoke',
};

function one(env: ActionEnv, a: MassActionArgs, userId: string): Promise<unknown> {
  const base = { guildId: a.guildId, userId, reason: a.reason };
  switch (a.action) {
    case 'ban':
      return ban(env, { ...base, delMsgDays: a.delMsgDays, durationMs: a.durationMs });
    case 'kick':
      return kick(env, base);
    case 'textMute':
      return textMute(env, { ...base, durationMs: a.durationMs });
    case 'grantRole':
    case 'revokeRole':
      return changeRole(env, { ...base, roleId: a.roleId ?? 0 }, a.action === 'grantRole');
  }
}

export function startMassAction(env: ActionEnv, jobs: JobRunner, a: MassActionArgs): { jobId: string } {
  const users = [...new Set(a.userIds)];
  const started = jobs.start(`mass.${a.action}`, users.length, async (ctl) => {
    const window = new WindowEstimate();
    const t0 = Date.now();
    let done = 0;
    for (const userId of users) {
      await ctl.checkpoint();
      try {
        await one(env, a, userId);
      } catch {
        // Recorded as a failed case (KOOK error) or refused by the pre-check; the rest go on.
      }
      done += 1;
      const snapshot = env.rest().snapshot();
      const route = ROUTES[a.action];
      ctl.progress(done, users.length, limiterEta({ snapshot, route, remaining: users.length - done, windowMs: window.observe(snapshot, route), averageItemMs: (Date.now() - t0) / done }));
    }
  });
  return { jobId: started.jobId };
}
