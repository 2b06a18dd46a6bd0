// Recovers over REST what a gap made the gateway lose (issue 3): for each watched channel, every message
// after the last one seen live, paging `message/list flag=after` until a short page (REST.md `message/list`).
import type { LastSeen, ListedMessage, ListMessages } from './types';

export interface BackfilledMessage<M extends ListedMessage> {
  channelId: string;
  message: M;
}

export interface BackfillOptions {
  pageSize?: number;
  /** Safety bound per channel so a server that never returns a short page cannot loop us forever. */
  maxPages?: number;
}

export class Backfill<M extends ListedMessage> {
  private readonly pageSize: number;
  private readonly maxPages: number;

  constructor(
    private readonly listMessages: ListMessages<M>,
    options: BackfillOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 50;
    this.maxPages = options.maxPages ?? 200;
  }

  /**
   * Every message missed since `lastSeen`, in (create_at, id) order, minus the ids `alreadySeen` knows.
   * A channel with no anchor (`msgId` null) starts from its latest page, keeping messages newer than `at`.
   */
  async fetchMissed(lastSeen: readonly LastSeen[], alreadySeen: (id: string) => boolean = () => false): Promise<BackfilledMessage<M>[]> {
    const out: BackfilledMessage<M>[] = [];
    const taken = new Set<string>();
    for (const entry of lastSeen) {
      for (const message of await this.fetchChannel(entry)) {
        if (taken.has(message.id) || alreadySeen(message.id)) continue;
        taken.add(message.id);
        out.push({ channelId: entry.channelId, message });
      }
    }
    return out.sort((a, b) => byCreateAt(a.message, b.message));
  }

  private async fetchChannel(entry: LastSeen): Promise<M[]> {
    const { channelId } = entry;
    const found: M[] = [];
    const ids = new Set<string>();
    let cursor: string;
    if (entry.msgId !== null) {
      cursor = entry.msgId;
    } else {
      // No anchor: KOOK's "latest" page, then page forward from its newest message.
      const latest = (await this.listMessages({ channelId, pageSize: this.pageSize })).sort(byCreateAt);
      for (const m of latest) {
        if (m.create_at <= entry.at || ids.has(m.id)) continue;
        ids.add(m.id);
        found.push(m);
      }
      if (latest.length < this.pageSize) return found;
      const newestLatest = latest[latest.length - 1];
      if (newestLatest === undefined) return found;
      cursor = newestLatest.id;
    }
    for (let page = 0; page < this.maxPages; page += 1) {
      const items: M[] = (await this.listMessages({ channelId, after: cursor, pageSize: this.pageSize })).sort(byCreateAt);
      let fresh = 0;
      for (const m of items) {
        if (ids.has(m.id)) continue;
        ids.add(m.id);
        found.push(m);
        fresh += 1;
      }
      const newest: M | undefined = items[items.length - 1];
      // Order within a page is undocumented (REST.md), so the cursor is the newest by create_at.
      if (items.length < this.pageSize || newest === undefined || fresh === 0) break;
      cursor = newest.id;
    }
    return found;
  }
}

function byCreateAt(a: ListedMessage, b: ListedMessage): number {
  return a.create_at - b.create_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
