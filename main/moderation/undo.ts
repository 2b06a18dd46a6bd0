// cases.undo: the reverse of a case where KOOK allows one (unban, voice unmute, text unmute,
// revoke a granted role / re-grant a revoked one, restore the nickname, unlock, lift the
// lockdown, slow mode back). The reversal is its own case, linked via markUndone.
import type { CaseView } from '../../shared/ipc';
import { ServiceError } from '../services/toIpcError';
import { closeCase } from './act';
import { liftLockdown, setSlowMode, unlockChannel } from './actions/channels';
import { unban, voiceUnmute } from './actions/member';
import { changeRole, setNickname } from './actions/roles';
import { textUnmute } from './actions/textMute';
import type { ActionEnv } from './env';


export async function undoCase(env: ActionEnv, caseId: number, reason: string | undefined): Promise<CaseView> {
  const c = env.db().cases.get(caseId);
  if (!c) throw new ServiceError('not-found', 'no such case', { caseId });
  if (!c.undoable || c.undoneByCaseId !== null || !c.result.ok) {
    throw new ServiceError('not-found', 'this case cannot be undone (not reversible, failed, or already undone)', { caseId });
  }
  const why = reason ?? `undo of case #${c.id}`;
  const member = { guildId: c.guildId, userId: c.targetId, reason: why };
  const u = c.undoData ?? {};
  let done: CaseView;
  switch (c.action) {
    case 'member.ban':
      return unban(env, member);
    case 'member.voiceMute':
      return voiceUnmute(env, { ...member, kind: u.kind === 'headset' ? 'headset' : 'mic' });
    case 'member.textMute':
      return textUnmute(env, member);
    case 'channel.lock':
      return unlockChannel(env, { channelId: c.targetId, reason: why });
    case 'guild.lockdown':
      return liftLockdown(env, { guildId: c.guildId, reason: why });
    case 'member.roleGrant':
    case 'member.roleRevoke':
      if (typeof u.roleId !== 'number') throw new ServiceError('internal', 'the case lacks its role id', { caseId });
      done = await changeRole(env, { ...member, roleId: u.roleId }, c.action === 'member.roleRevoke');
      break;
    case 'member.nickname':
      done = await setNickname(env, { ...member, nickname: typeof u.previous === 'string' && u.previous.length >= 2 ? u.previous : null });
      break;
    case 'channel.slowMode':
      done = await setSlowMode(env, { channelId: c.targetId, slowModeMs: typeof u.previous === 'number' ? u.previous : 0, reason: why });
      break;
    default:
      throw new ServiceError('not-found', `${c.action} cannot be undone`, { caseId });
  }
  closeCase(env, c, done);
  return done;
}
