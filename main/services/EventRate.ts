// Events per second over a sliding window, for the status bar. One counter per second in a ring,
// so a burst of thousands of events costs a few additions.
export class EventRate {
  private readonly buckets: number[];
  private readonly stamps: number[];

  constructor(
    private readonly windowSec = 5,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.buckets = new Array<number>(windowSec).fill(0);
    this.stamps = new Array<number>(windowSec).fill(-1);
  }

  add(n = 1): void {
    const sec = Math.floor(this.now() / 1000);
    const i = sec % this.windowSec;
    if (this.stamps[i] !== sec) {
      this.stamps[i] = sec;
      this.buckets[i] = 0;
    }
    this.buckets[i] = (this.buckets[i] ?? 0) + n;
  }

  /** Average over the completed seconds of the window plus the current one. */
  perSecond(): number {
    const sec = Math.floor(this.now() / 1000);
    let total = 0;
    for (let i = 0; i < this.windowSec; i += 1) {
      const stamp = this.stamps[i] ?? -1;
      if (stamp > sec - this.windowSec) total += this.buckets[i] ?? 0;
    }
    return Math.round((total / this.windowSec) * 10) / 10;
  }

  reset(): void {
    this.stamps.fill(-1);
  }
}
