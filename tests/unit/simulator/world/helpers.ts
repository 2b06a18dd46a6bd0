// A fake RouteContext and a route caller, so handlers run without HTTP.
import type { SimEvent } from '../../../../main/simulator/core/bus';
import type { GatewayServer } from '../../../../main/simulator/core/gateway';
import type { RouteContext } from '../../../../main/simulator/core/routes';
import type { PresetName, World } from '../../../../main/simulator/core/world';
import { createWorld } from '../../../../main/simulator/world';

export const ORIGIN = 'http://127.0.0.1:9999';
export const EPOCH = 1_700_000_000_000;

const gateway: GatewayServer = {
  issueUrl: (botId, compress, origin) => `${origin.replace('http', 'ws')}/gateway?compress=${compress ? 1 : 0}&token=t-${botId}`,
  handleUpgrade: () => undefined,
  control: {} as GatewayServer['control'],
  close: async () => undefined,
};

export const ctxFor = (actorId: string): RouteContext => ({ actorId, lang: 'en', origin: ORIGIN, gateway });

export function makeWorld(preset: PresetName = 'demo', seed = 7): World {
  const w = createWorld({ seed, preset, epochMs: EPOCH });
  w.setOrigin(ORIGIN);
  return w;
}

/** Calls a route as `actorId` (default: the bot), parsing params with the route's zod schema. */
export function call<T = Record<string, unknown>>(w: World, path: string, params: Record<string, unknown> = {}, actorId = w.defaultBot.id): T {
  const r = w.routes.find((x) => x.path === path);
  if (!r) throw new Error(`no route ${path}`);
  return r.handle(ctxFor(actorId), r.params.parse(params)) as T;
}

export function codeOf(fn: () => unknown): number | null {
  try {
    fn();
    return null;
  } catch (e) {
    return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'number' ? e.code : -1;
  }
}

export function record(w: World): SimEvent[] {
  const events: SimEvent[] = [];
  w.bus.subscribe((e) => events.push(e));
  return events;
}

export interface Fixture {
  guildId: string;
  textId: string;
  roles: { role_id: number; name: string; position: number; permissions: number }[];
  roleId(prefix: string): number;
  /** A plain member with no roles (not owner, not bot). */
  plain(n?: number): string;
  ownerId: string;
}

export function fixture(w: World): Fixture {
  const guilds = call<{ items: { id: string; user_id: string }[] }>(w, 'guild/list');
  const g = guilds.items[0];
  if (!g) throw new Error('no guild');
  const view = call<{ roles: Fixture['roles']; channels: { id: string; type: number; name: string; permission_overwrites: { role_id: number; deny: number }[] }[] }>(w, 'guild/view', { guild_id: g.id });
  const text = view.channels.find((c) => c.type === 1 && c.permission_overwrites.every((o) => o.role_id !== 0 || o.deny === 0));
  if (!text) throw new Error('no open text channel');
  const page = call<{ items: { id: string; roles: number[] }[] }>(w, 'guild/user-list', { guild_id: g.id, page: 3 });
  const plainIds = page.items.filter((m) => m.roles.length === 0).map((m) => m.id);
  return {
    guildId: g.id, textId: text.id, roles: view.roles, ownerId: g.user_id,
    roleId: (prefix) => view.roles.find((r) => r.name.startsWith(prefix))?.role_id ?? -1,
    plain: (n = 0) => plainIds[n] ?? '',
  };
}
