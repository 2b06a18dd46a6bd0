// One small config per moderation action: which fields its dialog shows, what to check before
// offering the confirm button, and which contract method carries it out (moderationContract.ts).
// The `check` action names are the moderation method names.
import type { Api, CaseView, CheckAction } from '../../../shared/ipc';
import type { DialogRequest } from '../../store/moderation/requests';
import type { CheckArgs } from './usePermissionCheck';

export type DialogField = 'duration' | 'days' | 'notify' | 'muteInfo' | 'slowMode' | 'nickname' | 'role';

export interface DialogValues {
  reason: string;
  durationMs: number | null;
  delMsgDays: number;
  notify: boolean;
  slowModeMs: number;
  nickname: string;
  roleId: number | null;
}

export type ActionOutcome = { kind: 'case'; case: CaseView } | { kind: 'job'; jobId: string };

export interface ActionConfig {
  /** i18n key under moderation:actions.<key> (title, confirm). */
  key: string;
  fields: readonly DialogField[];
  danger: boolean;
  check(values: DialogValues): CheckArgs | null;
  /** Whether the values are complete enough to confirm (e.g. a role chosen). */
  ready?(values: DialogValues): boolean;
  run(api: Api['moderation'], values: DialogValues): Promise<ActionOutcome>;
}

type ModerationRequest = Exclude<DialogRequest, { kind: 'purge' } | { kind: 'composer' }>;

const reasonOf = (v: DialogValues) => (v.reason.trim() ? { reason: v.reason.trim() } : {});
const durationOf = (v: DialogValues) => (v.durationMs !== null ? { durationMs: v.durationMs } : {});
const asCase = async (p: Promise<CaseView>): Promise<ActionOutcome> => ({ kind: 'case', case: await p });
const hasRole = (v: DialogValues) => v.roleId !== null;

export function actionConfig(request: ModerationRequest): ActionConfig {
  switch (request.kind) {
    case 'member':
      return memberConfig(request);
    case 'mass':
      return massConfig(request);
    case 'channel':
      return channelConfig(request);
    case 'guild': {
      const { guildId, action } = request;
      return {
        key: action,
        fields: action === 'lockdown' ? ['slowMode'] : [],
        danger: action === 'lockdown',
        check: () => ({ guildId, action }),
        run: (api, v) =>
          action === 'lockdown'
            ? asCase(api.lockdown({ guildId, ...(v.slowModeMs > 0 ? { slowModeMs: v.slowModeMs } : {}), ...reasonOf(v) }))
            : asCase(api.liftLockdown({ guildId, ...reasonOf(v) })),
      };
    }
    case 'message': {
      const { guildId, message } = request;
      return {
        key: 'deleteMessage',
        fields: [],
        danger: true,
        check: () => ({ guildId, action: 'deleteMessage', channelId: message.channel_id }),
        run: (api, v) => asCase(api.deleteMessage({ msgId: message.id, ...reasonOf(v) })),
      };
    }
  }
}

function memberConfig(request: Extract<DialogRequest, { kind: 'member' }>): ActionConfig {
  const { guildId, action } = request;
  const userId = request.target.id;
  const member = { guildId, userId };
  const check = (name: CheckAction, roleId?: number | null): CheckArgs => ({
    guildId,
    action: name,
    targetUserId: userId,
    ...(roleId !== null && roleId !== undefined ? { roleId } : {}),
  });
  const simple = (
    key: CheckAction | 'resetNickname',
    danger: boolean,
    run: ActionConfig['run'],
    fields: readonly DialogField[] = [],
    name: CheckAction = key === 'resetNickname' ? 'setNickname' : key,
  ): ActionConfig => ({
    key,
    fields,
    danger,
    check: () => check(name),
    run,
  });
  switch (action) {
    case 'kick':
      return simple('kick', true, (api, v) => asCase(api.kick({ ...member, ...reasonOf(v), notify: v.notify })), ['notify']);
    case 'ban':
      return simple(
        'ban',
        true,
        (api, v) => asCase(api.ban({ ...member, ...reasonOf(v), delMsgDays: v.delMsgDays, ...durationOf(v), notify: v.notify })),
        ['duration', 'days', 'notify'],
      );
    case 'unban':
      return simple('unban', false, (api, v) => asCase(api.unban({ ...member, ...reasonOf(v) })));
    case 'voiceMute':
    case 'voiceDeafen': {
      const kind = action === 'voiceMute' ? 'mic' : 'headset';
      return simple(action, true, (api, v) => asCase(api.voiceMute({ ...member, kind, ...durationOf(v), ...reasonOf(v) })), ['duration'], action);
    }
    case 'voiceUnmute':
    case 'voiceUndeafen': {
      const kind = action === 'voiceUnmute' ? 'mic' : 'headset';
      return simple(action, false, (api, v) => asCase(api.voiceUnmute({ ...member, kind, ...reasonOf(v) })), [], action);
    }
    case 'textMute':
      return simple('textMute', true, (api, v) => asCase(api.textMute({ ...member, ...durationOf(v), ...reasonOf(v) })), ['duration', 'muteInfo']);
    case 'textUnmute':
      return simple('textUnmute', false, (api, v) => asCase(api.textUnmute({ ...member, ...reasonOf(v) })));
    case 'setNickname':
      return {
        ...simple('setNickname', false, (api, v) => asCase(api.setNickname({ ...member, nickname: v.nickname.trim(), ...reasonOf(v) })), ['nickname']),
        ready: (v) => v.nickname.trim().length >= 2,
      };
    case 'resetNickname':
      return simple('resetNickname', false, (api, v) => asCase(api.setNickname({ ...member, nickname: null, ...reasonOf(v) })), [], 'setNickname');
    case 'grantRole':
    case 'revokeRole':
      return {
        key: action,
        fields: ['role'],
        danger: action === 'revokeRole',
        check: (v) => check(action, v.roleId),
        ready: hasRole,
        run: (api, v) => {
          const call = action === 'grantRole' ? api.grantRole : api.revokeRole;
          return asCase(call({ ...member, roleId: v.roleId ?? 0, ...reasonOf(v) }));
        },
      };
  }
}

function massConfig(request: Extract<DialogRequest, { kind: 'mass' }>): ActionConfig {
  const { guildId, action, userIds } = request;
  const fields: Record<typeof action, readonly DialogField[]> = {
    ban: ['duration', 'days'],
    kick: [],
    textMute: ['duration', 'muteInfo'],
    grantRole: ['role'],
    revokeRole: ['role'],
  };
  const needsRole = action === 'grantRole' || action === 'revokeRole';
  return {
    key: `mass.${action}`,
    fields: fields[action],
    danger: action !== 'grantRole',
    check: (v) => ({ guildId, action, ...(needsRole && v.roleId !== null ? { roleId: v.roleId } : {}) }),
    ...(needsRole ? { ready: hasRole } : {}),
    run: async (api, v) => {
      const started = await api.massAction({
        guildId,
        userIds,
        action,
        ...(needsRole && v.roleId !== null ? { roleId: v.roleId } : {}),
        ...(action === 'ban' ? { delMsgDays: v.delMsgDays } : {}),
        ...(action === 'ban' || action === 'textMute' ? durationOf(v) : {}),
        ...reasonOf(v),
      });
      return { kind: 'job', jobId: started.jobId };
    },
  };
}

function channelConfig(request: Extract<DialogRequest, { kind: 'channel' }>): ActionConfig {
  const { guildId, action } = request;
  const channelId = request.channel.id;
  return {
    key: action,
    fields: action === 'setSlowMode' ? ['slowMode'] : [],
    danger: action === 'lockChannel',
    check: () => ({ guildId, action, channelId }),
    run: (api, v) => {
      if (action === 'setSlowMode') return asCase(api.setSlowMode({ channelId, slowModeMs: v.slowModeMs, ...reasonOf(v) }));
      const call = action === 'lockChannel' ? api.lockChannel : api.unlockChannel;
      return asCase(call({ channelId, ...reasonOf(v) }));
    },
  };
}
