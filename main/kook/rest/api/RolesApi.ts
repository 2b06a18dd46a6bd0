import { EmptyResult, pagedSchema, RoleGrantResultSchema, RoleResultSchema, RoleSchema } from '../../../../shared/kook/schemas';
import { paginate } from '../pagination';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookPage, KookRole, KookRoleGrantResult, PageParams } from './types';

export interface RoleUpdateParams {
  guild_id: string;
  role_id: number;
  name?: string;
  color?: number;
  hoist?: 0 | 1;
  mentionable?: 0 | 1;
  /** The full new bitmask. */
  permissions?: number;
}

export interface RoleMemberParams {
  guild_id: string;
  user_id: string;
  role_id: number;
}

const RolePage = pagedSchema(RoleSchema);

/** REST.md B.9 guild-role/* */
export class RolesApi {
  constructor(private readonly runner: RequestRunner) {}

  list(params: PageParams & { guild_id: string }, options: CallOptions = {}): Promise<KookPage<KookRole>> {
    return this.runner.request({ method: 'GET', route: 'guild-role/list', query: { ...params }, schema: RolePage, ...options });
  }

  iterateList(params: { guild_id: string; page_size?: number }, options: CallOptions = {}): AsyncGenerator<KookRole> {
    return paginate((page) => this.list({ ...params, page }, { lane: 'background', ...options }));
  }

  create(params: { guild_id: string; name?: string }, options: CallOptions = {}): Promise<KookRole> {
    return this.runner.request({ method: 'POST', route: 'guild-role/create', body: params, schema: RoleResultSchema, ...options });
  }

  update(params: RoleUpdateParams, options: CallOptions = {}): Promise<KookRole> {
    return this.runner.request({ method: 'POST', route: 'guild-role/update', body: { ...params }, schema: RoleResultSchema, ...options });
  }

  delete(params: { guild_id: string; role_id: number }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'guild-role/delete', body: params, schema: EmptyResult, ...options });
  }

  grant(params: RoleMemberParams, options: CallOptions = {}): Promise<KookRoleGrantResult> {
    return this.runner.request({ method: 'POST', route: 'guild-role/grant', body: { ...params }, schema: RoleGrantResultSchema, ...options });
  }

  revoke(params: RoleMemberParams, options: CallOptions = {}): Promise<KookRoleGrantResult> {
    return this.runner.request({ method: 'POST', route: 'guild-role/revoke', body: { ...params }, schema: RoleGrantResultSchema, ...options });
  }
}
