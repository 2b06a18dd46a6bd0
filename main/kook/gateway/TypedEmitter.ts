// A small typed event emitter: the library stays free of Node's EventEmitter typing (`any[]` args).

type Listener<P> = (payload: P) => void;

export class TypedEmitter<M extends object> {
  private readonly listeners = new Map<keyof M, Set<Listener<never>>>();

  constructor(private readonly onListenerError: (err: unknown, event: keyof M) => void = defaultListenerError) {}

  /** Subscribes; returns the unsubscribe function. */
  on<K extends keyof M>(event: K, listener: Listener<M[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    return () => this.off(event, listener);
  }

  off<K extends keyof M>(event: K, listener: Listener<M[K]>): void {
    this.listeners.get(event)?.delete(listener);
  }

  hasListeners(event: keyof M): boolean {
    const set = this.listeners.get(event);
    return set !== undefined && set.size > 0;
  }

  /** A throwing listener must not break the protocol machinery that emitted the event. */
  emit<K extends keyof M>(event: K, payload: M[K]): void {
    const set = this.listeners.get(event);
    if (!set) return;
    for (const listener of set) {
      try {
        (listener as Listener<M[K]>)(payload);
      } catch (err) {
        this.onListenerError(err, event);
      }
    }
  }
}

function defaultListenerError(err: unknown, event: PropertyKey): void {
  console.error(`[kook/gateway] listener for "${String(event)}" threw`, err);
}
