// jobs.*: the job protocol of the contract (ARCHITECTURE.md "Long-running work") over the
// moderation engine's JobRunner (purge, mass actions); progress arrives as job.progress pushes.
import type { Contract, JobProgress, ServiceImpl } from '../../../shared/ipc';
import type { InspectorJobs } from '../../inspector';
import type { JobRunner } from '../../moderation/jobs/JobRunner';
import { ServiceError } from '../toIpcError';

/** Every job of the app: moderation's (purge, mass actions) and the inspector's capture replays. */
export class JobsService implements ServiceImpl<Contract['jobs']> {
  constructor(
    private readonly runner: JobRunner | null = null,
    private readonly replays: InspectorJobs | null = null,
  ) {}

  async list(): Promise<JobProgress[]> {
    return [...(this.runner?.list() ?? []), ...(this.replays?.list() ?? [])];
  }

  async control(args: { jobId: string; action: 'pause' | 'resume' | 'cancel' }): Promise<JobProgress> {
    const replay = this.replays?.control(args.jobId, args.action);
    if (replay) return replay;
    if (!this.runner) throw new ServiceError('not-found', 'no such job', { jobId: args.jobId });
    return this.runner.control(args.jobId, args.action);
  }
}
