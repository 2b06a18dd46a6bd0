// Long work as jobs (ARCHITECTURE.md "Long-running work is a job"): an id, progress with ETA as
// `job.progress` push events, and pause / resume / cancel through jobs.control. A task awaits
// `checkpoint()` between items: it parks while paused and throws JobCancelled once cancelled.
import type { JobProgress, JobState } from '../../../shared/ipc';
import type { PushHub } from '../../services/PushHub';
import { ServiceError } from '../../services/toIpcError';

export class JobCancelled extends Error {
  override readonly name = 'JobCancelled';
}

export interface JobControl {
  readonly id: string;
  checkpoint(): Promise<void>;
  progress(done: number, total: number | null, etaMs: number | null): void;
}

interface Job {
  progress: JobProgress;
  cancelRequested: boolean;
  resume: (() => void) | null;
}

const FINISHED: readonly JobState[] = ['done', 'failed', 'cancelled'];

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private seq = 0;

  constructor(private readonly push: PushHub, private readonly keepFinished = 50) {}

  start(kind: string, total: number | null, task: (ctl: JobControl) => Promise<void>): JobProgress {
    const jobId = `job-${Date.now().toString(36)}-${(this.seq += 1)}`;
    const job: Job = { progress: { jobId, kind, state: 'running', done: 0, total, etaMs: null }, cancelRequested: false, resume: null };
    this.jobs.set(jobId, job);
    this.emit(job);
    const ctl: JobControl = {
      id: jobId,
      checkpoint: () => this.checkpoint(job),
      progress: (done, t, etaMs) => {
        job.progress = { ...job.progress, done, total: t, etaMs };
        this.emit(job);
      },
    };
    void task(ctl).then(
      () => this.finish(job, job.cancelRequested ? 'cancelled' : 'done'),
      (err: unknown) => {
        if (err instanceof JobCancelled || job.cancelRequested) this.finish(job, 'cancelled');
        else this.finish(job, 'failed', { code: err instanceof ServiceError ? err.code : 'internal', message: err instanceof Error ? err.message : 'job failed' });
      },
    );
    return { ...job.progress };
  }

  list(): JobProgress[] {
    return [...this.jobs.values()].map((j) => ({ ...j.progress }));
  }

  get(jobId: string): JobProgress | null {
    const j = this.jobs.get(jobId);
    return j ? { ...j.progress } : null;
  }

  control(jobId: string, action: 'pause' | 'resume' | 'cancel'): JobProgress {
    const job = this.jobs.get(jobId);
    if (!job) throw new ServiceError('not-found', 'no such job', { jobId });
    if (FINISHED.includes(job.progress.state)) return { ...job.progress };
    if (action === 'pause' && job.progress.state === 'running') job.progress = { ...job.progress, state: 'paused' };
    if (action === 'resume' && job.progress.state === 'paused') {
      job.progress = { ...job.progress, state: 'running' };
      job.resume?.();
    }
    if (action === 'cancel') {
      job.cancelRequested = true;
      job.resume?.();
    }
    this.emit(job);
    return { ...job.progress };
  }

  /** Resolves when the job has settled (tests and shutdown). */
  async settled(jobId: string, pollMs = 10): Promise<JobProgress> {
    for (;;) {
      const p = this.get(jobId);
      if (!p || FINISHED.includes(p.state)) return p ?? { jobId, kind: '?', state: 'failed', done: 0, total: null, etaMs: null };
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  private async checkpoint(job: Job): Promise<void> {
    while (job.progress.state === 'paused' && !job.cancelRequested) {
      await new Promise<void>((resolve) => (job.resume = resolve));
      job.resume = null;
    }
    if (job.cancelRequested) throw new JobCancelled('cancelled');
  }

  private finish(job: Job, state: JobState, error?: { code: string; message: string }): void {
    job.progress = { ...job.progress, state, etaMs: state === 'done' ? 0 : null, ...(error ? { error } : {}) };
    this.emit(job);
    const finished = [...this.jobs.values()].filter((j) => FINISHED.includes(j.progress.state));
    for (const old of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) this.jobs.delete(old.progress.jobId);
  }

  private emit(job: Job): void {
    this.push.emit('job.progress', { ...job.progress });
  }
}
