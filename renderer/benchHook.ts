// Browser mode only: a read-and-drive handle on the store for the UI benchmarks
// (tests/bench/ui), which load 100,000 messages or members and count what reached the store.
// It exposes nothing a script on this page could not already reach through the bridge.
import type { AppStore } from './store';

export interface BenchHook {
  getState: AppStore['getState'];
  subscribe: AppStore['subscribe'];
}

export function exposeBenchHook(store: AppStore): void {
  const hook: BenchHook = { getState: store.getState, subscribe: store.subscribe };
  Object.defineProperty(window, '__kookdeskBench', { value: Object.freeze(hook), configurable: false });
}
