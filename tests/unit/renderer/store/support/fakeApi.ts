// A fake Api for slice and component tests: pass the methods a test uses; every other method
// rejects, so an unexpected call fails loudly instead of hanging.
import { vi } from 'vitest';
import { IpcCallError, METHODS, type Api } from '../../../../../shared/ipc';

export type FakeApi = { [S in keyof Api]?: Partial<Api[S]> };

export function fakeApi(parts: FakeApi = {}): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const [service, name] of METHODS) {
    const group = (api[service] ??= {});
    const given = (parts[service] as Record<string, unknown> | undefined)?.[name];
    group[name] =
      given ?? vi.fn(() => Promise.reject(new IpcCallError('unknown-method', `fake api: ${service}.${name} not provided`)));
  }
  return api as unknown as Api;
}
