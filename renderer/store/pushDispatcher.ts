// Routes each PushBatch's events to the slices. Batches carry a seq that grows by one; a jump
// (missed batches) or a restart of the stream means our view may be stale, so we resubscribe
// and refetch from main, the source of truth (ARCHITECTURE.md "The typed IPC contract").
// Events are applied once per animation frame, not per batch or per event: under live traffic
// (issue 4 "Benchmarks": 2,000 message events/s) every store update re-runs every selector and
// may re-render, so a frame's events reach the store as one update per slice. Under a
// firehose the pane is updated every few frames instead of every frame: each update mounts a
// screenful of new rows whatever the rate, so fewer, larger updates keep every frame short.
import type { Api, PushBatch, PushEvent } from '../../shared/ipc';
import type { AppStore } from './index';

/**
 * Runs `flush` soon, once; returns a canceller. The default waits for the next animation frame,
 * or `frames` of them.
 */
export type FlushScheduler = (flush: () => void, frames?: number) => () => void;

/** A flush of at least this many events means a busy stream (2,000/s is about 33 a frame)… */
const BUSY_EVENTS = 16;
/** …and the next flush waits this many frames (50 ms at 60 Hz) to take them together. */
const BUSY_FRAMES = 3;

export interface PushDispatcherOptions {
  /** A frame's events in order, after the built-in routes (e.g. the message pane's history reducer). */
  forward?: (events: readonly PushEvent[]) => void;
  /** When queued events are applied; tests pass a synchronous or manual scheduler. */
  schedule?: FlushScheduler;
}

export interface PushDispatcher {
  handle(batch: PushBatch): void;
  /** Applies every queued event now (also what the scheduler calls). */
  flush(): void;
  /** Resubscribe and rebuild the view from main (start-up, reload, seq jump, reconnect). */
  resync(): Promise<void>;
}

/** A hidden page gets no animation frames: the timer makes sure events still land. */
const HIDDEN_PAGE_FLUSH_MS = 100;

export const nextFrame: FlushScheduler = (flush, frames = 1) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(flush, 0);
    return () => clearTimeout(timer);
  }
  let done = false;
  let left = frames;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    flush();
  };
  const tick = () => {
    left -= 1;
    if (left > 0) frame = requestAnimationFrame(tick);
    else once();
  };
  let frame = requestAnimationFrame(tick);
  const timer = setTimeout(once, HIDDEN_PAGE_FLUSH_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

export function createPushDispatcher(store: AppStore, api: Api, options: PushDispatcherOptions = {}): PushDispatcher {
  const schedule = options.schedule ?? nextFrame;
  let lastSeq: number | null = null;
  let resyncing: Promise<void> | null = null;
  let queue: PushEvent[] = [];
  let queuedSeq: number | null = null;
  let scheduled = false;
  let cancelFlush: (() => void) | null = null;
  let busy = false;

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

  function flush(): void {
    cancelFlush?.();
    cancelFlush = null;
    scheduled = false;
    const events = queue;
    const seq = queuedSeq;
    queue = [];
    queuedSeq = null;
    busy = events.length >= BUSY_EVENTS;
    if (seq !== null) store.getState().notePushSeq(seq);
    for (const event of events) {
      try {
        route(event);
      } catch {
        // One bad event must not stop the batch (COMMON.md: bad input never crashes anything).
      }
    }
    if (events.length === 0) return;
    try {
      options.forward?.(events);
    } catch {
      // Same: a failing consumer must not stop the next frame's events.
    }
  }

  async function refetch(): Promise<void> {
    const { seq } = await api.events.subscribe({});
    // What is still queued predates the rebuild: apply it first so the fresh view wins.
    flush();
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
      queuedSeq = batch.seq;
      for (const event of batch.events) queue.push(event);
      if (!scheduled) {
        scheduled = true;
        const cancel = schedule(flush, busy ? BUSY_FRAMES : 1);
        // A synchronous scheduler has flushed already.
        if (scheduled) cancelFlush = cancel;
      }
      if (gap) void resync();
    },
    flush,
    resync,
  };
}
