// One job's progress (UI.md: long actions show counts and an ETA and can be paused or
// cancelled): a progress bar, done / total, the ETA in words, pause/resume/cancel via jobs.control.
import { useTranslation } from 'react-i18next';
import { isIpcErrorCode, type JobProgress } from '../../../shared/ipc';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import { isFinished } from '../../store/moderation/jobs';
import { durationWords } from './durations';

export function JobProgressView({ job }: { job: JobProgress }) {
  const { t, i18n } = useTranslation('moderation');
  const controlJob = useAppStore((s) => s.controlJob);
  const number = new Intl.NumberFormat(i18n.language);
  const finished = isFinished(job);
  const label = t(`jobKinds.${job.kind}`, { defaultValue: job.kind });
  const counts = job.total === null ? number.format(job.done) : t('jobCounts', { done: number.format(job.done), total: number.format(job.total) });
  return (
    <div className="kd-job" role="group" aria-label={t('jobLabel', { kind: label })} data-state={job.state}>
      <div className="kd-job-head">
        <span className="kd-job-kind">{label}</span>
        <span className="kd-muted">{t(`jobStates.${job.state}`)}</span>
      </div>
      <progress
        aria-label={t('jobProgress', { kind: label })}
        max={job.total ?? undefined}
        value={job.total === null ? undefined : job.done}
      />
      <div className="kd-job-foot">
        <span>{counts}</span>
        {!finished && job.etaMs !== null && <span>{t('eta', { time: durationWords(job.etaMs, t) })}</span>}
        {job.state === 'running' && (
          <button type="button" className="kd-button" onClick={() => void controlJob(job.jobId, 'pause')}>
            {t('pause')}
          </button>
        )}
        {job.state === 'paused' && (
          <button type="button" className="kd-button" onClick={() => void controlJob(job.jobId, 'resume')}>
            {t('resume')}
          </button>
        )}
        {!finished && (
          <button type="button" className="kd-button kd-danger" onClick={() => void controlJob(job.jobId, 'cancel')}>
            {t('cancelJob')}
          </button>
        )}
      </div>
      {job.error && <ErrorNotice error={{ code: isIpcErrorCode(job.error.code) ? job.error.code : 'internal', message: job.error.message }} />}
    </div>
  );
}
