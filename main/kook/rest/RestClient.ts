// The KOOK REST client: a typed method per endpoint grouped by family (`client.messages.list`),
// every call through one RateLimiter. Dependencies come in as options (STYLE.md, discord.js rest).
import { KOOK_API_BASE } from '../../../shared/kook/envelope';
import { BlacklistApi } from './api/BlacklistApi';
import { ChannelRolesApi } from './api/ChannelRolesApi';
import { ChannelsApi } from './api/ChannelsApi';
import { DirectMessagesApi } from './api/DirectMessagesApi';
import { GatewayApi } from './api/GatewayApi';
import { GuildMutesApi } from './api/GuildMutesApi';
import { GuildsApi } from './api/GuildsApi';
import { MessagesApi } from './api/MessagesApi';
import { RolesApi } from './api/RolesApi';
import { UserChatsApi } from './api/UserChatsApi';
import { UsersApi } from './api/UsersApi';
import { createSystemClock, type Clock } from './Clock';
import type { CounterThresholds } from './ErrorCounters';
import type { RestEvents } from './events';
import { NonceReconciler } from './NonceReconciler';
import { RateLimiter, type LimiterSnapshot } from './RateLimiter';
import { RequestRunner, type CallOptions, type FetchLike } from './RequestRunner';
import { TypedEmitter } from './TypedEmitter';

export interface RestClientOptions {
  /** Bot token, sent as `Authorization: Bot <token>` exactly as given. */
  token: string;
  baseUrl?: string;
  /** KOOK localizes error `message`s (PROTOCOL.md "i18n"). */
  language?: 'en-US' | 'zh-CN';
  fetch?: FetchLike;
  clock?: Clock;
  /** Per attempt (Kook.Net default 6000 ms). */
  timeoutMs?: number;
  /** [0, 1) source for jitter and nonces. */
  random?: () => number;
  /** 429 retries before RateLimitedError (rec: 3). */
  maxRateLimitRetries?: number;
  /** Retries of a GET after a 5xx, network error or timeout. */
  maxReadRetries?: number;
  backoffBaseMs?: number;
  safetyOffsetMs?: number;
  warningThresholds?: Partial<CounterThresholds>;
  counterWindowMs?: number;
  /** Shared with the gateway client, which feeds it message nonces. */
  reconciler?: NonceReconciler;
  nonceWaitMs?: number;
  matchWindowMs?: number;
}

export class RestClient {
  readonly events = new TypedEmitter<RestEvents>();
  readonly limiter: RateLimiter;
  readonly reconciler: NonceReconciler;
  readonly gateway: GatewayApi;
  readonly users: UsersApi;
  readonly guilds: GuildsApi;
  readonly guildMutes: GuildMutesApi;
  readonly channels: ChannelsApi;
  readonly channelRoles: ChannelRolesApi;
  readonly messages: MessagesApi;
  readonly roles: RolesApi;
  readonly blacklist: BlacklistApi;
  readonly directMessages: DirectMessagesApi;
  readonly userChats: UserChatsApi;
  private token: string;
  private selfId: Promise<string> | undefined;
  private nonceCounter = 0;

  constructor(options: RestClientOptions) {
    this.token = options.token;
    const clock = options.clock ?? createSystemClock();
    const random = options.random ?? Math.random;
    this.limiter = new RateLimiter({
      clock,
      emitter: this.events,
      safetyOffsetMs: options.safetyOffsetMs,
      thresholds: options.warningThresholds,
      counterWindowMs: options.counterWindowMs,
    });
    this.reconciler = options.reconciler ?? new NonceReconciler({ clock });
    const runner = new RequestRunner({
      baseUrl: options.baseUrl ?? KOOK_API_BASE,
      token: () => this.token,
      language: options.language ?? 'en-US',
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      clock,
      timeoutMs: options.timeoutMs ?? 6000,
      random,
      limiter: this.limiter,
      emitter: this.events,
      maxRateLimitRetries: options.maxRateLimitRetries ?? 3,
      maxReadRetries: options.maxReadRetries ?? 2,
      backoffBaseMs: options.backoffBaseMs ?? 500,
    });
    this.gateway = new GatewayApi(runner);
    this.users = new UsersApi(runner);
    this.guilds = new GuildsApi(runner);
    this.guildMutes = new GuildMutesApi(runner);
    this.channels = new ChannelsApi(runner);
    this.channelRoles = new ChannelRolesApi(runner);
    this.roles = new RolesApi(runner);
    this.blacklist = new BlacklistApi(runner);
    this.directMessages = new DirectMessagesApi(runner);
    this.userChats = new UserChatsApi(runner);
    this.messages = new MessagesApi(runner, {
      clock,
      emitter: this.events,
      reconciler: this.reconciler,
      newNonce: () => `kd-${clock.now().toString(36)}-${(this.nonceCounter++).toString(36)}-${Math.floor(random() * 2 ** 32).toString(16)}`,
      selfId: (callOptions) => this.me(callOptions),
      nonceWaitMs: options.nonceWaitMs,
      matchWindowMs: options.matchWindowMs,
    });
  }

  on<K extends keyof RestEvents>(event: K, listener: (payload: RestEvents[K]) => void): () => void {
    return this.events.on(event, listener);
  }

  /** Every bucket (limit, remaining, reset, queued, in flight), the global gate and the counters. */
  snapshot(): LimiterSnapshot {
    return this.limiter.snapshot();
  }

  /** After a 401 halted traffic: a new token lifts the halt. */
  setToken(token: string): void {
    this.token = token;
    this.selfId = undefined;
    this.limiter.resume();
  }

  /** The bot's own user id (user/me), fetched once. */
  private me(options: CallOptions): Promise<string> {
    if (this.selfId === undefined) {
      const pending = this.users.me(options).then((me) => me.id);
      pending.catch(() => {
        if (this.selfId === pending) this.selfId = undefined;
      });
      this.selfId = pending;
    }
    return this.selfId;
  }
}
