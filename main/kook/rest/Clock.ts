// Time comes in as an option so tests drive it (STYLE.md: dependencies come in as options).
import { CancelledError } from './errors/CancelledError';

export type TimerId = number;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
}

/** The real clock: Date.now and Node timers behind numeric ids. */
export function createSystemClock(): Clock {
  const timers = new Map<TimerId, ReturnType<typeof setTimeout>>();
  let nextId = 1;
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          fn();
        }, Math.max(0, ms)),
      );
      return id;
    },
    clearTimeout(id) {
      const handle = timers.get(id);
      if (handle !== undefined) clearTimeout(handle);
      timers.delete(id);
    },
  };
}

/** Waits `ms` on `clock`; rejects with CancelledError when `signal` aborts. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal, endpoint?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CancelledError(endpoint));
      return;
    }
    const onAbort = (): void => {
      clock.clearTimeout(id);
      reject(new CancelledError(endpoint));
    };
    const id = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
