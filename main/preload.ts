// The sandboxed preload: exposes one frozen `window.kook` built from the contract's method list.
// Bundled as one CommonJS file that requires nothing but `electron` (a build test checks it).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { PUSH_CHANNEL, type PushBatch } from '../shared/ipc/push';
import { buildPreloadApi } from '../shared/ipc/preloadApi';

const api = buildPreloadApi(
  (channel, args) => ipcRenderer.invoke(channel, args),
  (listener) => {
    const wrapped = (_event: IpcRendererEvent, batch: PushBatch): void => listener(batch);
    ipcRenderer.on(PUSH_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(PUSH_CHANNEL, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('kook', api);
