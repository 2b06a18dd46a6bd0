// What the center column shows (the open channel, the role editor or settings) and whether
// the member panel is open.
import type { SliceCreator } from '../types';

export type WorkspaceView = 'channel' | 'roles' | 'settings';

export interface LayoutSlice {
  view: WorkspaceView;
  membersOpen: boolean;
  setView(view: WorkspaceView): void;
  toggleMembers(): void;
}

export const createLayoutSlice: SliceCreator<LayoutSlice> = (set, get) => ({
  view: 'channel',
  membersOpen: true,
  setView: (view) => set({ view }),
  toggleMembers: () => set({ membersOpen: !get().membersOpen }),
});
