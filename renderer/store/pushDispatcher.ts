// Routes each PushBatch's events to the slices. Batches carry a seq that grows by one; a jump
// (missed batches) or a restart of the stream means our view may be stale, so we resubscribe
// and refetch from main, the source of truth (ARCHITECTURE.md "The typed IPC contract").
import type { Api, PushBatch, PushEvent } from '../../shared/ipc';
import type { AppStore } from './index';

export interface PushDispatcherOptions {
  /** Every event, after the built-in routes (e.g. the message pane's history reducer). */
  forward?: (event: PushEvent) => void;
}

export interface PushDispatcher {
  handle(batch: PushBatch): void;
  /** Resubscribe and rebuild the view from main (start-up, reload, seq jump, reconnect). */
  resync(): Promise<void>;
}

export function createPushDispatcher(store: AppStore, api: Api, options: PushDispatcherOptions = {}): PushDispatcher {
  let lastSeq: number | null = null;
  let resyncing: Promise<void> | null = null;

  function route(event: PushEvent): void {
    const s = store.getState();
    switch (event.type) {
      case 'session.state':
        return s.applySessionState(event.payload);
      case 'message.created':
        return s.noteMessageCreated(event.payload);
      case 'member.joined':
        return s.applyMemberJoined(event.payload);
      case 'member.left':
        return s.applyMemberLeft(event.payload);
      case 'member.updated':
        return s.applyMemberUpdated(event.payload);
      case 'member.presence':
        return s.applyPresence(event.payload);
      case 'role.changed':
        return s.applyRoleChanged(event.payload);
      case 'channel.changed':
        return s.applyChannelChanged(event.payload);
      case 'inspector.frames':
        return s.applyInspectorFrames(event.payload);
      case 'inspector.timeline':
        return s.applyInspectorTimeline(event.payload);
      case 'case.recorded':
        return s.applyCaseRecorded(event.payload);
      case 'job.progress':
        return s.applyJobProgress(event.payload);
      case 'schedule.missed':
        return s.applyScheduleMissed(event.payload);
      default:
        return;
    }
  }

  async function refetch(): Promise<void> {
    const { seq } = await api.events.subscribe({});
    lastSeq = seq;
    const s = store.getState();
    s.noteResync();
    s.notePushSeq(seq);
    await Promise.all([s.loadSession(), s.loadSettings(), s.loadProfiles()]);
    if (store.getState().session?.profile) await store.getState().loadGuilds();
  }

  function resync(): Promise<void> {
    resyncing ??= refetch()
      .catch(() => undefined)
      .finally(() => {
        resyncing = null;
      });
    return resyncing;
  }

  return {
    handle(batch) {
      if (lastSeq !== null && batch.seq <= lastSeq) {
        // Seen already, or main's stream restarted: skip it (applying twice would double
        // counters) and rebuild from main instead.
        void resync();
        return;
      }
      const gap = lastSeq !== null && batch.seq !== lastSeq + 1;
      lastSeq = batch.seq;
      store.getState().notePushSeq(batch.seq);
      for (const event of batch.events) {
        try {
          route(event);
          options.forward?.(event);
        } catch {
          // One bad event must not stop the batch (COMMON.md: bad input never crashes anything).
        }
      }
      if (gap) void resync();
    },
    resync,
  };
}
