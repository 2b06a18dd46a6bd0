// One replay of an imported capture (issue 5): re-emits its frames into the inspector with the
// original spacing divided by the speed, as a job with progress, pause, resume and cancel
// (ARCHITECTURE.md "Long-running work").
import type { JobProgress, JobState } from '../../shared/ipc';
import type { CaptureFrame } from './capture';
import type { InspectorClock } from './clock';

/** A silent stretch longer than this (in capture time) is shortened to it, so a replay never idles for hours. */
export const MAX_REPLAY_PAUSE_MS = 10_000;

export interface ReplayJobOptions {
  jobId: string;
  frames: readonly CaptureFrame[];
  speed: number;
  clock: InspectorClock;
  emit(frame: CaptureFrame, at: number): void;
  progress(p: JobProgress): void;
  /** How often progress is reported while running. */
  progressEveryMs?: number;
}

export class ReplayJob {
  private state: JobState = 'queued';
  private index = 0;
  /** Capture time (with long pauses shortened) of the next frame, and of the end. */
  private offsets: Float64Array;
  private startedAt = 0;
  private pausedAt = 0;
  private timer: unknown = null;
  private lastProgress = -Infinity;

  constructor(private readonly o: ReplayJobOptions) {
    const n = o.frames.length;
    this.offsets = new Float64Array(n);
    for (let i = 1; i < n; i++) {
      const gap = (o.frames[i]?.row.at ?? 0) - (o.frames[i - 1]?.row.at ?? 0);
      this.offsets[i] = (this.offsets[i - 1] ?? 0) + Math.min(Math.max(0, gap), MAX_REPLAY_PAUSE_MS);
    }
  }

  start(): void {
    if (this.state !== 'queued') return;
    this.state = 'running';
    this.startedAt = this.o.clock.now();
    this.report(true);
    this.step();
  }

  control(action: 'pause' | 'resume' | 'cancel'): JobProgress {
    const now = this.o.clock.now();
    if (action === 'pause' && this.state === 'running') {
      this.clearTimer();
      this.pausedAt = now;
      this.state = 'paused';
      this.report(true);
    } else if (action === 'resume' && this.state === 'paused') {
      // The wall-clock start moves by the pause, so the remaining spacing is unchanged.
      this.startedAt += now - this.pausedAt;
      this.state = 'running';
      this.report(true);
      this.step();
    } else if (action === 'cancel' && (this.state === 'running' || this.state === 'paused' || this.state === 'queued')) {
      this.clearTimer();
      this.state = 'cancelled';
      this.report(true);
    }
    return this.progress();
  }

  progress(): JobProgress {
    const n = this.o.frames.length;
    const finished = this.state === 'done' || this.state === 'cancelled';
    const next = this.offsets[this.index] ?? 0;
    const end = this.offsets[n - 1] ?? 0;
    return {
      jobId: this.o.jobId,
      kind: 'inspector.replay',
      state: this.state,
      done: this.index,
      total: n,
      etaMs: finished ? 0 : Math.max(0, Math.round((end - next) / this.o.speed)),
    };
  }

  get finished(): boolean {
    return this.state === 'done' || this.state === 'cancelled' || this.state === 'failed';
  }

  private step(): void {
    this.timer = null;
    if (this.state !== 'running') return;
    const now = this.o.clock.now();
    const elapsed = (now - this.startedAt) * this.o.speed;
    const frames = this.o.frames;
    while (this.index < frames.length && (this.offsets[this.index] ?? 0) <= elapsed) {
      const frame = frames[this.index];
      this.index += 1;
      if (frame) this.o.emit(frame, now);
    }
    if (this.index >= frames.length) {
      this.state = 'done';
      this.report(true);
      return;
    }
    this.report(false);
    const wait = ((this.offsets[this.index] ?? 0) - elapsed) / this.o.speed;
    this.timer = this.o.clock.setTimeout(() => this.step(), Math.max(0, Math.ceil(wait)));
  }

  private report(force: boolean): void {
    const now = this.o.clock.now();
    if (!force && now - this.lastProgress < (this.o.progressEveryMs ?? 250)) return;
    this.lastProgress = now;
    this.o.progress(this.progress());
  }

  private clearTimer(): void {
    if (this.timer !== null) this.o.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
