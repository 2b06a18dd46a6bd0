// The gateway connection state machine of GATEWAY.md §4.4, with the timers of §4.2, resume (§5),
// sn ordering (§6, via EventIngest), RECONNECT (§7), HELLO codes (§8) and the silent-stream watchdog (§10).
import { HelloCode, ReconnectCode } from '../../../shared/kook';
import { isBadTokenError } from './errors';
import { EventIngest } from './EventIngest';
import { type ControlFrame, FrameRouter } from './FrameRouter';
import { Heartbeat } from './Heartbeat';
import { RefetchBackoff } from './RefetchBackoff';
import { resumeUrl } from './resumeUrl';
import { SessionPersister } from './SessionPersister';
import { SilentStreamWatchdog } from './SilentStreamWatchdog';
import { StageTimer } from './StageTimer';
import { DEFAULT_GATEWAY_TIMINGS, type GatewayTimings } from './timings';
import { TypedEmitter } from './TypedEmitter';
import type { Clock, FetchGatewayUrl, GatewayCounters, GatewayEventMap, GatewaySocket, GatewayState, ListMessages, RandomSource, SessionStore, WsFactory } from './types';
import { systemClock } from './types';
import { releaseSocket, wsSocketFactory } from './wsSocketFactory';

export interface GatewayClientOptions {
  fetchGatewayUrl: FetchGatewayUrl;
  wsFactory?: WsFactory;
  clock?: Clock;
  random?: RandomSource;
  timings?: GatewayTimings;
  sessionStore?: SessionStore;
  /** GATEWAY.md §3 (rec): plain text frames unless bandwidth matters. */
  compress?: boolean;
  /** Channels whose last-seen message is reported with gaps and probed by the watchdog. */
  watchedChannels?: () => readonly string[];
  /** REST `message/list`; without it the silent-stream watchdog is off. */
  listMessages?: ListMessages;
  onListenerError?: (err: unknown, event: keyof GatewayEventMap) => void;
}

type ConnectMode = 'fresh' | 'resume';

export class GatewayClient {
  private readonly emitter: TypedEmitter<GatewayEventMap>;
  private readonly clock: Clock;
  private readonly timings: GatewayTimings;
  private readonly router: FrameRouter;
  private readonly backoff: RefetchBackoff;
  private readonly heartbeat: Heartbeat;
  private readonly ingest: EventIngest;
  private readonly persister: SessionPersister;
  private readonly watchdog: SilentStreamWatchdog;
  private readonly stage: StageTimer;
  private readonly counts: GatewayCounters = { events: 0, duplicates: 0, reorders: 0, gaps: 0, resumes: 0, freshSessions: 0, malformed: 0, reconnects: 0 };

  private current: GatewayState = 'IDLE';
  private sessionId: string | null = null;
  private gatewayUrl: string | null = null;
  private socket: GatewaySocket | null = null;
  private mode: ConnectMode = 'fresh';
  /** Bumped whenever a pending fetch must be forgotten (stop, RECONNECT, a newer fetch). */
  private fetchEpoch = 0;
  private connectRetriesUsed = 0;
  private resumeAttemptsUsed = 0;

  constructor(private readonly opts: GatewayClientOptions) {
    this.clock = opts.clock ?? systemClock;
    this.stage = new StageTimer(this.clock);
    this.timings = opts.timings ?? DEFAULT_GATEWAY_TIMINGS;
    const random = opts.random ?? Math.random;
    this.emitter = new TypedEmitter<GatewayEventMap>(opts.onListenerError);
    this.backoff = new RefetchBackoff(this.timings, random);
    this.persister = new SessionPersister(opts.sessionStore, this.clock, this.timings.sessionSaveThrottleMs);
    const watched = opts.watchedChannels ?? (() => []);
    this.ingest = new EventIngest({
      clock: this.clock, timings: this.timings, emitter: this.emitter, counters: this.counts, persister: this.persister,
      sessionId: () => this.sessionId, watchedChannels: watched,
      tryResume: () => this.forceResume('sn gap outlived its timeout'),
    });
    this.router = new FrameRouter({
      clock: this.clock, emitter: this.emitter, counters: this.counts, ingest: this.ingest,
      acceptingEvents: () => this.current === 'CONNECTED' || this.current === 'HB_RETRY',
      control: (frame) => this.control(frame),
    });
    this.heartbeat = new Heartbeat({
      clock: this.clock, random, timings: this.timings,
      hooks: {
        send: (text) => this.socket?.send(text),
        lastSn: () => this.ingest.lastSn,
        rtt: (ms) => this.emitter.emit('rtt', { ms, at: this.clock.now() }),
        retrying: () => this.transition('HB_RETRY', 'PONG timeout'),
        recovered: () => this.transition('CONNECTED', 'PONG after retry ping'),
        dead: () => {
          this.dropSocket(true); // a zombie socket may never finish a close handshake
          this.enterResume('no PONG after retry pings', false);
        },
      },
    });
    this.watchdog = new SilentStreamWatchdog({
      clock: this.clock, timings: this.timings, listMessages: opts.listMessages,
      hooks: {
        healthy: () => this.current === 'CONNECTED',
        lastEventAt: () => this.ingest.lastEventAt,
        lastPongAt: () => this.heartbeat.lastPongAt,
        watchedChannels: watched,
        lastSeen: (ids) => this.ingest.lastSeen.lastSeen(ids),
        silent: () => {
          this.ingest.reportLoss('silent-stream');
          this.forceResume('REST shows messages the gateway did not deliver');
        },
      },
    });
  }

  get state(): GatewayState {
    return this.current;
  }

  /** The largest contiguous delivered sn (what PINGs carry). */
  get lastSn(): number {
    return this.ingest.lastSn;
  }

  on<K extends keyof GatewayEventMap>(event: K, listener: (payload: GatewayEventMap[K]) => void): () => void {
    return this.emitter.on(event, listener);
  }

  counters(): GatewayCounters {
    return { ...this.counts };
  }

  /** IDLE/FATAL → FETCH_GATEWAY; a stored session is resumed (GATEWAY.md §4.4 (rec)). */
  start(): void {
    if (this.current !== 'IDLE' && this.current !== 'FATAL') return;
    // The store wins; without one, a stop()/start() in the same process still resumes the in-memory session.
    const stored = this.persister.load() ?? (this.sessionId !== null ? { sessionId: this.sessionId, lastSn: this.ingest.lastSn } : null);
    this.sessionId = stored?.sessionId ?? null;
    this.ingest.reset(stored?.lastSn ?? 0);
    this.ingest.lastSeen.restart(this.clock.now());
    this.backoff.reset();
    this.resumeAttemptsUsed = 0;
    this.enterFetch(stored ? 'start (stored session)' : 'start', 0);
  }

  stop(): void {
    this.halt();
    this.persister.flush();
    this.transition('IDLE', 'stopped');
  }

  // ── stages ──────────────────────────────────────────────────────────────────

  private enterFetch(reason: string, delayMs: number): void {
    this.halt();
    this.transition('FETCH_GATEWAY', reason);
    this.stage.set(delayMs, () => void this.fetchGateway());
  }

  private async fetchGateway(): Promise<void> {
    const epoch = ++this.fetchEpoch;
    const deadline = new AbortController();
    this.stage.set(this.timings.fetchGatewayDeadlineMs, () => {
      deadline.abort();
      this.enterFetch('gateway/index did not answer in time', this.backoff.next());
    });
    let url: string;
    try {
      url = await this.opts.fetchGatewayUrl(this.opts.compress ?? false, deadline.signal);
    } catch (err) {
      if (epoch !== this.fetchEpoch || this.current !== 'FETCH_GATEWAY') return;
      const badToken = isBadTokenError(err);
      if (badToken) return this.fatal(badToken.code);
      return this.enterFetch(`gateway/index failed: ${err instanceof Error ? err.message : String(err)}`, this.backoff.next());
    }
    if (epoch !== this.fetchEpoch || this.current !== 'FETCH_GATEWAY') return;
    this.stage.clear();
    this.gatewayUrl = url;
    this.connectRetriesUsed = 0;
    if (this.sessionId !== null) {
      // CONNECT(resume? = session_id && lastSn known), also after a restart or a 40103 (GATEWAY.md §4.4, §5).
      this.resumeAttemptsUsed += 1;
      this.connect('CONNECT', 'resume', 'gateway URL fetched, resuming');
    } else {
      this.connect('CONNECT', 'fresh', 'gateway URL fetched');
    }
  }

  private connect(state: 'CONNECT' | 'RESUME_CONNECT', mode: ConnectMode, reason: string): void {
    const base = this.gatewayUrl;
    if (base === null) return this.enterFetch('no gateway URL', 0);
    this.mode = mode;
    this.transition(state, reason);
    const url = mode === 'resume' && this.sessionId !== null ? resumeUrl(base, this.sessionId, this.ingest.lastSn) : base;
    let sock: GatewaySocket;
    try {
      sock = (this.opts.wsFactory ?? wsSocketFactory)(url);
    } catch (err) {
      return this.connectFailed(`socket could not be created: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.socket = sock;
    sock.on('open', () => sock === this.socket && this.opened());
    sock.on('message', (data) => sock === this.socket && this.router.receive(data));
    sock.on('error', (err) => sock === this.socket && this.socketLost(`socket error: ${err.message}`));
    sock.on('close', (code) => sock === this.socket && this.socketLost(`socket closed (${code})`));
  }

  private opened(): void {
    this.transition('WAIT_HELLO', 'socket open');
    // Always require HELLO within 6 s: without it the bot looks online but is deaf (GATEWAY.md §10).
    this.stage.set(this.timings.helloTimeoutMs, () => {
      this.dropSocket(true);
      this.connectFailed('no HELLO in time');
    });
  }

  /** Before HELLO a failure counts against the connect retries (fresh) or resume attempts (resume). */
  private connectFailed(reason: string): void {
    this.dropSocket(true);
    if (this.mode === 'resume') return this.enterResume(reason, false);
    const delay = this.timings.connectRetryDelaysMs[this.connectRetriesUsed];
    if (delay === undefined) return this.enterFetch(`${reason}; connect retries exhausted`, this.backoff.next());
    this.connectRetriesUsed += 1;
    this.transition('CONNECT', reason);
    this.stage.set(delay, () => this.connect('CONNECT', 'fresh', `connect retry ${this.connectRetriesUsed}`));
  }

  /** RESUME_CONNECT: attempts at 8 s and 16 s; then the session is dropped and the gateway refetched. */
  private enterResume(reason: string, immediate: boolean): void {
    this.halt();
    if (this.sessionId === null) return this.enterFetch(`${reason}; no session to resume`, immediate ? 0 : this.backoff.next());
    const delay = this.timings.resumeDelaysMs[this.resumeAttemptsUsed];
    if (delay === undefined) {
      this.dropSession('session-expired');
      return this.enterFetch(`${reason}; resume attempts exhausted`, this.backoff.next());
    }
    // No URL to resume on (e.g. after a restart): fetch one; the fetch connects with resume params.
    if (this.gatewayUrl === null) return this.enterFetch(`${reason}; refetching the URL to resume`, immediate ? 0 : delay);
    this.resumeAttemptsUsed += 1;
    this.transition('RESUME_CONNECT', reason);
    this.stage.set(immediate ? 0 : delay, () => this.connect('RESUME_CONNECT', 'resume', `resume attempt ${this.resumeAttemptsUsed}`));
  }

  /** Watchdog or a stuck sn gap: reconnect now, trying resume first. */
  private forceResume(reason: string): void {
    if (this.current !== 'CONNECTED' && this.current !== 'HB_RETRY') return;
    this.resumeAttemptsUsed = 0;
    this.enterResume(reason, true);
  }

  private connected(sessionId: string | null): void {
    this.stage.clear();
    const resumed = this.mode === 'resume' && sessionId !== null && sessionId === this.sessionId;
    if (!resumed) {
      // A new session: sn restarts at 0 (GATEWAY.md §6); what the old one still held is lost.
      if (this.sessionId !== null) this.ingest.reportLoss('session-expired');
      this.ingest.reset(0);
      this.counts.freshSessions += 1;
    }
    this.sessionId = sessionId;
    this.persister.saveNow(sessionId === null ? null : { sessionId, lastSn: this.ingest.lastSn });
    this.backoff.reset();
    this.connectRetriesUsed = 0;
    this.resumeAttemptsUsed = 0;
    this.transition('CONNECTED', resumed ? 'HELLO (resuming)' : 'HELLO');
    this.heartbeat.start();
    this.watchdog.start();
    this.ingest.rearmGapTimer();
    this.emitter.emit('hello', { sessionId: sessionId ?? '', resumed, at: this.clock.now() });
  }

  private fatal(code: number): void {
    this.halt();
    this.transition('FATAL', `bad token (${code})`);
    this.emitter.emit('fatal', { reason: 'bad-token', code });
  }

  // ── frames ──────────────────────────────────────────────────────────────────

  private control(frame: ControlFrame): void {
    switch (frame.s) {
      case 1:
        return this.hello(frame.code, frame.sessionId);
      case 3:
        return this.heartbeat.pongReceived();
      case 5:
        return this.reconnectRequested(frame.code);
      case 6:
        if (this.current !== 'CONNECTED' && this.current !== 'HB_RETRY') return;
        // All missed events have been re-sent (GATEWAY.md §5).
        this.counts.resumes += 1;
        this.emitter.emit('resumed', { sessionId: frame.sessionId ?? this.sessionId ?? '', lastSn: this.ingest.lastSn, at: this.clock.now() });
        return;
      default:
        return; // s=2/s=4 are client signals; nothing to do
    }
  }

  /** GATEWAY.md §8. Codes other than these are ignored and the HELLO timeout decides. */
  private hello(code: number, sessionId: string | null): void {
    if (this.current !== 'WAIT_HELLO') return;
    if (code === HelloCode.Ok) return this.connected(sessionId);
    if (code === HelloCode.InvalidToken || code === HelloCode.TokenVerifyFailed) return this.fatal(code);
    if (code !== HelloCode.MissingParam && code !== HelloCode.TokenExpired) return;
    // 40103 keeps the session: the next URL is tried with resume params (GATEWAY.md §5); 40100 on a resume means our params were refused.
    if (code === HelloCode.MissingParam && this.mode === 'resume') this.dropSession('session-expired');
    this.enterFetch(`HELLO ${code}`, Math.max(this.timings.helloErrorRefetchDelayMs, this.backoff.next()));
  }

  /** GATEWAY.md §7: clear session, sn, buffer and URL; fetch a new gateway at once. */
  private reconnectRequested(code: number | null): void {
    this.counts.reconnects += 1;
    this.dropSession(code === ReconnectCode.SessionExpired ? 'session-expired' : 'reconnect');
    this.gatewayUrl = null;
    this.enterFetch(`RECONNECT ${code ?? ''}`.trim(), 0);
  }

  private socketLost(reason: string): void {
    if (this.current === 'CONNECTED' || this.current === 'HB_RETRY') return this.enterResume(reason, false);
    this.connectFailed(reason);
  }

  // ── helpers ─────────────────────────────────────────────────────────────────

  private dropSession(reason: 'reconnect' | 'session-expired'): void {
    if (this.sessionId !== null) this.ingest.reportLoss(reason);
    this.sessionId = null;
    this.resumeAttemptsUsed = 0;
    this.ingest.reset(0);
    this.persister.saveNow(null);
  }

  private transition(to: GatewayState, reason: string): void {
    const from = this.current;
    if (from === to) return;
    this.current = to;
    this.emitter.emit('state', { from, to, reason, at: this.clock.now() });
  }

  /** Stops every timer and the socket; the session and sn survive. */
  private halt(): void {
    this.fetchEpoch += 1;
    this.stage.clear();
    this.heartbeat.stop();
    this.watchdog.stop();
    this.ingest.stop();
    this.dropSocket(false);
  }

  private dropSocket(dead: boolean): void {
    const sock = this.socket;
    this.socket = null;
    if (sock) releaseSocket(sock, dead);
  }

}
