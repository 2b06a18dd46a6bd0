// The member list's multi-selection for mass actions: checkbox or ctrl-click toggles one,
// shift-click selects the range from the last toggled row (UI.md "Member panel").
import type { SliceCreator } from '../types';

export interface SelectionSlice {
  memberSelection: string[];
  selectionAnchor: string | null;
  toggleMemberSelected(userId: string): void;
  /** Adds every member listed between the anchor and `userId` (both included). */
  selectMemberRange(userId: string): void;
  clearMemberSelection(): void;
}

export function rangeBetween(order: readonly string[], from: string | null, to: string): string[] {
  const end = order.indexOf(to);
  const start = from === null ? -1 : order.indexOf(from);
  if (end === -1) return [];
  if (start === -1) return [to];
  const [lo, hi] = start <= end ? [start, end] : [end, start];
  return order.slice(lo, hi + 1);
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  memberSelection: [],
  selectionAnchor: null,
  toggleMemberSelected(userId) {
    const selected = get().memberSelection;
    set({
      memberSelection: selected.includes(userId) ? selected.filter((id) => id !== userId) : [...selected, userId],
      selectionAnchor: userId,
    });
  },
  selectMemberRange(userId) {
    const order = get().memberItems.map((m) => m.id);
    const range = rangeBetween(order, get().selectionAnchor, userId);
    const merged = new Set([...get().memberSelection, ...range]);
    set({ memberSelection: [...merged], selectionAnchor: userId });
  },
  clearMemberSelection: () => set({ memberSelection: [], selectionAnchor: null }),
});
