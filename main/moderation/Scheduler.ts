// Temporary bans and mutes end by timers in main (issue 5); the jobs live in the ScheduleStore so
// they survive restarts. On session start the profile's pending jobs are reconciled: the ones
// already due run at once and are reported as `schedule.missed`; the rest are armed. A failed
// expiry is retried with exponential backoff, then marked failed and reported.
import type { ScheduledJob, ScheduleStore } from '../store/moderationStores';

export interface MissedExpiry {
  caseId: number;
  action: string;
  targetId: string;
  dueAt: number;
  doneAt: number;
}

export interface SchedulerOptions {
  store: () => ScheduleStore;
  now: () => number;
  /** Carries out one expiry; throws when it failed. */
  execute: (job: ScheduledJob) => Promise<void>;
  onMissed: (missed: MissedExpiry[]) => void;
  onFailed?: (job: ScheduledJob, error: string) => void;
  /** Test-only: real timer delays are multiplied by this (e.g. 0.001: a minute passes in 60 ms). */
  timerScale?: number;
  retryBaseMs?: number;
  maxAttempts?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** setTimeout's ceiling; longer waits re-arm when they fire early. */
const MAX_DELAY = 2 ** 31 - 1;

export class Scheduler {
  private readonly timers = new Map<number, unknown>();
  private readonly attempts = new Map<number, number>();
  /** Job id → case id of expiries being carried out right now. */
  private readonly running = new Map<number, number>();
  private profileId: string | null = null;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly o: SchedulerOptions) {
    this.setTimer = o.setTimer ?? ((fn, ms) => {
      const t = setTimeout(fn, ms);
      t.unref?.();
      return t;
    });
    this.clearTimer = o.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Reconciles the profile's pending jobs: due ones run now and are reported missed. */
  async start(profileId: string): Promise<MissedExpiry[]> {
    this.stop();
    this.profileId = profileId;
    const now = this.o.now();
    const missed: MissedExpiry[] = [];
    for (const job of this.o.store().pending(profileId)) {
      if (job.dueAt > now) {
        this.arm(job);
        continue;
      }
      if (await this.run(job)) missed.push({ caseId: job.caseId, action: job.kind, targetId: job.targetId, dueAt: job.dueAt, doneAt: this.o.now() });
    }
    if (missed.length > 0 && this.profileId === profileId) this.o.onMissed(missed);
    return missed;
  }

  add(job: Omit<ScheduledJob, 'id' | 'state' | 'doneAt' | 'error'>): ScheduledJob {
    const stored = this.o.store().add(job);
    if (this.profileId === job.profileId) this.arm(stored);
    return stored;
  }

  cancelForCase(caseId: number): void {
    // The expiry itself closes its case: that must not cancel the job it is completing.
    if ([...this.running.values()].includes(caseId)) return;
    this.o.store().cancelForCase(caseId);
    for (const job of [...this.timers.keys()]) {
      const pending = this.profileId ? this.o.store().pending(this.profileId).some((j) => j.id === job) : false;
      if (!pending) this.disarm(job);
    }
  }

  /** Session ended: timers stop; the jobs stay pending in the store for the next start. */
  stop(): void {
    for (const id of [...this.timers.keys()]) this.disarm(id);
    this.profileId = null;
  }

  get armed(): number {
    return this.timers.size;
  }

  private arm(job: ScheduledJob, delayMs = Math.max(0, job.dueAt - this.o.now())): void {
    this.disarm(job.id);
    const ms = Math.min(MAX_DELAY, Math.round(delayMs * (this.o.timerScale ?? 1)));
    this.timers.set(job.id, this.setTimer(() => void this.fire(job), ms));
  }

  private disarm(id: number): void {
    const t = this.timers.get(id);
    if (t !== undefined) this.clearTimer(t);
    this.timers.delete(id);
  }

  private async fire(job: ScheduledJob): Promise<void> {
    this.timers.delete(job.id);
    if (this.profileId !== job.profileId) return;
    const current = this.o.store().pending(job.profileId).find((j) => j.id === job.id);
    if (!current) return; // cancelled (undone early) or done meanwhile
    if (current.dueAt > this.o.now() && (this.o.timerScale ?? 1) >= 1) return this.arm(current); // woke early past setTimeout's ceiling
    await this.run(current);
  }

  /** True when the job completed; on failure it is retried later or marked failed. */
  private async run(job: ScheduledJob): Promise<boolean> {
    if (this.running.has(job.id)) return false;
    this.running.set(job.id, job.caseId);
    try {
      await this.o.execute(job);
      this.o.store().complete(job.id, this.o.now());
      this.attempts.delete(job.id);
      return true;
    } catch (err) {
      const n = (this.attempts.get(job.id) ?? 0) + 1;
      this.attempts.set(job.id, n);
      const message = err instanceof Error ? err.message : String(err);
      if (n >= (this.o.maxAttempts ?? 5)) {
        this.o.store().fail(job.id, message, this.o.now());
        this.attempts.delete(job.id);
        this.o.onFailed?.(job, message);
      } else if (this.profileId === job.profileId) {
        this.arm(job, (this.o.retryBaseMs ?? 30_000) * 2 ** (n - 1));
      }
      return false;
    } finally {
      this.running.delete(job.id);
    }
  }
}
