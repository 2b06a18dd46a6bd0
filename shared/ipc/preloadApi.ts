// The shape of `window.kook`, built from the contract's method list (STYLE.md: never pass class
// instances or proxies across contextBridge; build a plain frozen object from a const list).
import { METHODS } from './methods';
import { channelName } from './define';
import type { PushBatch } from './push';

export type RawInvoke = (channel: string, args: unknown) => Promise<unknown>;
export type PushSubscribe = (listener: (batch: PushBatch) => void) => () => void;

export interface PreloadApi {
  readonly [service: string]: Readonly<Record<string, (args?: unknown) => Promise<unknown>>> | PushSubscribe;
}

export function buildPreloadApi(invoke: RawInvoke, onPush: PushSubscribe): PreloadApi {
  const api: Record<string, Record<string, (args?: unknown) => Promise<unknown>> | PushSubscribe> = {};
  for (const [service, name] of METHODS) {
    const group = (api[service] ??= {}) as Record<string, (args?: unknown) => Promise<unknown>>;
    const channel = channelName(service, name);
    group[name] = (args?: unknown) => invoke(channel, args);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  api.onPush = onPush;
  return Object.freeze(api);
}
