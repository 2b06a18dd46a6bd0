// The app harness with the moderation engine on a real SQLite database, connected to the
// in-process simulator, plus what moderation tests need: members by kind, acting as a member,
// and a log of every REST route the app sent (to prove a refused action sent nothing).
import type { CaseView, GuildDetail, GuildSummary, IpcResult, MemberPage } from '../../../../shared/ipc';
import type { AppContextOptions } from '../../../../main/services/AppContext';
import { openInMemoryModerationDatabase } from '../../../../main/store/db';
import { startHarness, waitFor, type Harness } from '../../app/harness';

export interface ModHarness extends Harness {
  guildId: string;
  detail: GuildDetail;
  textChannelIds: string[];
  /** Routes (e.g. `POST guild/kickout`) the app's RestClient sent, in order. */
  sent: string[];
  /** Members with no roles at all, not the owner or the bot. */
  plainMembers(n: number): Promise<string[]>;
  /** A member holding the Moderator role (ranked above the bot). */
  moderator(): Promise<string>;
  actAs(userId: string, path: string, params: Record<string, unknown>, method?: 'GET' | 'POST'): Promise<{ code: number; message: string; data: unknown }>;
  callCase(channel: string, args: unknown): Promise<CaseView>;
  fail(channel: string, args: unknown): Promise<{ code: string; message: string; details?: Record<string, unknown> }>;
}

export async function startModHarness(opts: Partial<AppContextOptions> = {}): Promise<ModHarness> {
  const sent: string[] = [];
  const fetchSpy = (input: string, init: RequestInit): Promise<Response> => {
    const route = new URL(input).pathname.replace(/^\/api\/v3\//, '');
    sent.push(`${init.method ?? 'GET'} ${route}`);
    return globalThis.fetch(input, init);
  };
  const h = await startHarness({ db: openInMemoryModerationDatabase(), rest: { fetch: fetchSpy }, moderation: { exitGraceMs: 150 }, ...opts });
  await h.admin('presence', { user_id: h.sim.botId, online: false });
  await h.call('session:connect', { name: 'Sim bot', token: h.sim.token, baseUrl: h.sim.apiBase });
  await waitFor(() => h.ctx.state().connection === 'connected', 5000, 'gateway connected');
  const guildId = (await h.call<GuildSummary[]>('guilds:list'))[0]!.id;
  const detail = await h.call<GuildDetail>('guilds:view', { guildId });
  const textChannelIds = detail.channels.filter((c) => c.type === 1 && !c.is_category).map((c) => c.id);
  const members = async (roleId?: number): Promise<MemberPage['items']> =>
    (await h.call<MemberPage>('members:list', { guildId, pageSize: 50, ...(roleId !== undefined ? { roleId } : {}) })).items;
  return {
    ...h, guildId, detail, textChannelIds, sent,
    async plainMembers(n) {
      const list = await members();
      return list.filter((m) => m.roles.length === 0 && m.id !== detail.guild.user_id && !m.bot).slice(0, n).map((m) => m.id);
    },
    async moderator() {
      const mod = detail.roles.find((r) => r.position === 2)!;
      return (await members(mod.role_id))[0]!.id;
    },
    async actAs(userId, path, params, method = 'POST') {
      const res = await fetch(`${h.sim.origin}/_sim/act`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ as: userId, path, method, params }) });
      return (await res.json()) as { code: number; message: string; data: unknown };
    },
    callCase: (channel, args) => h.call<CaseView>(channel, args),
    async fail(channel, args) {
      const r: IpcResult<unknown> = await h.raw(channel, args);
      if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return r.error;
    },
  };
}

export { waitFor };
