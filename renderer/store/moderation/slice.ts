// Moderation in the renderer: which moderation view is open over the center column (bans,
// voice mutes, cases), which action dialog is open, and the expiries main carried out late.
// Dialogs call the contract's moderation.* methods directly through `moderationApi`; the
// resulting cases reach the case log through the cases slice.
import type { Api, PushEventMap } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import type { DialogRequest } from './requests';

export type ModerationView = 'cases' | 'bans' | 'mutes';

export type MissedExpiry = PushEventMap['schedule.missed'][number];

export interface ModerationSlice {
  moderationApi: Api['moderation'];
  moderationView: ModerationView | null;
  moderationDialog: DialogRequest | null;
  /** Temporary actions whose expiry passed while the app was closed (schedule.missed). */
  missedExpiries: MissedExpiry[];
  openModerationView(view: ModerationView): void;
  closeModerationView(): void;
  openModerationDialog(request: DialogRequest): void;
  closeModerationDialog(): void;
  applyScheduleMissed(missed: PushEventMap['schedule.missed']): void;
  dismissMissedExpiries(): void;
}

export const createModerationSlice =
  (api: Api): SliceCreator<ModerationSlice> =>
  (set, get) => ({
    moderationApi: api.moderation,
    moderationView: null,
    moderationDialog: null,
    missedExpiries: [],
    // These views show over the channel view (UI.md: Cases opens as a full view), so the
    // layout returns to 'channel' underneath.
    openModerationView: (view) => {
      set({ moderationView: view });
      get().setView('channel');
    },
    closeModerationView: () => set({ moderationView: null }),
    openModerationDialog: (request) => set({ moderationDialog: request }),
    closeModerationDialog: () => set({ moderationDialog: null }),
    applyScheduleMissed(missed) {
      const known = new Set(get().missedExpiries.map((m) => m.caseId));
      set({ missedExpiries: [...get().missedExpiries, ...missed.filter((m) => !known.has(m.caseId))] });
    },
    dismissMissedExpiries: () => set({ missedExpiries: [] }),
  });
