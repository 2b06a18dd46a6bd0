import { GatewayUrlSchema } from '../../../../shared/kook/schemas';
import type { CallOptions, RequestRunner } from '../RequestRunner';

/** REST.md B.1 */
export class GatewayApi {
  constructor(private readonly runner: RequestRunner) {}

  /** GET gateway/index → `{url}` of the WebSocket gateway (never hard-code it, PROTOCOL.md "Hosts"). */
  index(params: { compress?: 0 | 1 } = {}, options: CallOptions = {}): Promise<{ url: string }> {
    return this.runner.request({ method: 'GET', route: 'gateway/index', query: { compress: params.compress }, schema: GatewayUrlSchema, ...options });
  }
}
