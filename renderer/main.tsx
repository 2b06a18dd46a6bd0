// Entry: picks the transport, builds the store, wires pushes, starts i18n, renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { api, mode, onPush, onReconnect } from './api';
import { App } from './App';
import { exposeBenchHook } from './benchHook';
import { createI18n } from './i18n';
import { createAppStore, StoreProvider } from './store';
import { createPushDispatcher } from './store/pushDispatcher';
import './styles/theme.css';
import './styles/app.css';

async function start(): Promise<void> {
  const store = createAppStore(api, mode);
  const dispatcher = createPushDispatcher(store, api, { forward: (events) => store.getState().applyPush(events) });
  onPush((batch) => dispatcher.handle(batch));
  if (mode === 'browser') exposeBenchHook(store);
  onReconnect(() => void dispatcher.resync());
  const i18n = await createI18n(store.getState().language);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  // After a reload main is the source of truth: resubscribe and rebuild the view.
  await dispatcher.resync();
}

void start();
