// The renderer-side client of the contract, built from the method list over any transport
// (Electron's preload bridge or the browser-mode WebSocket). Results arrive as IpcResult and
// failures become IpcCallError; a malformed answer is itself an error, never trusted.
import { type Contract, METHODS, type ServiceName } from './contract';
import { type ServiceApi, channelName } from './define';
import { IpcCallError, isIpcErrorCode } from './errors';

export type Api = { [S in ServiceName]: ServiceApi<Contract[S]> };

/** Sends one call and resolves with whatever the other side answered (an IpcResult, unchecked). */
export type Invoke = (channel: string, args: unknown) => Promise<unknown>;

export function unwrapResult(answer: unknown): unknown {
  if (answer && typeof answer === 'object' && 'ok' in answer) {
    const a = answer as { ok: unknown; value?: unknown; error?: unknown };
    if (a.ok === true) return a.value;
    const e = a.error as { code?: unknown; message?: unknown; details?: unknown } | undefined;
    if (a.ok === false && e && isIpcErrorCode(e.code)) {
      const details = e.details && typeof e.details === 'object' ? (e.details as Record<string, unknown>) : undefined;
      throw new IpcCallError(e.code, typeof e.message === 'string' ? e.message : e.code, details);
    }
  }
  throw new IpcCallError('internal', 'malformed answer from main');
}

export function buildClient(invoke: Invoke): Api {
  const api: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const [service, name] of METHODS) {
    const group = (api[service] ??= {});
    const channel = channelName(service, name);
    group[name] = async (args: unknown = {}) => unwrapResult(await invoke(channel, args));
  }
  return api as unknown as Api;
}
