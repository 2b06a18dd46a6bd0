// Picks the transport once: Electron's preload bridge when `window.kook` exists, otherwise the
// browser-mode WebSocket bridge on the page's own host. Everything else imports `api` and `onPush`.
import { buildClient, type Api, type PreloadApi, type PushBatch } from '../shared/ipc';
import { BridgeTransport } from './transport/BridgeTransport';
import { browserSocket } from './transport/browserSocket';
import { takeSecretFromLocation } from './transport/bridgeSecret';
import { preloadInvoke, preloadOnPush } from './transport/electronTransport';

export type TransportMode = 'electron' | 'browser';

interface Transport {
  mode: TransportMode;
  api: Api;
  onPush(listener: (batch: PushBatch) => void): () => void;
  onReconnect(listener: () => void): () => void;
}

const SECRET_KEY = 'kookdesk.bridgeSecret';

function preloadApi(): PreloadApi | null {
  const kook: unknown = (globalThis as { kook?: unknown }).kook;
  return kook && typeof kook === 'object' ? (kook as PreloadApi) : null;
}

export function transportMode(): TransportMode {
  return preloadApi() ? 'electron' : 'browser';
}

function bridgeSecret(): string {
  // Kept for this tab only so a reload can reconnect (the fragment is gone by then).
  const fromHash = takeSecretFromLocation(location, history);
  if (fromHash) sessionStorage.setItem(SECRET_KEY, fromHash);
  return fromHash ?? sessionStorage.getItem(SECRET_KEY) ?? '';
}

function createTransport(): Transport {
  const kook = preloadApi();
  if (kook) {
    return { mode: 'electron', api: buildClient(preloadInvoke(kook)), onPush: preloadOnPush(kook), onReconnect: () => () => undefined };
  }
  let readyCount = 0;
  const bridge = new BridgeTransport({
    url: `ws://${location.host}/bridge`,
    secret: bridgeSecret(),
    createSocket: browserSocket,
  });
  bridge.onReady(() => void readyCount++);
  return {
    mode: 'browser',
    api: buildClient(bridge.invoke),
    onPush: (l) => bridge.onPush(l),
    onReconnect: (l) =>
      bridge.onReady(() => {
        // The first hello is the initial connect; every later one follows a dropped socket.
        if (readyCount > 1) l();
      }),
  };
}

// Only main.tsx imports this module; tests build stores over a fake Api instead.
const transport = createTransport();

export const mode: TransportMode = transport.mode;
export const api: Api = transport.api;

export function onPush(listener: (batch: PushBatch) => void): () => void {
  return transport.onPush(listener);
}

export function onReconnect(listener: () => void): () => void {
  return transport.onReconnect(listener);
}
