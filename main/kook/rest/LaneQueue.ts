// Priority lanes within one bucket queue: interactive actions before history paging before
// background sync (issue 3); FIFO within a lane, by a global sequence number so that merged
// queues and re-queued retries keep their original place.
export type Lane = 'interactive' | 'history' | 'background';
export const LANES: readonly Lane[] = ['interactive', 'history', 'background'];

export interface Queued {
  readonly seq: number;
  readonly lane: Lane;
}

export class LaneQueue<T extends Queued> {
  private readonly lanes: Record<Lane, T[]> = { interactive: [], history: [], background: [] };

  get size(): number {
    return this.lanes.interactive.length + this.lanes.history.length + this.lanes.background.length;
  }

  push(item: T): void {
    const list = this.lanes[item.lane];
    let at = list.length;
    while (at > 0 && (list[at - 1]?.seq ?? 0) > item.seq) at--;
    list.splice(at, 0, item);
  }

  peek(): T | undefined {
    for (const lane of LANES) {
      const head = this.lanes[lane][0];
      if (head !== undefined) return head;
    }
    return undefined;
  }

  shift(): T | undefined {
    for (const lane of LANES) {
      const head = this.lanes[lane].shift();
      if (head !== undefined) return head;
    }
    return undefined;
  }

  remove(item: T): boolean {
    const list = this.lanes[item.lane];
    const at = list.indexOf(item);
    if (at < 0) return false;
    list.splice(at, 1);
    return true;
  }

  /** Removes and returns every item matching `pick`, in lane-then-FIFO order. */
  take(pick: (item: T) => boolean = () => true): T[] {
    const out: T[] = [];
    for (const lane of LANES) {
      const keep: T[] = [];
      for (const item of this.lanes[lane]) (pick(item) ? out : keep).push(item);
      this.lanes[lane] = keep;
    }
    return out;
  }
}
