// What the center column shows (the open channel, the role editor or settings; opening one
// closes the inspector over it) and whether the member panel is open.
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
  setView: (view) => {
    // The inspector covers the center: whatever the moderator opens instead must show.
    if (get().inspectorOpen) get().closeInspector();
    set({ view });
  },
  toggleMembers: () => set({ membersOpen: !get().membersOpen }),
});
