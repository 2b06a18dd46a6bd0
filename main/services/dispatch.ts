// The one transport-neutral entry of main (ARCHITECTURE.md "The typed IPC contract"):
// dispatch(channel, payload, caller) → IpcResult. Both transports call it; neither holds logic.
import type { ZodType } from 'zod';
import { channelName, contract, type Contract, type IpcError, type IpcResult, type ServiceImpl, type ServiceName } from '../../shared/ipc';
import { toIpcError } from './toIpcError';

export type Services = { [S in ServiceName]: ServiceImpl<Contract[S]> };

/** Who is calling; the transport has already checked it, services may log it. */
export interface Caller {
  transport: 'electron' | 'bridge' | 'test';
  id: string;
}

type Handler = (args: unknown) => Promise<unknown>;

export type Dispatch = (channel: string, payload: unknown, caller: Caller) => Promise<IpcResult<unknown>>;

export function createDispatch(services: Services): Dispatch {
  const table = new Map<string, { schema: ZodType; run: Handler }>();
  for (const service of Object.keys(contract) as ServiceName[]) {
    const spec: Record<string, { args: ZodType }> = contract[service];
    const impl = services[service] as unknown as Record<string, Handler>;
    for (const [name, m] of Object.entries(spec)) {
      const fn = impl[name];
      if (typeof fn !== 'function') throw new Error(`service ${service} does not implement ${name}`);
      table.set(channelName(service, name), { schema: m.args, run: fn.bind(impl) });
    }
  }

  return async (channel, payload, _caller) => {
    const entry = typeof channel === 'string' ? table.get(channel) : undefined;
    if (!entry) return fail({ code: 'unknown-method', message: `unknown method ${String(channel).slice(0, 80)}` });
    const parsed = entry.schema.safeParse(payload === undefined ? {} : payload);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }));
      return fail({ code: 'invalid-payload', message: `invalid arguments for ${channel}`, details: { issues } });
    }
    try {
      const value = await entry.run(parsed.data);
      return { ok: true, value: value ?? null };
    } catch (err) {
      return fail(toIpcError(err));
    }
  };
}

function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}
