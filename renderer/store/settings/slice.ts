// Settings the renderer shows: language and theme, saved by main (atomic JSON, issue 4).
// Applying them to i18next and the document is done at the edge (App), not here.
import type { Api, Language, Theme } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';

export interface SettingsSlice {
  language: Language;
  theme: Theme;
  settingsError: UiError | null;
  loadSettings(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
}

export const createSettingsSlice =
  (api: Api): SliceCreator<SettingsSlice> =>
  (set) => {
    async function save(patch: { language?: Language; theme?: Theme }): Promise<void> {
      set({ ...patch, settingsError: null }); // optimistic: the switch responds at once
      try {
        const saved = await api.settings.update(patch);
        set({ language: saved.language, theme: saved.theme });
      } catch (error) {
        set({ settingsError: toUiError(error) });
      }
    }
    return {
      language: 'en',
      theme: 'dark',
      settingsError: null,
      async loadSettings() {
        try {
          const s = await api.settings.get({});
          set({ language: s.language, theme: s.theme });
        } catch (error) {
          set({ settingsError: toUiError(error) });
        }
      },
      setLanguage: (language) => save({ language }),
      setTheme: (theme) => save({ theme }),
    };
  };
