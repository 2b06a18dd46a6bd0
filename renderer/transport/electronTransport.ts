// Electron transport: `window.kook` (main/preload.ts) already has one function per contract
// method; the client's derived channel `service:method` is mapped back onto it.
import type { Invoke, PreloadApi, PushBatch, PushSubscribe } from '../../shared/ipc';
import { IpcCallError } from '../../shared/ipc';

type PreloadMethod = (args?: unknown) => Promise<unknown>;

export function preloadInvoke(kook: PreloadApi): Invoke {
  return async (channel, args) => {
    const [service = '', method = ''] = channel.split(':');
    const group = kook[service];
    const fn: unknown = group && typeof group === 'object' ? (group as Record<string, unknown>)[method] : undefined;
    if (typeof fn !== 'function') throw new IpcCallError('unknown-method', `no such method ${channel}`);
    return (fn as PreloadMethod)(args);
  };
}

export function preloadOnPush(kook: PreloadApi): PushSubscribe {
  const subscribe = kook.onPush;
  if (typeof subscribe !== 'function') return () => () => undefined;
  return (listener: (batch: PushBatch) => void) => (subscribe as PushSubscribe)(listener);
}
