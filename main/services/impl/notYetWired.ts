// Services of the contract whose implementation is being wired in: every method answers a typed
// error instead of crashing. Replaced service by service as moderation, cases and inspector land.
import { SERVICE_METHODS, type Contract, type ServiceImpl, type ServiceName } from '../../../shared/ipc';
import { ServiceError } from '../toIpcError';

export function notYetWired<S extends ServiceName>(service: S): ServiceImpl<Contract[S]> {
  const impl: Record<string, () => Promise<never>> = {};
  for (const name of SERVICE_METHODS[service]) {
    impl[name] = async () => {
      throw new ServiceError('internal', `${service}.${name} is not available in this build`);
    };
  }
  return impl as unknown as ServiceImpl<Contract[S]>;
}
