// What the HTTP layer and the gateway need from the world (main/simulator/world/).
import type { RouteDef } from './routes';
import type { EventBus } from './bus';
import type { Member } from '../../../shared/kook';

export type PresetName = 'demo' | 'big' | 'empty';

export interface WorldOptions {
  seed: number;
  preset: PresetName;
  /** With a data dir the world is persisted there and survives a restart. */
  dataDir?: string;
  /** Fixed epoch for generated history, so the same seed gives the same ids and times. */
  epochMs?: number;
}

export interface TrafficOptions {
  /** Events per second across all kinds; 0 stops the generator. */
  rate: number;
  /** Restrict to one guild / channels; default: every text channel of the demo guilds. */
  guildId?: string;
  channelIds?: string[];
  /** Relative weights of what simulated members do. */
  mix?: Partial<Record<'message' | 'edit' | 'delete' | 'reaction' | 'join' | 'leave' | 'presence', number>>;
}

export interface World {
  readonly bus: EventBus;
  /** Every REST route under /api/v3 the world answers. */
  readonly routes: readonly RouteDef[];
  /** The bot user behind a `Bot <token>` token, or null (→ 401). */
  authenticate(token: string): string | null;
  /** The default bot's token and id, printed by the CLI. */
  readonly defaultBot: { id: string; token: string; name: string };
  /** Whether the user (a bot) is a member of the guild, for GROUP event delivery. */
  isMember(guildId: string, userId: string): boolean;
  /** Admin acts that are not REST routes. */
  admin: {
    join(guildId: string, userId?: string): { userId: string };
    leave(guildId: string, userId: string): void;
    setOnline(userId: string, online: boolean): void;
    /** A new bot user with its own token, member of the given guilds with the given roles. */
    createBot(opts: { name: string; guildIds?: string[]; roleIds?: number[] }): { id: string; token: string };
    reset(opts: Pick<WorldOptions, 'seed' | 'preset'>): void;
  };
  traffic: {
    start(opts: TrafficOptions): void;
    stop(): void;
    readonly rate: number;
  };
  /**
   * The origin (e.g. `http://127.0.0.1:8765`) used for URLs inside events; image URLs are
   * `${origin}/_sim/img/<avatar|icon|attachment|card|emoji>/<key>.png`.
   */
  setOrigin(origin: string): void;
  /** Read-only queries for tests and the admin API. */
  messageCount(channelId: string): number;
  getMember(guildId: string, userId: string): Member | null;
  /** REST.md A.12 effective permissions; 0 for non-members. */
  effectivePermissions(guildId: string, userId: string, channelId?: string): number;
  /** Flush to dataDir (also done on an interval and at close). */
  save(): Promise<void>;
  close(): Promise<void>;
}

export type CreateWorld = (opts: WorldOptions) => World;
