// The e2e tests' own view of a simulator: plain REST with a bot token and the loopback admin API,
// independent of the app's client, so assertions check what really happened in the world.
import { startSimulator, type Simulator } from '../../../main/simulator';
import type { PresetName } from '../../../main/simulator';

interface Envelope {
  code: number;
  message: string;
  data: unknown;
}

function isEnvelope(v: unknown): v is Envelope {
  return typeof v === 'object' && v !== null && 'code' in v && 'data' in v;
}

/** KOOK: reads are GET, writes are POST (PROTOCOL.md "Request conventions"). */
function methodOf(path: string): 'GET' | 'POST' {
  return /(^|\/)(list|view|index|me|get-online-status|user-list)$/.test(path) ? 'GET' : 'POST';
}

/** One REST call with `Authorization: Bot <token>`; resolves with `data`, throws on a non-zero code. */
export async function rest<T>(apiBase: string, token: string, path: string, params: Record<string, string | number> = {}): Promise<T> {
  const method = methodOf(path);
  let url = `${apiBase}/${path}`;
  const init: RequestInit = { method, headers: { Authorization: `Bot ${token}` } };
  if (method === 'GET') {
    const qs = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]));
    if (qs.size > 0) url += `?${qs}`;
  } else {
    init.headers = { Authorization: `Bot ${token}`, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(params);
  }
  const body: unknown = await (await fetch(url, init)).json();
  if (!isEnvelope(body) || body.code !== 0) throw new Error(`${path}: ${JSON.stringify(body)}`);
  return body.data as T;
}

/** The loopback admin API (`/_sim/<path>`); GET without a body, POST with one. */
export async function admin<T>(origin: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${origin}/_sim/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const parsed: unknown = await res.json();
  if (!isEnvelope(parsed) || parsed.code !== 0) throw new Error(`/_sim/${path}: HTTP ${res.status} ${JSON.stringify(parsed)}`);
  return parsed.data as T;
}

/** A member posts a message in a channel (through the admin API, under their permissions). */
export async function postAs(origin: string, userId: string, channelId: string, content: string): Promise<string> {
  const data = await admin<{ msg_id: string }>(origin, 'act', { as: userId, path: 'message/create', params: { type: 1, target_id: channelId, content } });
  return data.msg_id;
}

export interface Channel {
  id: string;
  name: string;
  type: number;
  is_category?: boolean;
}
export interface Message {
  id: string;
  content: string;
  create_at: number;
  author: { id: string; username: string; bot?: boolean };
}
export interface Role {
  role_id: number;
  name: string;
  permissions: number;
  position: number;
}
export interface UserView {
  id: string;
  username: string;
  nickname: string;
  roles: number[];
}
export interface Guild {
  id: string;
  name: string;
}

interface Paged<T> {
  items: T[];
}

/** A simulator embedded in the test process, with typed shortcuts for the world's state. */
export class TestKook {
  private constructor(readonly sim: Simulator) {}

  static async start(preset: PresetName = 'demo', seed = 7): Promise<TestKook> {
    return new TestKook(await startSimulator({ port: 0, seed, preset, rateLimitProfile: 'none', latencyMs: 0 }));
  }

  get origin(): string {
    return this.sim.origin;
  }
  get apiBase(): string {
    return this.sim.apiBase;
  }
  get token(): string {
    return this.sim.token;
  }
  get botId(): string {
    return this.sim.botId;
  }

  call<T>(path: string, params: Record<string, string | number> = {}): Promise<T> {
    return rest<T>(this.apiBase, this.token, path, params);
  }

  async guilds(): Promise<Guild[]> {
    return (await this.call<Paged<Guild>>('guild/list', { page_size: 50 })).items;
  }
  async channels(guildId: string): Promise<Channel[]> {
    return (await this.call<Paged<Channel>>('channel/list', { guild_id: guildId, page_size: 100 })).items;
  }
  async textChannel(guildId: string, name: string): Promise<Channel> {
    const found = (await this.channels(guildId)).find((c) => c.name === name && c.type === 1);
    if (!found) throw new Error(`no text channel ${name}`);
    return found;
  }
  async messages(channelId: string, params: Record<string, string | number> = {}): Promise<Message[]> {
    return (await this.call<Paged<Message>>('message/list', { target_id: channelId, page_size: 100, ...params })).items;
  }
  async roles(guildId: string): Promise<Role[]> {
    return (await this.call<Paged<Role>>('guild-role/list', { guild_id: guildId, page_size: 100 })).items;
  }
  user(guildId: string, userId: string): Promise<UserView> {
    return this.call<UserView>('user/view', { guild_id: guildId, user_id: userId });
  }
  async guildOwner(guildId: string): Promise<string> {
    return (await this.call<{ user_id: string }>('guild/view', { guild_id: guildId })).user_id;
  }

  close(): Promise<void> {
    return this.sim.close();
  }
}
