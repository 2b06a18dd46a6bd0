// The store reaches components through context, so each test renders with its own store.
import { createContext, useContext, type ReactNode } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { AllSlices } from './types';

type Store = UseBoundStore<StoreApi<AllSlices>>;

const StoreContext = createContext<Store | null>(null);

export function StoreProvider({ store, children }: { store: Store; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

export function useStoreApi(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreProvider is missing');
  return store;
}

export function useAppStore<T>(selector: (s: AllSlices) => T): T {
  return useStoreApi()(selector);
}
