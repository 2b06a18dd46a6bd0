// What was last seen live per channel, so a gap can be backfilled over REST from there (issue 3, GATEWAY.md §10).
// A few recent anchors are kept per channel: if the newest one is deleted (deleted_message), the backfill
// cursor falls back to the previous one instead of pointing at a message REST no longer knows.
import type { EventData } from '../../../shared/kook';
import type { LastSeen } from './types';

const ANCHORS_PER_CHANNEL = 8;
const SYSTEM_TYPE = 255;

interface Anchor {
  msgId: string;
  at: number;
}

export class LastSeenTracker {
  private readonly anchors = new Map<string, Anchor[]>();

  /** `startedAt`: channels without a live message are reported as "nothing seen since then". */
  constructor(private startedAt: number) {}

  restart(at: number): void {
    this.startedAt = at;
  }

  observe(d: EventData): void {
    if (d.channel_type !== 'GROUP') return;
    if (d.type !== SYSTEM_TYPE) {
      // A chat message in a guild channel: target_id is the channel (EVENTS.md §1).
      if (typeof d.target_id === 'string' && typeof d.msg_id === 'string') {
        this.push(d.target_id, { msgId: d.msg_id, at: typeof d.msg_timestamp === 'number' ? d.msg_timestamp : 0 });
      }
      return;
    }
    const extra = d.extra;
    if (typeof extra !== 'object' || extra === null || !('type' in extra) || extra.type !== 'deleted_message') return;
    const body = 'body' in extra ? extra.body : undefined;
    if (typeof body !== 'object' || body === null) return;
    const channelId = 'channel_id' in body ? body.channel_id : undefined;
    const msgId = 'msg_id' in body ? body.msg_id : undefined;
    if (typeof channelId === 'string' && typeof msgId === 'string') this.forget(channelId, msgId);
  }

  lastSeen(channelIds: readonly string[]): LastSeen[] {
    return channelIds.map((channelId) => {
      const list = this.anchors.get(channelId);
      const newest = list?.[list.length - 1];
      return newest ? { channelId, msgId: newest.msgId, at: newest.at } : { channelId, msgId: null, at: this.startedAt };
    });
  }

  private push(channelId: string, anchor: Anchor): void {
    let list = this.anchors.get(channelId);
    if (!list) {
      list = [];
      this.anchors.set(channelId, list);
    }
    list.push(anchor);
    if (list.length > ANCHORS_PER_CHANNEL) list.shift();
  }

  private forget(channelId: string, msgId: string): void {
    const list = this.anchors.get(channelId);
    if (!list) return;
    const at = list.findIndex((a) => a.msgId === msgId);
    if (at !== -1) list.splice(at, 1);
  }
}
