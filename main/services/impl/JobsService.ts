// jobs.*: the job protocol is in the contract (ARCHITECTURE.md "Long-running work"); no job
// kinds exist until the moderation work lands, so there is nothing to list or steer yet.
import type { Contract, JobProgress, ServiceImpl } from '../../../shared/ipc';
import { ServiceError } from '../toIpcError';

export class JobsService implements ServiceImpl<Contract['jobs']> {
  async list(): Promise<JobProgress[]> {
    return [];
  }

  async control(args: { jobId: string }): Promise<JobProgress> {
    throw new ServiceError('not-found', 'no such job', { jobId: args.jobId });
  }
}
