// A real simulator and the real KOOK client library (RestClient + GatewayClient) wired the way an
// app wires them, over real sockets on loopback, with every protocol timer scaled down. Records
// what the client reported, so tests can hold it against the simulator's ledger.
import { type GatewayServerTimings, type LedgerEntry, type Simulator, startSimulator } from '../../../main/simulator';
import type { ProfileName } from '../../../main/simulator';
import { type KookMessage, RestClient, type RestClientOptions } from '../../../main/kook/rest';
import {
  Backfill,
  GatewayClient,
  scaleTimings,
  type GapReport,
  type GatewayEventMap,
  type GatewayState,
  type GatewayTimings,
  type ListMessages,
  type SessionStore,
  type StoredSession,
} from '../../../main/kook/gateway';

/** Demo world (seed 1): guild "Kookdesk 中文社区", its chat channels, members allowed to post there. */
export const GUILD = '2202404000000001';
export const CHANNEL = '4953990000000005';
export const CHANNEL_B = '4953990000000006';
export const POSTERS = ['1166000000', '1166000001', '1166000002'] as const;

/** Client timers at 2 % of the spec's (heartbeat ~600 ms, PONG timeout 120 ms, resume at 160/320 ms). */
export const CLIENT_TIMINGS: GatewayTimings = {
  ...scaleTimings(0.02),
  // The silent-stream watchdog would wait 6 s at this scale: look sooner.
  watchdogCheckIntervalMs: 150,
  silentStreamAfterMs: 700,
  silentStreamGraceMs: 50,
};

export interface DeliveredEvent {
  /** The session the client was on (its last HELLO) when the event was dispatched. */
  sessionId: string;
  sn: number;
  msgId: string;
}

export interface RigOptions {
  seed?: number;
  rateLimitProfile?: ProfileName;
  overrides?: Record<string, { limit: number; windowMs: number }>;
  serverTimings?: Partial<GatewayServerTimings>;
  clientTimings?: Partial<GatewayTimings>;
  rest?: Partial<RestClientOptions>;
  compress?: boolean;
  watched?: string[];
  /** Start the gateway client (default true) and wait until it is connected. */
  connect?: boolean;
}

export class MemorySessionStore implements SessionStore {
  value: StoredSession | null = null;
  load(): StoredSession | null {
    return this.value;
  }
  save(state: StoredSession | null): void {
    this.value = state;
  }
}

export class ClientRig {
  readonly delivered: DeliveredEvent[] = [];
  readonly gaps: GapReport[] = [];
  readonly backfillRequests: GatewayEventMap['needs-backfill'][] = [];
  readonly fatals: GatewayEventMap['fatal'][] = [];
  readonly states: GatewayEventMap['state'][] = [];
  readonly hellos: GatewayEventMap['hello'][] = [];
  readonly listenerErrors: unknown[] = [];
  readonly store = new MemorySessionStore();
  readonly rest: RestClient;
  readonly gateway: GatewayClient;
  readonly listMessages: ListMessages<KookMessage>;
  readonly startedAt = Date.now();
  private session = '';

  constructor(
    readonly sim: Simulator,
    readonly watched: string[],
    options: RigOptions,
  ) {
    this.rest = new RestClient({ token: sim.token, baseUrl: sim.apiBase, timeoutMs: 2000, backoffBaseMs: 20, nonceWaitMs: 400, ...options.rest });
    this.listMessages = async ({ channelId, after, before, pageSize }) => {
      const anchor = after ?? before;
      const query = anchor ? { target_id: channelId, msg_id: anchor, flag: after ? ('after' as const) : ('before' as const), page_size: pageSize } : { target_id: channelId, page_size: pageSize };
      return (await this.rest.messages.list(query, { lane: 'background' })).items;
    };
    this.gateway = new GatewayClient({
      fetchGatewayUrl: async (compress) => (await this.rest.gateway.index({ compress: compress ? 1 : 0 })).url,
      timings: { ...CLIENT_TIMINGS, ...options.clientTimings },
      sessionStore: this.store,
      compress: options.compress ?? false,
      watchedChannels: () => this.watched,
      listMessages: this.listMessages,
      onListenerError: (err) => this.listenerErrors.push(err),
    });
    const g = this.gateway;
    g.on('hello', (h) => {
      this.session = h.sessionId;
      this.hellos.push(h);
    });
    g.on('event', ({ sn, data }) => {
      this.delivered.push({ sessionId: this.session, sn, msgId: data.msg_id });
      // The app feeds message nonces to the REST side, so an uncertain message/create is settled by its echo.
      if (typeof data.nonce === 'string' && data.nonce !== '') this.rest.reconciler.observe(data.nonce, data.msg_id, data.msg_timestamp);
    });
    g.on('gap', (gap) => this.gaps.push(gap));
    g.on('needs-backfill', (b) => this.backfillRequests.push(b));
    g.on('fatal', (f) => this.fatals.push(f));
    g.on('state', (s) => this.states.push(s));
  }

  get state(): GatewayState {
    return this.gateway.state;
  }

  /** The session of the client's last HELLO. */
  get sessionId(): string {
    return this.session;
  }

  async admin<T = unknown>(name: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.sim.origin}/_sim/${name}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { code: number; message: string; data: T };
    if (json.code !== 0) throw new Error(`admin ${name}: ${json.code} ${json.message}`);
    return json.data;
  }

  gatewayFault(fault: Record<string, unknown>): Promise<unknown> {
    return this.admin('faults/gateway', fault);
  }

  restFault(fault: { route: string; kind: '429' | '5xx' | 'slow'; count?: number; ms?: number; status?: 500 | 502 | 503 }): Promise<unknown> {
    return this.admin('faults/rest', fault);
  }

  /** Members post `count` messages one after another (POST /_sim/act); returns their msg_ids. */
  async post(count: number, channel = CHANNEL, tag = 'm'): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const as = POSTERS[i % POSTERS.length] ?? POSTERS[0];
      const data = await this.admin<{ msg_id: string }>('act', { as, path: 'message/create', params: { target_id: channel, content: `${tag} ${i}` } });
      ids.push(data.msg_id);
    }
    return ids;
  }

  async ledger(sessionId?: string): Promise<LedgerEntry[]> {
    const q = sessionId === undefined ? '' : `?session_id=${encodeURIComponent(sessionId)}`;
    return (await this.admin<{ items: LedgerEntry[] }>(`ledger${q}`)).items;
  }

  async serverSession(sessionId = this.session): Promise<{ sessionId: string; lastSn: number; connected: boolean } | undefined> {
    const { items } = await this.admin<{ items: { sessionId: string; lastSn: number; connected: boolean }[] }>('sessions');
    return items.find((s) => s.sessionId === sessionId);
  }

  /** CONNECTED, on a session the server has connected, with every sn the server gave it delivered. */
  async settle(timeoutMs = 8000): Promise<void> {
    await waitForAsync(async () => {
      if (this.state !== 'CONNECTED' || this.session === '') return false;
      const server = await this.serverSession();
      return server !== undefined && server.connected && server.lastSn === this.gateway.lastSn;
    }, timeoutMs, () => `client to settle (state ${this.state}, lastSn ${this.gateway.lastSn})`);
  }

  deliveredIn(sessionId: string): DeliveredEvent[] {
    return this.delivered.filter((e) => e.sessionId === sessionId);
  }

  /** `sn:msg_id` of every event the ledger numbered for the session (sn order), and of what the client delivered. */
  async sequences(sessionId = this.session): Promise<{ ledgered: string[]; delivered: string[] }> {
    const rows = (await this.ledger(sessionId)).filter((r): r is LedgerEntry & { sn: number } => typeof r.sn === 'number');
    rows.sort((a, b) => a.sn - b.sn);
    const mine = this.deliveredIn(sessionId);
    return {
      ledgered: rows.map((r) => `${r.sn}:${r.msgId}`),
      delivered: mine.map((e) => `${e.sn}:${e.msgId}`),
    };
  }

  /**
   * After an unresumable loss: wait for the client to be connected again, then run the Backfill
   * helper from what the first report said was last seen. Returns the recovered msg_ids.
   */
  async backfill(): Promise<string[]> {
    const first = this.backfillRequests[0];
    if (first === undefined) throw new Error('no needs-backfill report to act on');
    await waitFor(() => this.state === 'CONNECTED', 8000, 'the client to reconnect before backfilling');
    const live = new Set(this.delivered.map((e) => e.msgId));
    const found = await new Backfill(this.listMessages, { pageSize: 20 }).fetchMissed(first.lastSeen, (id) => live.has(id));
    return found.map((f) => f.message.id);
  }

  /** The ids of the messages REST holds for a channel, created since the rig started (latest 100). */
  async channelMessageIds(channel = CHANNEL): Promise<string[]> {
    const items = (await this.rest.messages.list({ target_id: channel, page_size: 100 })).items;
    return items.filter((m) => m.create_at >= this.startedAt).map((m) => m.id);
  }

  async close(): Promise<void> {
    this.gateway.stop();
    await this.sim.close();
  }
}

export async function startRig(options: RigOptions = {}): Promise<ClientRig> {
  const sim = await startSimulator({
    port: 0,
    seed: options.seed ?? 1,
    preset: 'demo',
    rateLimitProfile: options.rateLimitProfile ?? 'none',
    overrides: options.overrides,
    gatewayTimings: options.serverTimings,
    onError: () => undefined,
  });
  const rig = new ClientRig(sim, options.watched ?? [CHANNEL], options);
  if (options.connect ?? true) {
    rig.gateway.start();
    await rig.settle();
  }
  return rig;
}

export async function waitFor(probe: () => boolean, timeoutMs: number, what: string | (() => string)): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(10);
  }
}

export async function waitForAsync(probe: () => Promise<boolean>, timeoutMs: number, what: string | (() => string)): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(15);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
