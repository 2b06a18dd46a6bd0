// One connected profile: its RestClient and either a GatewayClient (live) or an ObserverPoller
// (observer mode). Gateway events become push events; an unresumed gap triggers the client's
// Backfill for the watched channels (issue 4 "Main process").
import type { BotIdentity, ConnectionState, MessageView, ProfileView, SessionState } from '../../shared/ipc';
import { Backfill, GatewayClient, type GatewayState, type GatewayTimings, type LastSeen, type ListMessages, type SessionStore, type WsFactory } from '../kook/gateway';
import type { KookMessage, RestClient } from '../kook/rest';
import type { Logger } from '../log/logger';
import { EventRate } from './EventRate';
import { toPushEvents } from './eventMapping';
import { byCreateAt, toMessageView } from './mappers';
import { ObserverPoller } from './ObserverPoller';
import type { PushHub } from './PushHub';
import { notifyPlugins, type SessionInfo, type SessionPlugin } from './SessionPlugin';

export interface LiveSessionOptions {
  rest: RestClient;
  bot: BotIdentity;
  profile: ProfileView;
  push: PushHub;
  demo: boolean;
  sessionStore?: SessionStore;
  timings?: GatewayTimings;
  wsFactory?: WsFactory;
  observerPollMs?: number;
  logger: Logger;
  /** Something in the state changed; the owner pushes a fresh SessionState. */
  onChange: () => void;
  /** Features following the session (case log, scheduler, inspector). */
  plugins?: readonly SessionPlugin[];
}

const STATE_WORDS: Record<GatewayState, ConnectionState> = {
  IDLE: 'idle',
  FETCH_GATEWAY: 'fetching-gateway',
  CONNECT: 'connecting',
  WAIT_HELLO: 'waiting-hello',
  CONNECTED: 'connected',
  HB_RETRY: 'heartbeat-retry',
  RESUME_CONNECT: 'resuming',
  FATAL: 'auth-failed',
};

const SEEN_LIMIT = 5000;

export class LiveSession {
  private gateway: GatewayClient | null = null;
  private poller: ObserverPoller | null = null;
  private watchedIds: string[] = [];
  private readonly channelGuild = new Map<string, string>();
  private readonly seen = new Set<string>();
  private readonly rate = new EventRate();
  private connection: ConnectionState = 'idle';
  private reason: string | null = null;
  private sessionId: string | null = null;
  private rttMs: number | null = null;
  private lastGap: { since: number; until: number } | null = null;
  private stopped = false;

  constructor(private readonly o: LiveSessionOptions) {}

  /** What plugins see of this session. */
  get info(): SessionInfo {
    return { rest: this.o.rest, bot: this.o.bot, profile: this.o.profile, demo: this.o.demo };
  }

  private notify(call: (p: SessionPlugin) => void): void {
    notifyPlugins(this.o.plugins ?? [], (err) => this.o.logger.error('session plugin failed', err instanceof Error ? err.message : err), call);
  }

  get rest(): RestClient {
    return this.o.rest;
  }

  get bot(): BotIdentity {
    return this.o.bot;
  }

  get profile(): ProfileView {
    return this.o.profile;
  }

  get observer(): boolean {
    return this.poller !== null;
  }

  watched(): readonly string[] {
    return this.watchedIds;
  }

  watch(channelIds: readonly string[]): void {
    this.watchedIds = [...new Set(channelIds)];
  }

  /** Remembers which guild a channel belongs to, for message.created payloads of polled/backfilled messages. */
  noteChannel(channelId: string, guildId: string): void {
    if (guildId) this.channelGuild.set(channelId, guildId);
  }

  state(vaultWarning: boolean): SessionState {
    const snap = this.o.rest.snapshot();
    const restQueued = snap.buckets.reduce((n, b) => n + b.queued, 0);
    return {
      profile: this.o.profile,
      bot: this.o.bot,
      connection: this.connection,
      reason: this.reason,
      sessionId: this.sessionId,
      rttMs: this.rttMs,
      resumes: this.gateway?.counters().resumes ?? 0,
      eventsPerSecond: this.rate.perSecond(),
      restQueued,
      observer: this.observer,
      vaultWarning,
      demo: this.o.demo,
    };
  }

  startGateway(): void {
    if (this.stopped || this.gateway) return;
    this.stopObserver();
    const gateway = new GatewayClient({
      fetchGatewayUrl: async (compress, signal) => (await this.o.rest.gateway.index({ compress: compress ? 1 : 0 }, signal ? { signal } : {})).url,
      sessionStore: this.o.sessionStore,
      compress: false,
      watchedChannels: () => this.watchedIds,
      listMessages: this.listMessages,
      ...(this.o.timings ? { timings: this.o.timings } : {}),
      ...(this.o.wsFactory ? { wsFactory: this.o.wsFactory } : {}),
      onListenerError: (err, event) => this.o.logger.error(`gateway listener for ${event} failed`, err),
    });
    gateway.on('state', ({ to, reason }) => this.setConnection(STATE_WORDS[to], reason));
    gateway.on('hello', ({ sessionId }) => {
      this.sessionId = sessionId || null;
      this.o.onChange();
    });
    gateway.on('rtt', ({ ms }) => {
      this.rttMs = ms;
      this.o.onChange();
    });
    gateway.on('resumed', () => this.o.onChange());
    gateway.on('fatal', ({ code }) => this.setConnection('auth-failed', `KOOK refused the token (${code})`));
    gateway.on('event', ({ data }) => {
      this.rate.add();
      // The nonce echo settles an uncertain message/create without listing (issue 3 reconciliation).
      if (data.nonce && data.type !== 255) this.o.rest.reconciler.observe(data.nonce, data.msg_id, data.msg_timestamp);
      this.notify((p) => p.event?.(data, this.info));
      for (const event of toPushEvents(data)) {
        if (event.type === 'message.created') {
          this.remember(event.payload.message.id);
          this.noteChannel(event.payload.message.channel_id, event.payload.guildId);
        }
        this.o.push.emitEvent(event);
      }
    });
    gateway.on('gap', ({ since, until }) => (this.lastGap = { since, until }));
    // Backfill only once the new session said HELLO: messages posted between an earlier REST
    // probe and the new session would belong to no session and be lost for good.
    gateway.on('needs-backfill', ({ lastSeen }) => {
      this.pendingBackfill = [...(this.pendingBackfill ?? []), ...lastSeen];
      if (gateway.state === 'CONNECTED') this.runPendingBackfill();
    });
    gateway.on('state', ({ to }) => {
      if (to === 'CONNECTED') this.runPendingBackfill();
    });
    this.gateway = gateway;
    this.notify((p) => p.gatewayCreated?.(gateway, this.info));
    gateway.start();
  }

  startObserver(): void {
    if (this.stopped || this.poller) return;
    this.stopGateway();
    this.poller = new ObserverPoller({
      rest: this.o.rest,
      watched: () => this.watchedIds,
      onMessage: (m) => this.pushMessage(m),
      intervalMs: this.o.observerPollMs,
      onError: (err) => this.o.logger.warn('observer poll failed', err instanceof Error ? err.message : err),
    });
    this.setConnection('observer', 'the bot is online elsewhere: channels are polled, no gateway');
    this.poller.start();
  }

  /** For tests: one observer round now. */
  pollNow(): Promise<void> {
    return this.poller?.pollOnce() ?? Promise.resolve();
  }

  stop(): void {
    this.stopped = true;
    this.stopGateway();
    this.stopObserver();
    this.connection = 'stopped';
  }

  private stopGateway(): void {
    this.gateway?.stop();
    this.gateway = null;
    this.sessionId = null;
  }

  private stopObserver(): void {
    this.poller?.stop();
    this.poller = null;
  }

  private setConnection(connection: ConnectionState, reason: string): void {
    if (this.stopped) return;
    this.connection = connection;
    this.reason = reason;
    this.o.onChange();
  }

  private readonly listMessages: ListMessages<KookMessage> = async ({ channelId, after, before, pageSize }) => {
    const anchor = after ?? before;
    const params = anchor
      ? { target_id: channelId, msg_id: anchor, flag: after ? ('after' as const) : ('before' as const), page_size: pageSize }
      : { target_id: channelId, page_size: pageSize };
    return (await this.o.rest.messages.list(params, { lane: 'background' })).items;
  };

  /** Recovers what an unresumed gap lost in the watched channels, then marks the gap per channel. */
  private pendingBackfill: LastSeen[] | null = null;

  private runPendingBackfill(): void {
    const lastSeen = this.pendingBackfill;
    if (!lastSeen) return;
    this.pendingBackfill = null;
    void this.backfill(lastSeen);
  }

  private async backfill(lastSeen: readonly LastSeen[]): Promise<void> {
    const watched = new Set(this.watchedIds);
    const targets = lastSeen.filter((l) => watched.has(l.channelId));
    for (const id of watched) if (!targets.some((t) => t.channelId === id)) targets.push({ channelId: id, msgId: null, at: this.lastGap?.since ?? Date.now() });
    if (targets.length === 0) return;
    const gap = this.lastGap ?? { since: Math.min(...targets.map((t) => t.at)), until: Date.now() };
    try {
      const found = await new Backfill(this.listMessages).fetchMissed(targets, (id) => this.seen.has(id));
      if (this.stopped) return;
      found.sort((a, b) => byCreateAt(a.message, b.message));
      for (const { channelId, message } of found) this.pushMessage(toMessageView(message, channelId));
      for (const t of targets) {
        const recovered = found.filter((f) => f.channelId === t.channelId).length;
        this.o.push.emit('history.gap', { channelId: t.channelId, since: gap.since, until: gap.until, recovered });
      }
    } catch (err) {
      this.o.logger.warn('backfill failed', err instanceof Error ? err.message : err);
    }
  }

  private pushMessage(message: MessageView): void {
    if (this.seen.has(message.id)) return;
    this.remember(message.id);
    this.o.push.emit('message.created', { message, guildId: this.channelGuild.get(message.channel_id) ?? '' });
  }

  private remember(id: string): void {
    this.seen.add(id);
    if (this.seen.size > SEEN_LIMIT) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }
}
