// The last `capacity` events of a session, by sn, for resume (GATEWAY.md §5) and for the
// re-send a PING triggers (GATEWAY.md §6 rule 4). A ring: O(1) per event, no garbage.
export class ReplayBuffer {
  private readonly ring: string[] = [];
  private lastSn = 0;
  private count = 0;

  constructor(private readonly capacity: number) {}

  push(sn: number, dataJson: string): void {
    if (this.capacity <= 0) return;
    this.ring[sn % this.capacity] = dataJson;
    this.lastSn = sn;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** Whether every event after `sn` up to the last one is still here. */
  covers(sn: number): boolean {
    return sn <= this.lastSn && sn >= this.lastSn - this.count;
  }

  /** The serialized event with this sn, if still held. */
  get(sn: number): string | undefined {
    if (sn > this.lastSn || sn <= this.lastSn - this.count) return undefined;
    return this.ring[sn % this.capacity];
  }
}
