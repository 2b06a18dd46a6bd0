// Renders a component with its own i18n instance and store, as the app does.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../../../../../renderer/i18n';
import { StoreProvider, type AppStore } from '../../../../../renderer/store';

export async function renderWith(ui: ReactElement, store: AppStore, language: Language = 'en'): Promise<RenderResult> {
  const i18n = await createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>{ui}</StoreProvider>
    </I18nextProvider>,
  );
}
