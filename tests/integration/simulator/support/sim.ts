// Shared set-up for the conformance tests: one embedded simulator, a raw REST caller bound to
// it, a raw gateway peer that has seen HELLO, and admin acts as members. Everything goes over
// real HTTP / WebSocket on 127.0.0.1 (never the app's client, never route handlers).
import { type Simulator, type SimulatorOptions, startSimulator } from '../../../../main/simulator';
import { type RawCallOptions, type RawResponse, admin, ok, rawCall } from './rawApi';
import { type RawFrame, RawGateway } from './rawGateway';

export type Envelope = { code: number; message: string; data: unknown };

export const FAST_TIMINGS = { helloDelayMs: 0, sessionLifetimeMs: 2_000, gatewayTokenLifetimeMs: 60_000, replayWindow: 1_000 };

export function startSim(opts: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  return startSimulator({ port: 0, seed: 1, preset: 'demo', rateLimitProfile: 'none', gatewayTimings: FAST_TIMINGS, onError: () => {}, ...opts });
}

/** A raw REST caller bound to one simulator and its default bot. */
export function bind(sim: Simulator) {
  return {
    ok: <T = Record<string, unknown>>(path: string, params: Record<string, unknown> = {}): Promise<T> => ok<T>(sim.apiBase, sim.token, path, params),
    call: (path: string, params: Record<string, unknown> = {}, opts: RawCallOptions = {}): Promise<RawResponse> =>
      rawCall(sim.apiBase, path, params, { token: sim.token, ...opts }),
    /** POST /_sim/act as member `as`: the full envelope, whatever its code. */
    act: async (as: string, path: string, params: Record<string, unknown> = {}, method?: 'GET' | 'POST'): Promise<Envelope> => {
      const res = await fetch(`${sim.origin}/_sim/act`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ as, path, params, ...(method ? { method } : {}) }),
      });
      return (await res.json()) as Envelope;
    },
    admin: <T = Envelope>(path: string, body?: unknown): Promise<T> => admin<T>(sim.origin, path, body),
  };
}

export type Api = ReturnType<typeof bind>;

/** Fetches a gateway URL, opens it and waits for HELLO. */
export async function connect(sim: Simulator, compress: 0 | 1 = 0, token = sim.token): Promise<{ peer: RawGateway; url: string; sessionId: string; hello: RawFrame }> {
  const { url } = await ok<{ url: string }>(sim.apiBase, token, 'gateway/index', { compress });
  const peer = await RawGateway.open(url);
  const hello = await peer.waitForSignal(1);
  const d = hello.d ?? {};
  if (d['code'] !== 0 || typeof d['session_id'] !== 'string') throw new Error(`HELLO failed: ${JSON.stringify(hello)}`);
  return { peer, url, sessionId: d['session_id'], hello };
}

/** The system-event name (`extra.type`) of an s=0 frame, or its message type as a string. */
export function eventType(f: RawFrame): string {
  const t = f.d?.extra?.type;
  return typeof t === 'string' ? t : String(f.d?.['type'] ?? '');
}

export function body(f: RawFrame): Record<string, unknown> {
  const extra = f.d?.extra as { body?: Record<string, unknown> } | undefined;
  return extra?.body ?? {};
}

/** Waits for an s=0 event matching `pred` (by extra.type name, plus an optional body check). */
export async function waitEvent(peer: RawGateway, type: string, pred: (f: RawFrame) => boolean = () => true, ms = 3000): Promise<RawFrame> {
  const match = (f: RawFrame): boolean => f.s === 0 && eventType(f) === type && pred(f);
  await peer.waitFor((frames) => frames.some(match), ms, `event ${type}`);
  const found = peer.frames.find(match);
  if (!found) throw new Error(`no ${type} event (socket closed?)`);
  return found;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface DemoGuild {
  guildId: string;
  ownerId: string;
  roles: { role_id: number; name: string; position: number; permissions: number }[];
  /** A normal text channel with no overwrites beyond the defaults (everyone may post). */
  channelId: string;
  textChannels: { id: string; name: string }[];
  roleAt(position: number): number;
}

/** The first demo guild with its owner, roles and a normal text channel. */
export async function demoGuild(api: Api, index = 0): Promise<DemoGuild> {
  const guilds = await api.ok<{ items: { id: string }[] }>('guild/list');
  const guildId = guilds.items[index]?.id ?? '';
  const view = await api.ok<{ user_id: string; roles: DemoGuild['roles']; channels: { id: string; name: string; type: number; permission_overwrites: { role_id: number; deny: number }[] }[] }>('guild/view', { guild_id: guildId });
  const textChannels = view.channels.filter((c) => c.type === 1);
  const normal = textChannels.filter((c) => c.permission_overwrites.every((o) => o.role_id !== 0 || o.deny === 0));
  const channelId = normal[1]?.id ?? normal[0]?.id ?? '';
  return {
    guildId, ownerId: view.user_id, roles: view.roles, channelId, textChannels,
    roleAt: (position) => view.roles.find((r) => r.position === position)?.role_id ?? -1,
  };
}

/** A fresh member with no roles, joined through the admin API. */
export async function newMember(api: Api, guildId: string): Promise<string> {
  const res = await api.admin<{ data: { user_id: string } }>('join', { guild_id: guildId });
  return res.data.user_id;
}

/** A brand-new text channel, so message tests see exactly their own history. */
export async function freshChannel(api: Api, guildId: string, name = 'test-room'): Promise<string> {
  const ch = await api.ok<{ id: string }>('channel/create', { guild_id: guildId, name, type: 1 });
  return ch.id;
}

/** Posts `n` messages as the bot and returns their ids, oldest first. */
export async function postMany(api: Api, channelId: string, n: number, prefix = 'm'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await api.ok<{ msg_id: string }>('message/create', { target_id: channelId, type: 9, content: `${prefix}${i}` });
    ids.push(res.msg_id);
  }
  return ids;
}
