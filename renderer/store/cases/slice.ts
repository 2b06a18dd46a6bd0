// The case log as the Cases view shows it: a filtered, paged list (newest first), the selected
// case, inline reason edits, undo, export, the log channel, and cases pushed live by main.
import type { Api, CaseView } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';
import { caseQuery, matchesFilters, NO_CASE_FILTERS, upsertCase, type CaseFilters } from './filters';

export const CASE_PAGE_SIZE = 100;
const RECENT_KEPT = 20;

export interface CasesSlice {
  caseItems: CaseView[];
  caseTotal: number;
  casePage: number;
  casesLoading: boolean;
  casesError: UiError | null;
  caseFilters: CaseFilters;
  selectedCaseId: number | null;
  /** The log channel chosen in this session (null: none). */
  caseLogChannelId: string | null;
  /** The latest cases recorded, whatever the filters (dialogs look up their outcome here). */
  recentCases: CaseView[];
  loadCases(): Promise<void>;
  loadMoreCases(): Promise<void>;
  setCaseFilters(change: Partial<CaseFilters>): void;
  selectCase(caseId: number | null): void;
  editCaseReason(caseId: number, reason: string): Promise<UiError | null>;
  undoCase(caseId: number, reason?: string): Promise<UiError | null>;
  exportCases(format: 'csv' | 'jsonl'): Promise<{ fileName: string; content: string } | UiError>;
  setCaseLogChannel(channelId: string | null): Promise<UiError | null>;
  applyCaseRecorded(c: CaseView): void;
}

export const createCasesSlice =
  (api: Api): SliceCreator<CasesSlice> =>
  (set, get) => {
    let generation = 0;

    async function fetchPage(page: number) {
      const { selectedGuildId, caseFilters } = get();
      return api.cases.list({ ...caseQuery(selectedGuildId, caseFilters), page, pageSize: CASE_PAGE_SIZE });
    }

    async function guarded(call: () => Promise<CaseView>): Promise<UiError | null> {
      try {
        get().applyCaseRecorded(await call());
        return null;
      } catch (error) {
        return toUiError(error);
      }
    }

    return {
      caseItems: [],
      caseTotal: 0,
      casePage: 0,
      casesLoading: false,
      casesError: null,
      caseFilters: NO_CASE_FILTERS,
      selectedCaseId: null,
      caseLogChannelId: null,
      recentCases: [],
      async loadCases() {
        const mine = ++generation;
        set({ casesLoading: true, casesError: null });
        try {
          const page = await fetchPage(1);
          if (mine !== generation) return;
          set({ caseItems: page.items, caseTotal: page.total, casePage: 1, casesLoading: false });
        } catch (error) {
          if (mine === generation) set({ casesLoading: false, casesError: toUiError(error) });
        }
      },
      async loadMoreCases() {
        const { casesLoading, caseItems, caseTotal, casePage } = get();
        if (casesLoading || caseItems.length >= caseTotal) return;
        const mine = generation;
        set({ casesLoading: true });
        try {
          const page = await fetchPage(casePage + 1);
          if (mine !== generation) return;
          let items = get().caseItems;
          for (const c of page.items) items = upsertCase(items, c).items;
          set({ caseItems: items, caseTotal: page.total, casePage: casePage + 1, casesLoading: false });
        } catch (error) {
          if (mine === generation) set({ casesLoading: false, casesError: toUiError(error) });
        }
      },
      setCaseFilters(change) {
        set({ caseFilters: { ...get().caseFilters, ...change } });
        void get().loadCases();
      },
      selectCase: (caseId) => set({ selectedCaseId: caseId }),
      editCaseReason: (caseId, reason) => guarded(() => api.cases.editReason({ caseId, reason })),
      undoCase: (caseId, reason) => guarded(() => api.cases.undo({ caseId, ...(reason ? { reason } : {}) })),
      async exportCases(format) {
        try {
          return await api.cases.export({ ...caseQuery(get().selectedGuildId, get().caseFilters), format });
        } catch (error) {
          return toUiError(error);
        }
      },
      async setCaseLogChannel(channelId) {
        const guildId = get().selectedGuildId;
        if (!guildId) return null;
        try {
          const answer = await api.cases.setLogChannel({ guildId, channelId });
          set({ caseLogChannelId: answer.channelId });
          return null;
        } catch (error) {
          return toUiError(error);
        }
      },
      applyCaseRecorded(c) {
        const recent = upsertCase(get().recentCases, c).items.slice(0, RECENT_KEPT);
        const { selectedGuildId, caseFilters, caseItems, caseTotal } = get();
        const known = caseItems.some((i) => i.id === c.id);
        if (!known && !matchesFilters(c, selectedGuildId, caseFilters)) return set({ recentCases: recent });
        const { items, added } = upsertCase(caseItems, c);
        set({ recentCases: recent, caseItems: items, caseTotal: added ? caseTotal + 1 : caseTotal });
      },
    };
  };
