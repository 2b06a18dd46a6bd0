// Purge (issue 5): filters → "Preview" (moderation.purgePreview: the count and a sample of
// exactly what will go) → confirm with a reason → moderation.purge starts a job whose progress,
// ETA and pause/resume/cancel show here and in the tray; the archive path shows when done.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurgeFilters, PurgePreview } from '../../../shared/ipc';
import { ErrorNotice } from '../../components/ErrorNotice';
import { shortTime } from '../../components/time';
import { useAppStore } from '../../store';
import { isFinished } from '../../store/moderation/jobs';
import type { DialogRequest } from '../../store/moderation/requests';
import { toUiError, type UiError } from '../../store/uiError';
import { DialogFrame } from './DialogFrame';
import { JobProgressView } from './JobProgressView';
import { PermissionNotice } from './PermissionNotice';
import { PurgeFiltersForm } from './PurgeFiltersForm';
import { initialPurgeForm, toPurgeFilters, type PurgeForm } from './purgeForm';
import { isAllowed, usePermissionCheck } from './usePermissionCheck';

type PurgeRequest = Extract<DialogRequest, { kind: 'purge' }>;

export function PurgeDialog({ request, onClose }: { request: PurgeRequest; onClose(): void }) {
  const { t, i18n } = useTranslation('moderation');
  const { t: tc } = useTranslation('common');
  const api = useAppStore((s) => s.moderationApi);
  const [form, setForm] = useState<PurgeForm>(() => initialPurgeForm(request.untilMsgId, request.authorIds));
  const [preview, setPreview] = useState<{ filters: PurgeFilters; result: PurgePreview } | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const job = useAppStore((s) => (jobId === null ? undefined : s.jobs.find((j) => j.jobId === jobId)));
  const archive = useAppStore((s) =>
    s.recentCases.find((c) => c.action === 'messages.purge' && c.targetId === request.channel.id && c.createdAt >= startedAt - 60_000)?.evidence?.archivePath,
  );
  const check = usePermissionCheck({ guildId: request.guildId, action: 'purge', channelId: request.channel.id });
  const parsed = toPurgeFilters(request.channel.id, form);
  const filters = 'filters' in parsed ? parsed.filters : null;
  const previewCurrent = preview !== null && filters !== null && JSON.stringify(preview.filters) === JSON.stringify(filters);
  const canPreview = filters !== null && !busy && isAllowed(check);
  const canPurge = previewCurrent && preview.result.count > 0 && !busy && isAllowed(check);

  const update = (change: Partial<PurgeForm>) => setForm((f) => ({ ...f, ...change }));

  async function runPreview() {
    if (!canPreview || !filters) return;
    setBusy(true);
    setError(null);
    try {
      setPreview({ filters, result: await api.purgePreview(filters) });
    } catch (e) {
      setError(toUiError(e));
    }
    setBusy(false);
  }

  async function start() {
    if (!canPurge) return;
    setBusy(true);
    setError(null);
    try {
      setStartedAt(Date.now());
      const started = await api.purge({ filters: preview.filters, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setJobId(started.jobId);
    } catch (e) {
      setError(toUiError(e));
    }
    setBusy(false);
  }

  const title = t('purge.title', { channel: request.channel.name });
  if (jobId !== null) {
    return (
      <DialogFrame title={title} onCancel={onClose} wide>
        {job ? <JobProgressView job={job} /> : <p role="status">{t('purge.starting')}</p>}
        {job && isFinished(job) && archive && <p className="kd-mod-archive">{t('purge.archive', { path: archive })}</p>}
        <div className="kd-dialog-actions">
          <button type="button" className="kd-button" onClick={onClose}>
            {job && isFinished(job) ? tc('close') : t('purge.hide')}
          </button>
        </div>
      </DialogFrame>
    );
  }

  return (
    <DialogFrame title={title} onCancel={onClose} onEnter={() => void (canPurge ? start() : runPreview())} wide>
      <PurgeFiltersForm form={form} onChange={update} />
      {'problem' in parsed && (
        <p className="kd-field-error" role="alert">
          {t(`purge.problems.${parsed.problem}`)}
        </p>
      )}
      {preview && (
        <section className="kd-mod-purge-preview" aria-label={t('purge.previewLabel')}>
          <p role="status">{t('purge.previewCount', { count: preview.result.count, scanned: preview.result.scanned })}</p>
          {!previewCurrent && <p className="kd-mod-warning">{t('purge.previewStale')}</p>}
          <ul>
            {preview.result.sample.map((m) => (
              <li key={m.id}>
                <span className="kd-muted">{shortTime(m.createAt, i18n.language)}</span> <strong>{m.authorName}</strong>: {m.content.slice(0, 120)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <label className="kd-dialog-field">
        <span>{t('reason')}</span>
        <input value={reason} maxLength={500} placeholder={t('reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
      </label>
      <PermissionNotice state={check} />
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <div className="kd-dialog-actions">
        <button type="button" className="kd-button" onClick={onClose}>
          {tc('cancel')}
        </button>
        <button type="button" className="kd-button" disabled={!canPreview} onClick={() => void runPreview()}>
          {t('purge.preview')}
        </button>
        <button type="button" className="kd-button kd-danger" disabled={!canPurge} onClick={() => void start()}>
          {t('purge.confirm', { count: previewCurrent ? preview.result.count : 0 })}
        </button>
      </div>
    </DialogFrame>
  );
}
