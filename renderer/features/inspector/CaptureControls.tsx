// Export (NDJSON download via a Blob + <a download>), import (file input) and replay at a chosen
// speed with progress, pause, resume and cancel (issue 5).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';

export const SPEEDS = [0.5, 1, 2, 5, 10, 20];

export function CaptureControls() {
  const { t } = useTranslation('inspector');
  const exportCapture = useAppStore((s) => s.exportCapture);
  const importCapture = useAppStore((s) => s.importCapture);
  const startReplay = useAppStore((s) => s.startReplay);
  const imported = useAppStore((s) => s.inspectorImport);
  const jobId = useAppStore((s) => s.inspectorReplayJobId);
  const job = useAppStore((s) => s.jobs.find((j) => j.jobId === jobId) ?? null);
  const controlJob = useAppStore((s) => s.controlJob);
  const [speed, setSpeed] = useState(1);
  const fileRef = useRef<HTMLInputElement>(null);

  const download = async (): Promise<void> => {
    const file = await exportCapture();
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.content], { type: 'application/x-ndjson' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const onFile = async (files: FileList | null): Promise<void> => {
    const file = files?.[0];
    if (!file) return;
    await importCapture(await file.text());
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <div className="kd-toolbar" role="group" aria-label={t('capture.label')}>
      <button type="button" onClick={() => void download()}>
        {t('capture.export')}
      </button>
      <label className="kd-file-button">
        {t('capture.import')}
        <input ref={fileRef} type="file" accept=".ndjson,.jsonl,application/x-ndjson" aria-label={t('capture.import')} onChange={(e) => void onFile(e.target.files)} />
      </label>
      {imported && (
        <>
          <span>
            {t('capture.imported', { frames: imported.frames })}
            {imported.badLines > 0 && ` · ${t('capture.badLines', { count: imported.badLines })}`}
          </span>
          <select aria-label={t('capture.speed')} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void startReplay(speed)}>
            {t('capture.replay')}
          </button>
        </>
      )}
      {job && (
        <>
          <progress aria-label={t('capture.progress')} max={job.total ?? 1} value={job.done} />
          <span>{job.state === 'done' ? t('capture.replayDone') : t('capture.replaying', { done: job.done, total: job.total ?? '?' })}</span>
          {job.state === 'running' && (
            <button type="button" onClick={() => void controlJob(job.jobId, 'pause')}>
              {t('capture.pauseReplay')}
            </button>
          )}
          {job.state === 'paused' && (
            <button type="button" onClick={() => void controlJob(job.jobId, 'resume')}>
              {t('capture.resumeReplay')}
            </button>
          )}
          {(job.state === 'running' || job.state === 'paused') && (
            <button type="button" onClick={() => void controlJob(job.jobId, 'cancel')}>
              {t('capture.cancelReplay')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
