// Imported captures (kept in memory, the newest few) and their replay jobs. Replay jobs are
// exposed through InspectorJobs so the JobsService can list and steer them with jobs.control.
import type { JobProgress } from '../../shared/ipc';
import { type CaptureFrame, parseCapture } from './capture';
import type { InspectorClock } from './clock';
import { InspectorError } from './errors';
import { ReplayJob } from './ReplayJob';

/** The slice of the job protocol the inspector's jobs answer (wired into JobsService by the lead). */
export interface InspectorJobs {
  list(): JobProgress[];
  control(jobId: string, action: 'pause' | 'resume' | 'cancel'): JobProgress | null;
}

export interface ReplaysOptions {
  clock: InspectorClock;
  emit(frame: CaptureFrame, at: number): void;
  progress(p: JobProgress): void;
  maxCaptures?: number;
  maxJobs?: number;
}

export interface ImportResult {
  captureId: string;
  frames: number;
  badLines: number;
  skipped: number;
}

export class Replays implements InspectorJobs {
  private readonly captures = new Map<string, CaptureFrame[]>();
  private readonly jobs = new Map<string, ReplayJob>();
  private counter = 0;

  constructor(private readonly o: ReplaysOptions) {}

  importCapture(content: string): ImportResult {
    const parsed = parseCapture(content);
    const captureId = `capture-${++this.counter}`;
    this.captures.set(captureId, parsed.frames);
    // Only the newest captures stay (Map keeps insertion order).
    while (this.captures.size > (this.o.maxCaptures ?? 2)) {
      const oldest = this.captures.keys().next().value;
      if (oldest === undefined) break;
      this.captures.delete(oldest);
    }
    return { captureId, frames: parsed.frames.length, badLines: parsed.badLines, skipped: parsed.skipped };
  }

  capture(captureId: string): readonly CaptureFrame[] | undefined {
    return this.captures.get(captureId);
  }

  replay(captureId: string, speed: number): { jobId: string } {
    const frames = this.captures.get(captureId);
    if (!frames) throw new InspectorError('not-found', 'no such capture (captures are kept until the app quits, the newest two)', { captureId });
    const jobId = `replay-${++this.counter}`;
    const job = new ReplayJob({ jobId, frames, speed, clock: this.o.clock, emit: this.o.emit, progress: this.o.progress });
    this.jobs.set(jobId, job);
    this.trimJobs();
    job.start();
    return { jobId };
  }

  list(): JobProgress[] {
    return [...this.jobs.values()].map((j) => j.progress());
  }

  control(jobId: string, action: 'pause' | 'resume' | 'cancel'): JobProgress | null {
    return this.jobs.get(jobId)?.control(action) ?? null;
  }

  cancelAll(): void {
    for (const job of this.jobs.values()) job.control('cancel');
  }

  private trimJobs(): void {
    const max = this.o.maxJobs ?? 20;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= max) break;
      if (job.finished) this.jobs.delete(id);
    }
  }
}
