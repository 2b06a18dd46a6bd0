// What the scheduler carries out when a temporary action ends: the reverse action, recorded as
// its own case with the original case named in the reason.
import type { ScheduledJob } from '../store/moderationStores';
import { unban, voiceUnmute } from './actions/member';
import { textUnmute } from './actions/textMute';
import type { ActionEnv } from './env';

export async function runExpiry(env: ActionEnv, job: ScheduledJob): Promise<void> {
  const base = { guildId: job.guildId, userId: job.targetId };
  switch (job.kind) {
    case 'unban':
      await unban(env, { ...base, reason: `temporary ban expired (case #${job.caseId})` });
      return;
    case 'voiceUnmute':
      await voiceUnmute(env, { ...base, kind: job.payload.kind === 'headset' ? 'headset' : 'mic', reason: `temporary voice mute expired (case #${job.caseId})` });
      return;
    case 'textUnmute':
      await textUnmute(env, { ...base, reason: `temporary text mute expired (case #${job.caseId})` });
      return;
  }
}
