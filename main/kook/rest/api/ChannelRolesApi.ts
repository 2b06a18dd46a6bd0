import { ChannelRoleIndexSchema, ChannelRoleResultSchema, EmptyResult } from '../../../../shared/kook/schemas';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookChannelRoleIndex, KookChannelRoleResult } from './types';

/** Which overwrite: a role's (`value` = role id, 0 = @everyone) or a user's. */
export interface OverwriteTarget {
  channel_id: string;
  type: 'role_id' | 'user_id';
  value: string;
}

/** REST.md B.5 channel permission overwrites. */
export class ChannelRolesApi {
  constructor(private readonly runner: RequestRunner) {}

  index(params: { channel_id: string }, options: CallOptions = {}): Promise<KookChannelRoleIndex> {
    return this.runner.request({ method: 'GET', route: 'channel-role/index', query: { ...params }, schema: ChannelRoleIndexSchema, ...options });
  }

  /** Creates an empty overwrite. The result carries any of role_id, user_id, user. */
  create(params: OverwriteTarget, options: CallOptions = {}): Promise<KookChannelRoleResult> {
    return this.runner.request({ method: 'POST', route: 'channel-role/create', body: { ...params }, schema: ChannelRoleResultSchema, ...options });
  }

  /** `allow` and `deny` are the complete resulting sets, not deltas. */
  update(params: OverwriteTarget & { allow?: number; deny?: number }, options: CallOptions = {}): Promise<KookChannelRoleResult> {
    return this.runner.request({ method: 'POST', route: 'channel-role/update', body: { ...params }, schema: ChannelRoleResultSchema, ...options });
  }

  delete(params: OverwriteTarget, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'channel-role/delete', body: { ...params }, schema: EmptyResult, ...options });
  }
}
