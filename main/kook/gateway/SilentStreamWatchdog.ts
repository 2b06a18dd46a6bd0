// GATEWAY.md §10 "silent dead connection": PONGs keep coming but events stop. When no s=0 event arrived for
// silentStreamAfterMs while the heartbeat is healthy, ask REST (`message/list flag=after`) whether the watched
// channels got messages the gateway never delivered; if so, the owner forces a reconnect.
import type { GatewayTimings } from './timings';
import type { Clock, LastSeen, ListMessages } from './types';

export interface SilentStreamWatchdogHooks {
  /** Only probe while the connection is up and the heartbeat is answered. */
  healthy(): boolean;
  lastEventAt(): number;
  lastPongAt(): number | null;
  watchedChannels(): readonly string[];
  lastSeen(channelIds: readonly string[]): LastSeen[];
  /** REST shows messages the gateway did not deliver. */
  silent(missed: { channelId: string; count: number }[]): void;
}

export interface SilentStreamWatchdogOptions {
  clock: Clock;
  timings: GatewayTimings;
  listMessages: ListMessages | undefined;
  hooks: SilentStreamWatchdogHooks;
}

const PROBE_PAGE_SIZE = 10;

export class SilentStreamWatchdog {
  private timer: unknown = null;
  private quietSince = 0;
  private probing = false;
  private generation = 0;

  constructor(private readonly opts: SilentStreamWatchdogOptions) {}

  start(): void {
    this.stop();
    if (!this.opts.listMessages) return; // nothing to probe with: the watchdog is off
    this.quietSince = this.opts.clock.now();
    this.schedule();
  }

  stop(): void {
    this.generation += 1;
    this.probing = false;
    if (this.timer !== null) this.opts.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Runs one check now; exposed so tests and the owner (e.g. after OS resume) can force it. */
  async check(): Promise<void> {
    const { clock, timings, hooks, listMessages } = this.opts;
    if (!listMessages || this.probing || !hooks.healthy()) return;
    const now = clock.now();
    const since = Math.max(this.quietSince, hooks.lastEventAt());
    const pong = hooks.lastPongAt();
    if (now - since < timings.silentStreamAfterMs || pong === null || pong <= since) return;
    this.quietSince = now; // one probe per quiet window, whatever it finds
    const generation = this.generation;
    this.probing = true;
    const missed: { channelId: string; count: number }[] = [];
    try {
      for (const seen of hooks.lastSeen(hooks.watchedChannels())) {
        const query = seen.msgId === null ? { channelId: seen.channelId, pageSize: PROBE_PAGE_SIZE } : { channelId: seen.channelId, after: seen.msgId, pageSize: PROBE_PAGE_SIZE };
        const items = await listMessages(query);
        const cutoff = clock.now() - timings.silentStreamGraceMs;
        const count = items.filter((m) => m.create_at <= cutoff && (seen.msgId !== null || m.create_at > seen.at)).length;
        if (count > 0) missed.push({ channelId: seen.channelId, count });
      }
    } catch {
      // REST trouble is the REST client's to report; the next quiet window probes again.
      return;
    } finally {
      if (generation === this.generation) this.probing = false;
    }
    if (generation === this.generation && missed.length > 0) hooks.silent(missed);
  }

  private schedule(): void {
    const generation = this.generation;
    this.timer = this.opts.clock.setTimeout(() => {
      this.timer = null;
      void this.check().finally(() => {
        if (generation === this.generation && this.timer === null) this.schedule();
      });
    }, this.opts.timings.watchdogCheckIntervalMs);
  }
}
