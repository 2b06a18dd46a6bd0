// The one dialog behind every single-step moderation action: names the target, offers a reason
// and the action's fields (duration, message days, DM notice, slow mode, nickname, role), checks
// the bot's permissions first and disables the confirm with the reason in words when it may not
// act (issue 5; UI.md "Interaction rules").
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import type { DialogRequest } from '../../store/moderation/requests';
import { toUiError, type UiError } from '../../store/uiError';
import { actionConfig, type ActionOutcome, type DialogValues } from './actions';
import { caseError } from './caseError';
import { hierarchyReason } from './hierarchyError';
import { DialogFrame } from './DialogFrame';
import { DurationPicker, type DurationValue } from './DurationPicker';
import { DialogFields } from './DialogFields';
import { MuteStrategyInfo } from './MuteStrategyInfo';
import { PermissionNotice } from './PermissionNotice';
import { TargetLine } from './TargetLine';
import { isAllowed, usePermissionCheck } from './usePermissionCheck';

export type ModerationRequest = Exclude<DialogRequest, { kind: 'purge' } | { kind: 'composer' }>;

export interface ModerationDialogProps {
  request: ModerationRequest;
  onDone(outcome: ActionOutcome): void;
  onCancel(): void;
}

function initialValues(request: ModerationRequest): DialogValues {
  return {
    reason: '',
    durationMs: null,
    delMsgDays: 0,
    notify: false,
    slowModeMs: request.kind === 'channel' ? request.channel.slowModeMs : 0,
    nickname: request.kind === 'member' ? (request.target.nickname ?? '') : '',
    roleId: request.kind === 'member' ? (request.roleId ?? null) : null,
  };
}

export function ModerationDialog({ request, onDone, onCancel }: ModerationDialogProps) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation('common');
  const config = useMemo(() => actionConfig(request), [request]);
  const api = useAppStore((s) => s.moderationApi);
  const [values, setValues] = useState<DialogValues>(() => initialValues(request));
  const [duration, setDuration] = useState<DurationValue>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const check = usePermissionCheck(config.check(values));
  const has = (f: (typeof config.fields)[number]) => config.fields.includes(f);
  const canConfirm = isAllowed(check) && !busy && duration !== 'invalid' && (config.ready?.(values) ?? true);
  const title = t(`actions.${config.key}.title`);
  const ownerId = useAppStore((s) => s.guildDetail?.guild.user_id ?? null);
  const hierarchy = hierarchyReason(error, { targetId: request.kind === 'member' ? request.target.id : null, ownerId });

  const update = (change: Partial<DialogValues>) => setValues((v) => ({ ...v, ...change }));

  async function confirm() {
    if (!canConfirm) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await config.run(api, { ...values, durationMs: duration });
      const failed = outcome.kind === 'case' ? caseError(outcome.case) : null;
      if (failed) {
        setError(failed);
        setBusy(false);
        return;
      }
      onDone(outcome);
    } catch (e) {
      setError(toUiError(e));
      setBusy(false);
    }
  }

  return (
    <DialogFrame title={title} onCancel={onCancel} onEnter={() => void confirm()}>
      <TargetLine request={request} />
      {has('muteInfo') && <MuteStrategyInfo guildId={request.guildId} />}
      {has('duration') && <DurationPicker onChange={setDuration} />}
      <DialogFields fields={config.fields} values={values} onChange={update} />
      <label className="kd-dialog-field">
        <span>{t('reason')}</span>
        <input value={values.reason} maxLength={500} placeholder={t('reasonPlaceholder')} onChange={(e) => update({ reason: e.target.value })} />
      </label>
      <PermissionNotice state={check} />
      {hierarchy ? (
        <div className="kd-error" role="alert" title={error?.message} data-code={error?.code}>
          <span>{t(`hierarchy.${hierarchy}`)}</span>
        </div>
      ) : (
        <ErrorNotice error={error} onDismiss={() => setError(null)} />
      )}
      <div className="kd-dialog-actions">
        <button type="button" className="kd-button" onClick={onCancel}>
          {tc('cancel')}
        </button>
        <button type="button" className={config.danger ? 'kd-button kd-danger' : 'kd-button kd-primary'} disabled={!canConfirm} onClick={() => void confirm()}>
          {busy ? t('working') : t(`actions.${config.key}.confirm`)}
        </button>
      </div>
    </DialogFrame>
  );
}
