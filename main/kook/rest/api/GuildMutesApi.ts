import { EmptyResult, GuildMuteListSchema } from '../../../../shared/kook/schemas';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookGuildMuteList } from './types';

/** 1 = mic muted (bit 25), 2 = headset deafened (bit 24) (REST.md B.3). */
export type GuildMuteType = 1 | 2;

/** REST.md B.3 guild-mute/* — voice-only moderation. */
export class GuildMutesApi {
  constructor(private readonly runner: RequestRunner) {}

  list(params: { guild_id: string }, options: CallOptions = {}): Promise<KookGuildMuteList> {
    // return_type=detail is the only non-legacy shape
    const query = { guild_id: params.guild_id, return_type: 'detail' };
    return this.runner.request({ method: 'GET', route: 'guild-mute/list', query, schema: GuildMuteListSchema, ...options });
  }

  create(params: { guild_id: string; user_id: string; type: GuildMuteType }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'guild-mute/create', body: params, schema: EmptyResult, ...options });
  }

  delete(params: { guild_id: string; user_id: string; type: GuildMuteType }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'guild-mute/delete', body: params, schema: EmptyResult, ...options });
  }
}
