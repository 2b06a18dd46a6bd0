// Status bar data beyond SessionState: which transport carries the contract (browser mode
// keeps the token in memory only) and the push stream's health.
import type { SliceCreator } from '../types';

export type TransportMode = 'electron' | 'browser';

export interface StatusSlice {
  transport: TransportMode;
  pushSeq: number | null;
  resyncs: number;
  notePushSeq(seq: number): void;
  noteResync(): void;
}

export const createStatusSlice =
  (transport: TransportMode): SliceCreator<StatusSlice> =>
  (set, get) => ({
    transport,
    pushSeq: null,
    resyncs: 0,
    notePushSeq: (seq) => set({ pushSeq: seq }),
    noteResync: () => set({ resyncs: get().resyncs + 1 }),
  });
