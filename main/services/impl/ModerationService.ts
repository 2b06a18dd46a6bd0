// moderation.*: every action pre-checked and recorded as a case by the engine (issue 5).
import type { BanView, CaseView, Contract, PermissionCheck, PurgeFilters, PurgePreview, ServiceImpl, VoiceMuteView } from '../../../shared/ipc';
import { ban, kick, unban, voiceMute, voiceUnmute } from '../../moderation/actions/member';
import { lockChannel, lockdown, liftLockdown, setSlowMode, unlockChannel } from '../../moderation/actions/channels';
import { deleteMessage, post } from '../../moderation/actions/messages';
import { conflictingRoles } from '../../moderation/actions/mutedRole';
import { changeRole, setNickname } from '../../moderation/actions/roles';
import { textMute, textUnmute } from '../../moderation/actions/textMute';
import { startMassAction, type MassActionArgs } from '../../moderation/jobs/massAction';
import type { ModerationEngine } from '../../moderation/ModerationEngine';
import { purgePreview, startPurge } from '../../moderation/purge/purge';
import { isCheckedAction } from '../../moderation/requirements';
import { ServiceError } from '../toIpcError';

type Member = { guildId: string; userId: string; reason?: string | undefined };

export class ModerationService implements ServiceImpl<Contract['moderation']> {
  constructor(private readonly e: ModerationEngine, private readonly dataDir: string) {}

  async check(a: { guildId: string; action: string; targetUserId?: string | undefined; channelId?: string | undefined; roleId?: number | undefined }): Promise<PermissionCheck> {
    if (!isCheckedAction(a.action)) throw new ServiceError('invalid-payload', `unknown action ${a.action}`, { issues: [{ path: 'action', message: 'unknown action' }] });
    return this.e.preflight.check({ ...a, action: a.action });
  }
  deleteMessage(a: { msgId: string; reason?: string | undefined }): Promise<CaseView> {
    return deleteMessage(this.e, a);
  }
  kick(a: Member & { notify?: boolean | undefined }): Promise<CaseView> {
    return kick(this.e, a);
  }
  ban(a: Member & { delMsgDays?: number | undefined; durationMs?: number | null | undefined; notify?: boolean | undefined }): Promise<CaseView> {
    return ban(this.e, a);
  }
  unban(a: Member): Promise<CaseView> {
    return unban(this.e, a);
  }
  async listBans(a: { guildId: string; search?: string | undefined; page?: number | undefined }): Promise<{ items: BanView[]; total: number }> {
    await this.e.preflight.assert({ action: 'listBans', guildId: a.guildId });
    const all: BanView[] = [];
    for await (const b of this.e.rest().blacklist.iterateList({ guild_id: a.guildId, page_size: 100 }, { lane: 'interactive' })) {
      all.push({ userId: b.user_id, username: b.user.username, avatar: b.user.avatar, remark: b.remark, createdAt: b.created_time });
    }
    const q = a.search?.trim().toLowerCase();
    const hits = q ? all.filter((b) => b.userId.includes(q) || b.username.toLowerCase().includes(q) || b.remark.toLowerCase().includes(q)) : all;
    hits.sort((x, y) => y.createdAt - x.createdAt);
    const page = a.page ?? 1;
    return { items: hits.slice((page - 1) * 50, page * 50), total: hits.length };
  }
  voiceMute(a: Member & { kind: 'mic' | 'headset'; durationMs?: number | null | undefined }): Promise<CaseView> {
    return voiceMute(this.e, a);
  }
  voiceUnmute(a: Member & { kind: 'mic' | 'headset' }): Promise<CaseView> {
    return voiceUnmute(this.e, a);
  }
  async listVoiceMutes(a: { guildId: string }): Promise<VoiceMuteView> {
    const r = await this.e.rest().guildMutes.list({ guild_id: a.guildId });
    return { mic: r.mic.user_ids, headset: r.headset.user_ids };
  }
  textMute(a: Member & { durationMs?: number | null | undefined }): Promise<CaseView> {
    return textMute(this.e, a);
  }
  textUnmute(a: Member): Promise<CaseView> {
    return textUnmute(this.e, a);
  }
  setNickname(a: Member & { nickname: string | null }): Promise<CaseView> {
    return setNickname(this.e, a);
  }
  grantRole(a: Member & { roleId: number }): Promise<CaseView> {
    return changeRole(this.e, a, true);
  }
  revokeRole(a: Member & { roleId: number }): Promise<CaseView> {
    return changeRole(this.e, a, false);
  }
  lockChannel(a: { channelId: string; reason?: string | undefined }): Promise<CaseView> {
    return lockChannel(this.e, a);
  }
  unlockChannel(a: { channelId: string; reason?: string | undefined }): Promise<CaseView> {
    return unlockChannel(this.e, a);
  }
  setSlowMode(a: { channelId: string; slowModeMs: number; reason?: string | undefined }): Promise<CaseView> {
    return setSlowMode(this.e, a);
  }
  lockdown(a: { guildId: string; slowModeMs?: number | undefined; reason?: string | undefined }): Promise<CaseView> {
    return lockdown(this.e, a);
  }
  liftLockdown(a: { guildId: string; reason?: string | undefined }): Promise<CaseView> {
    return liftLockdown(this.e, a);
  }
  post(a: { channelId: string; type: 9 | 10; content: string; quote?: string | undefined }): Promise<CaseView> {
    return post(this.e, a);
  }
  async massAction(a: MassActionArgs): Promise<{ jobId: string }> {
    this.e.session();
    if ((a.action === 'grantRole' || a.action === 'revokeRole') && a.roleId === undefined) {
      throw new ServiceError('invalid-payload', 'roleId is required for role actions', { issues: [{ path: 'roleId', message: 'required' }] });
    }
    return startMassAction(this.e, this.e.jobs, a);
  }
  purgePreview(a: PurgeFilters): Promise<PurgePreview> {
    return purgePreview(this.e, a);
  }
  purge(a: { filters: PurgeFilters; reason?: string | undefined }): Promise<{ jobId: string }> {
    return startPurge(this.e, this.e.jobs, this.dataDir, a);
  }
  async muteSettings(a: { guildId: string; method?: 'overwrites' | 'role' | undefined }): Promise<{ method: 'overwrites' | 'role'; roleId: number | null; conflictingRoles: { roleId: number; name: string }[] }> {
    const profile = this.e.profileId();
    const s = a.method ? await this.e.settings.update(profile, a.guildId, { muteMethod: a.method }) : await this.e.settings.get(profile, a.guildId);
    const conflicts = s.muteMethod === 'role' ? await conflictingRoles(this.e, a.guildId, s.mutedRoleId) : [];
    return { method: s.muteMethod, roleId: s.mutedRoleId, conflictingRoles: conflicts };
  }
}
