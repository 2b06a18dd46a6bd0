// Every job main reported through job.progress, bottom right over the workspace; finished jobs
// stay until dismissed so the moderator sees how they ended.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { isFinished } from '../../store/moderation/jobs';
import { JobProgressView } from './JobProgressView';
import './moderation.css';

export function JobsTray() {
  const { t } = useTranslation('moderation');
  const jobs = useAppStore((s) => s.jobs);
  const dismiss = useAppStore((s) => s.dismissJob);
  if (jobs.length === 0) return null;
  return (
    <aside className="kd-jobs-tray" aria-label={t('jobsTray')}>
      {jobs.map((job) => (
        <div key={job.jobId} className="kd-jobs-item">
          <JobProgressView job={job} />
          {isFinished(job) && (
            <button type="button" className="kd-icon-button" aria-label={t('dismissJob')} onClick={() => dismiss(job.jobId)}>
              ×
            </button>
          )}
        </div>
      ))}
    </aside>
  );
}
