// Observer mode (issue 4 "Main process"): the bot is online elsewhere, so no gateway is opened and
// the watched channels are polled with `message/list flag=after` on the limiter's background lane,
// which yields to everything the moderator does.
import type { MessageView } from '../../shared/ipc';
import type { KookMessage, RestClient } from '../kook/rest';
import { byCreateAt, toMessageView } from './mappers';

export interface ObserverPollerOptions {
  rest: RestClient;
  watched: () => readonly string[];
  onMessage: (message: MessageView) => void;
  intervalMs?: number;
  pageSize?: number;
  onError?: (err: unknown) => void;
}

export class ObserverPoller {
  /** Newest message id seen per channel; a channel without one is anchored on its first poll. */
  private readonly anchors = new Map<string, string | null>();
  /**
   * From when each channel's first look reports messages as new: a message posted after the
   * renderer loaded the channel but before that first look would otherwise never arrive. An
   * interval and a second back, so reports the renderer already holds are harmless duplicates.
   */
  private readonly reportFrom = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private polling: Promise<void> | null = null;

  constructor(private readonly o: ObserverPollerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** One round over every watched channel (also used by tests instead of waiting). */
  pollOnce(): Promise<void> {
    this.polling ??= this.round().finally(() => (this.polling = null));
    return this.polling;
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      void this.pollOnce().finally(() => this.schedule(this.o.intervalMs ?? 3000));
    }, ms);
  }

  private async round(): Promise<void> {
    const watched = new Set(this.o.watched());
    for (const id of [...this.anchors.keys()]) if (!watched.has(id)) this.anchors.delete(id);
    for (const id of [...this.reportFrom.keys()]) if (!watched.has(id)) this.reportFrom.delete(id);
    const since = Date.now() - (this.o.intervalMs ?? 3000) - 1000;
    for (const id of watched) if (!this.reportFrom.has(id)) this.reportFrom.set(id, since);
    for (const channelId of watched) {
      if (!this.running) return;
      try {
        await this.pollChannel(channelId);
      } catch (err) {
        this.o.onError?.(err);
      }
    }
  }

  private async pollChannel(channelId: string): Promise<void> {
    const pageSize = this.o.pageSize ?? 50;
    const anchor = this.anchors.get(channelId);
    if (anchor === undefined || anchor === null) {
      // First look: remember where "now" is (the renderer loaded the history itself) and report
      // only what may have arrived after the renderer's page.
      const latest = await this.list(channelId, undefined, pageSize);
      const from = this.reportFrom.get(channelId) ?? Number.POSITIVE_INFINITY;
      for (const m of latest) if (m.create_at >= from) this.o.onMessage(toMessageView(m, channelId));
      this.anchors.set(channelId, latest.at(-1)?.id ?? null);
      return;
    }
    let cursor = anchor;
    for (let page = 0; page < 20; page += 1) {
      const items = await this.list(channelId, cursor, pageSize);
      const fresh = items.filter((m) => m.id !== cursor);
      for (const m of fresh) this.o.onMessage(toMessageView(m, channelId));
      const newest = fresh.at(-1);
      if (newest) {
        cursor = newest.id;
        this.anchors.set(channelId, cursor);
      }
      if (items.length < pageSize || !newest) return;
    }
  }

  private async list(channelId: string, after: string | undefined, pageSize: number): Promise<KookMessage[]> {
    const params = after ? { target_id: channelId, msg_id: after, flag: 'after' as const, page_size: pageSize } : { target_id: channelId, page_size: pageSize };
    const { items } = await this.o.rest.messages.list(params, { lane: 'background' });
    return [...items].sort(byCreateAt);
  }
}
