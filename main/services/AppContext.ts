// The session core of main: the active profile, its RestClient and gateway (through LiveSession),
// the PushHub, profiles and the vault. The token only ever travels from `connect` into the vault
// and the RestClient; it is never put in SessionState, ProfileView, push events, logs or errors.
import { createHash } from 'node:crypto';
import type { BotIdentity, ProfileView, SessionState } from '../../shared/ipc';
import { KOOK_API_BASE } from '../../shared/kook/envelope';
import type { DemoSimulator } from '../demo/launchDemoSimulator';
import type { GatewayTimings, WsFactory } from '../kook/gateway';
import { KookApiError, RestClient, type RestClientOptions } from '../kook/rest';
import { silentLogger, type Logger } from '../log/logger';
import { toProfileView, type SettingsStore, type StoredProfile } from '../store/SettingsStore';
import type { TokenVault } from '../store/TokenVault';
import { FileSessionStore } from './FileSessionStore';
import { LiveSession } from './LiveSession';
import { PushHub } from './PushHub';
import { ServiceError } from './toIpcError';
import { notifyPlugins, type SessionPlugin } from './SessionPlugin';
import { ModerationEngine, type DatabaseProvider, type ModerationEngineOptions } from '../moderation/ModerationEngine';
import { Inspector } from '../inspector';
import type { EventLogStore } from '../store/moderationStores';

export interface AppContextOptions {
  dataDir: string;
  settings: SettingsStore;
  vault: TokenVault;
  /** The vault cannot encrypt here (browser mode, Linux basic_text): the UI shows a banner. */
  vaultWarning: boolean;
  push?: PushHub;
  logger?: Logger;
  launchDemo?: () => Promise<DemoSimulator>;
  gatewayTimings?: GatewayTimings;
  wsFactory?: WsFactory;
  observerPollMs?: number;
  rest?: Pick<RestClientOptions, 'timeoutMs' | 'maxReadRetries' | 'backoffBaseMs' | 'fetch'>;
  /** How often the status bar's live figures (events/s, REST queue) are re-pushed. */
  statusTickMs?: number;
  /** Features following the live session (case log, scheduler, inspector). */
  plugins?: SessionPlugin[];
  /** The inspector's persisted event log (the moderation database's `events`); absent: the in-memory ring only. */
  eventLog?: EventLogStore | null;
  /** The moderation database (cases, schedule, message cache): one instance, or one per profile kind. */
  db?: DatabaseProvider;
  /** Test-only knobs of the moderation engine (fake clock, scaled timers). */
  moderation?: Pick<ModerationEngineOptions, 'now' | 'timerScale' | 'exitGraceMs' | 'retryBaseMs'>;
}

const DEMO_PROFILE_ID = 'demo';

export class AppContext {
  readonly push: PushHub;
  readonly logger: Logger;
  /** The gateway event inspector (issue 5); its recorder follows every session as a plugin. */
  readonly inspector: Inspector;
  /** The moderation engine (issue 5), when a database was given. */
  readonly moderation: ModerationEngine | null;
  private readonly plugins: SessionPlugin[];
  private live: LiveSession | null = null;
  private demo: DemoSimulator | null = null;
  private demoStarting: Promise<DemoSimulator> | null = null;
  private idleReason: string | null = null;
  private idleConnection: SessionState['connection'] = 'idle';
  private ticker: ReturnType<typeof setInterval> | null = null;
  private lastPushed = '';
  /** Bumped by every connect/disconnect so a slow connect cannot install itself after a newer one. */
  private epoch = 0;

  constructor(private readonly o: AppContextOptions) {
    this.push = o.push ?? new PushHub();
    this.logger = o.logger ?? silentLogger;
    this.inspector = new Inspector({ push: this.push, store: o.eventLog ?? null, onError: (err) => this.logger.error('inspector failed', err instanceof Error ? err.message : err) });
    this.moderation = o.db ? new ModerationEngine({ dataDir: o.dataDir, push: this.push, db: o.db, logger: this.logger, ...o.moderation }) : null;
    // The inspector's event log lives in the active profile's database (after the engine picked it).
    const persistEventLog: SessionPlugin = {
      sessionStarted: () => {
        if (this.moderation && !o.eventLog) this.inspector.recorder.useStore(this.moderation.db().events);
      },
    };
    this.plugins = [...(o.plugins ?? []), this.inspector.recorder, ...(this.moderation ? [this.moderation.plugin] : []), persistEventLog];
  }

  state(): SessionState {
    if (this.live) return this.live.state(this.o.vaultWarning);
    return {
      profile: null, bot: null, connection: this.idleConnection, reason: this.idleReason, sessionId: null, rttMs: null,
      resumes: 0, eventsPerSecond: 0, restQueued: 0, observer: false, vaultWarning: this.o.vaultWarning, demo: false,
    };
  }

  /** The live session, or `not-connected`. */
  session(): LiveSession {
    if (!this.live) throw new ServiceError('not-connected', 'no bot is connected');
    return this.live;
  }

  rest(): RestClient {
    return this.session().rest;
  }

  get dataDir(): string {
    return this.o.dataDir;
  }

  get settings(): SettingsStore {
    return this.o.settings;
  }

  async listProfiles(): Promise<ProfileView[]> {
    return Promise.all(this.o.settings.profiles().map((p) => this.view(p)));
  }

  /** A pasted token (and optional base URL): validated with user/me, then stored in the vault. */
  async connect(args: { name: string; token: string; baseUrl?: string | null }): Promise<SessionState> {
    this.logger.addSecret(args.token);
    const baseUrl = args.baseUrl ? normalizeApiBase(args.baseUrl) : null;
    const epoch = await this.teardown();
    const rest = this.makeRest(args.token, baseUrl);
    const bot = await this.identify(rest);
    const stored: StoredProfile = { id: profileIdFor(bot.id, baseUrl), name: args.name, baseUrl, kind: 'bot' };
    await this.o.vault.set(stored.id, args.token);
    await this.o.settings.upsertProfile(stored);
    await this.o.settings.updateSettings({ activeProfileId: stored.id });
    return this.begin(epoch, stored, rest, bot, false);
  }

  async connectProfile(profileId: string): Promise<SessionState> {
    const stored = this.o.settings.profile(profileId);
    if (!stored) throw new ServiceError('not-found', 'no such profile');
    if (stored.kind === 'demo') return this.openDemo();
    const token = await this.o.vault.get(profileId);
    if (!token) throw new ServiceError('not-found', 'no token is stored for this profile; connect with the token again', { reason: 'token-missing' });
    this.logger.addSecret(token);
    const epoch = await this.teardown();
    const rest = this.makeRest(token, stored.baseUrl);
    const bot = await this.identify(rest);
    await this.o.settings.updateSettings({ activeProfileId: profileId });
    return this.begin(epoch, stored, rest, bot, false);
  }

  /** Forks the demo simulator (once) and connects to it as profile kind 'demo'. */
  async openDemo(): Promise<SessionState> {
    if (!this.o.launchDemo) throw new ServiceError('not-found', 'demo mode is not available here');
    const epoch = await this.teardown();
    const demo = await this.startDemo();
    this.logger.addSecret(demo.token);
    const rest = this.makeRest(demo.token, demo.apiBase);
    const bot = await this.identify(rest);
    const stored: StoredProfile = { id: DEMO_PROFILE_ID, name: 'Demo server', baseUrl: demo.apiBase, kind: 'demo' };
    await this.o.settings.upsertProfile(stored);
    await this.o.settings.updateSettings({ activeProfileId: DEMO_PROFILE_ID });
    return this.begin(epoch, stored, rest, bot, true);
  }

  async useObserverMode(observer: boolean): Promise<SessionState> {
    const live = this.session();
    if (observer) live.startObserver();
    else live.startGateway();
    return this.pushState();
  }

  async disconnect(): Promise<SessionState> {
    await this.teardown();
    this.idleConnection = 'idle';
    this.idleReason = null;
    return this.pushState();
  }

  async removeProfile(profileId: string): Promise<ProfileView[]> {
    if (this.live?.profile.id === profileId) await this.disconnect();
    await this.o.vault.delete(profileId);
    await this.o.settings.removeProfile(profileId);
    return this.listProfiles();
  }

  /** Loopback origins whose images the image proxy may fetch: the demo and a simulator profile. */
  imageOrigins(): string[] {
    const out: string[] = [];
    if (this.demo) out.push(new URL(this.demo.origin).origin);
    const base = this.live?.profile.baseUrl;
    if (base) out.push(new URL(base).origin);
    return out;
  }

  watch(channelIds: readonly string[]): void {
    this.session().watch(channelIds);
  }

  /** Stops the session and the demo simulator (app quit). */
  async close(): Promise<void> {
    await this.teardown();
    await this.demo?.stop();
    this.demo = null;
    this.moderation?.close();
    this.inspector.close();
    this.push.flush();
  }

  // ── internals ───────────────────────────────────────────────────────────────

  private async begin(epoch: number, stored: StoredProfile, rest: RestClient, bot: BotIdentity, demo: boolean): Promise<SessionState> {
    // Before any gateway: is the bot already online elsewhere (a production process on this token)?
    const online = await rest.users.getOnlineStatus().then(
      (s) => s.online,
      (err: unknown) => {
        this.logger.warn('user/get-online-status failed; assuming the bot is offline', err instanceof Error ? err.message : err);
        return false;
      },
    );
    if (epoch !== this.epoch) throw new ServiceError('cancelled', 'a newer connection replaced this one');
    const sessionStore = await FileSessionStore.open(this.o.dataDir, stored.id);
    const live = new LiveSession({
      rest, bot, demo, push: this.push, logger: this.logger, sessionStore,
      profile: await this.view(stored),
      timings: this.o.gatewayTimings,
      wsFactory: this.o.wsFactory,
      observerPollMs: this.o.observerPollMs,
      onChange: () => this.pushState(),
      plugins: this.plugins,
    });
    this.live = live;
    this.notifyPlugins((p) => p.sessionStarted?.(live.info));
    if (online) live.startObserver();
    else live.startGateway();
    this.startTicker();
    return this.pushState();
  }

  private notifyPlugins(call: (p: SessionPlugin) => void): void {
    notifyPlugins(this.plugins, (err) => this.logger.error('session plugin failed', err instanceof Error ? err.message : err), call);
  }

  private async identify(rest: RestClient): Promise<BotIdentity> {
    try {
      const me = await rest.users.me();
      return { id: me.id, username: me.username, identifyNum: me.identify_num, avatar: me.avatar };
    } catch (err) {
      if (err instanceof KookApiError && (err.httpStatus === 401 || err.code === 40101 || err.code === 40102)) {
        throw new ServiceError('auth-failed', 'KOOK refused this token', { kookCode: err.code, httpStatus: err.httpStatus });
      }
      throw err;
    }
  }

  private makeRest(token: string, baseUrl: string | null): RestClient {
    const language = this.o.settings.settings().language === 'zh-CN' ? 'zh-CN' : 'en-US';
    return new RestClient({ token, baseUrl: baseUrl ?? KOOK_API_BASE, language, ...this.o.rest });
  }

  private startDemo(): Promise<DemoSimulator> {
    if (this.demo) return Promise.resolve(this.demo);
    const launch = this.o.launchDemo;
    if (!launch) return Promise.reject(new ServiceError('not-found', 'demo mode is not available here'));
    this.demoStarting ??= launch()
      .then((d) => (this.demo = d))
      .catch((err: unknown) => {
        throw new ServiceError('internal', err instanceof Error ? err.message : 'the demo simulator did not start');
      })
      .finally(() => (this.demoStarting = null));
    return this.demoStarting;
  }

  private async teardown(): Promise<number> {
    this.epoch += 1;
    const live = this.live;
    this.live = null;
    this.stopTicker();
    live?.stop();
    if (live) this.notifyPlugins((p) => p.sessionEnded?.(live.info));
    return this.epoch;
  }

  private async view(p: StoredProfile): Promise<ProfileView> {
    if (p.kind === 'demo') return toProfileView(p, 'none');
    const token = await this.o.vault.get(p.id);
    return toProfileView(p, token ? this.o.vault.storage : 'none');
  }

  /** Pushes session.state when anything the renderer shows changed. */
  private pushState(): SessionState {
    const state = this.state();
    const key = JSON.stringify(state);
    if (key !== this.lastPushed) {
      this.lastPushed = key;
      this.push.emit('session.state', state);
    }
    return state;
  }

  private startTicker(): void {
    this.stopTicker();
    this.ticker = setInterval(() => this.pushState(), this.o.statusTickMs ?? 1000);
    this.ticker.unref?.();
  }

  private stopTicker(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }
}

/** Accepts an API base (`…/api/v3`) or just an origin, which gets KOOK's path appended. */
export function normalizeApiBase(url: string): string {
  const u = new URL(url);
  const p = u.pathname.replace(/\/+$/, '');
  return `${u.origin}${p === '' ? '/api/v3' : p}`;
}

/** The same bot on the same host is the same profile; ids stay short and file-name safe. */
export function profileIdFor(botId: string, baseUrl: string | null): string {
  if (!baseUrl) return `bot-${botId}`;
  return `bot-${botId}-${createHash('sha256').update(baseUrl).digest('hex').slice(0, 8)}`;
}
