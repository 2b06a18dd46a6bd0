// The gateway's one stage timer (GATEWAY.md §4.4): each state waits for at most one thing at a
// time (a refetch delay, a HELLO, a connect or resume retry), so setting it cancels the last.
import type { Clock } from './types';

export class StageTimer {
  private id: unknown = null;

  constructor(private readonly clock: Clock) {}

  set(ms: number, fn: () => void): void {
    this.clear();
    this.id = this.clock.setTimeout(() => {
      this.id = null;
      fn();
    }, ms);
  }

  clear(): void {
    if (this.id !== null) this.clock.clearTimeout(this.id);
    this.id = null;
  }
}
