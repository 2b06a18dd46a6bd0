// Persists {session_id, lastSn} through the injected store so an app restart can resume (GATEWAY.md §4.4 (rec)).
// sn advances on every event, so saves are throttled; session changes are written at once.
import type { Clock, SessionStore, StoredSession } from './types';

export class SessionPersister {
  private timer: unknown = null;
  private pending: StoredSession | null = null;
  private lastSaved: StoredSession | null = null;

  constructor(
    private readonly store: SessionStore | undefined,
    private readonly clock: Clock,
    private readonly throttleMs: number,
  ) {}

  load(): StoredSession | null {
    if (!this.store) return null;
    try {
      const state = this.store.load();
      if (state && typeof state.sessionId === 'string' && state.sessionId !== '' && Number.isSafeInteger(state.lastSn) && state.lastSn >= 0) {
        this.lastSaved = { ...state };
        return state;
      }
    } catch {
      // An unreadable store means "no session": the client connects fresh.
    }
    return null;
  }

  /** Contiguous sn advanced: save at most once per throttle window. */
  advanced(state: StoredSession): void {
    if (!this.store) return;
    this.pending = state;
    if (this.timer !== null) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.throttleMs);
  }

  /** New session, dropped session or stop: write now (`null` clears). */
  saveNow(state: StoredSession | null): void {
    this.cancelTimer();
    this.pending = null;
    this.write(state);
  }

  flush(): void {
    this.cancelTimer();
    const state = this.pending;
    this.pending = null;
    if (state) this.write(state);
  }

  private write(state: StoredSession | null): void {
    if (!this.store) return;
    if (state && this.lastSaved && state.sessionId === this.lastSaved.sessionId && state.lastSn === this.lastSaved.lastSn) return;
    try {
      this.store.save(state ? { ...state } : null);
      this.lastSaved = state ? { ...state } : null;
    } catch {
      // A failing disk must not stop the event stream; the next save tries again.
    }
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
