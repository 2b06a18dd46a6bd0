// Long work (purge, mass actions) runs as jobs in main; the renderer keeps the latest
// `job.progress` of each (ARCHITECTURE.md "Long-running work") and asks main to pause,
// resume or cancel through jobs.control.
import type { Api, JobProgress } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';

export type JobControl = 'pause' | 'resume' | 'cancel';

export interface JobsSlice {
  /** In the order first seen. */
  jobs: JobProgress[];
  /** When each job was first seen (ms), for the tray's ordering and the ETA fallback. */
  jobStartedAt: Record<string, number>;
  jobsError: UiError | null;
  applyJobProgress(progress: JobProgress): void;
  loadJobs(): Promise<void>;
  controlJob(jobId: string, action: JobControl): Promise<UiError | null>;
  dismissJob(jobId: string): void;
}

export const FINISHED_STATES: readonly JobProgress['state'][] = ['done', 'failed', 'cancelled'];

export function isFinished(job: Pick<JobProgress, 'state'>): boolean {
  return FINISHED_STATES.includes(job.state);
}

export function upsertJob(jobs: readonly JobProgress[], progress: JobProgress): JobProgress[] {
  const at = jobs.findIndex((j) => j.jobId === progress.jobId);
  if (at === -1) return [...jobs, progress];
  const next = [...jobs];
  next[at] = progress;
  return next;
}

export const createJobsSlice =
  (api: Api): SliceCreator<JobsSlice> =>
  (set, get) => ({
    jobs: [],
    jobStartedAt: {},
    jobsError: null,
    applyJobProgress(progress) {
      const started = get().jobStartedAt;
      set({
        jobs: upsertJob(get().jobs, progress),
        ...(started[progress.jobId] === undefined ? { jobStartedAt: { ...started, [progress.jobId]: Date.now() } } : {}),
      });
    },
    async loadJobs() {
      try {
        const list = await api.jobs.list({});
        for (const job of list) get().applyJobProgress(job);
      } catch (error) {
        set({ jobsError: toUiError(error) });
      }
    },
    async controlJob(jobId, action) {
      try {
        get().applyJobProgress(await api.jobs.control({ jobId, action }));
        return null;
      } catch (error) {
        const e = toUiError(error);
        set({ jobsError: e });
        return e;
      }
    },
    dismissJob(jobId) {
      set({ jobs: get().jobs.filter((j) => j.jobId !== jobId) });
    },
  });
