import { MeSchema, OnlineStatusSchema, UserSchema } from '../../../../shared/kook/schemas';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookMe, KookUser } from './types';

/** REST.md B.2 */
export class UsersApi {
  constructor(private readonly runner: RequestRunner) {}

  me(options: CallOptions = {}): Promise<KookMe> {
    return this.runner.request({ method: 'GET', route: 'user/me', schema: MeSchema, ...options });
  }

  /** With `guild_id`, nickname/roles/joined_at/active_time are that guild's. */
  view(params: { user_id: string; guild_id?: string }, options: CallOptions = {}): Promise<KookUser> {
    return this.runner.request({ method: 'GET', route: 'user/view', query: { ...params }, schema: UserSchema, ...options });
  }

  getOnlineStatus(options: CallOptions = {}): Promise<{ online: boolean; online_os: string[] }> {
    return this.runner.request({ method: 'GET', route: 'user/get-online-status', schema: OnlineStatusSchema, ...options });
  }
}
