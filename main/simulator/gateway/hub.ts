// The gateway's state and protocol flow: sockets in, HELLO/resume, heartbeat, and the delivery
// of bus events to sessions (GATEWAY.md §4–§6).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { ReconnectCode, Signal } from '../../../shared/kook';
import type { Audience, EventBus, SimEvent } from '../core/bus';
import type { GatewayServerTimings } from '../core/gateway';
import { parseClientFrame } from './client-frames';
import { Connection } from './connection';
import { noGlobalFaults, type GlobalFaults } from './faults';
import { PONG, helloError, helloOk, reconnectFrame, resumeAck } from './frames';
import { parseResumeSn, planConnection, type ConnectPlan } from './handshake';
import { Ledger } from './ledger';
import { Session, type SessionContext } from './session';
import { GatewayTokens } from './tokens';

export interface HubOptions {
  bus: EventBus;
  isMember(guildId: string, userId: string): boolean;
  timings: GatewayServerTimings;
  now: () => number;
  ledgerCapacity: number;
  /** A bot is online exactly while it has a connected session (PROTOCOL.md "Delivery modes"). */
  onPresence?(botId: string, online: boolean): void;
}

export const RECONNECT_TEXT: Record<number, string> = {
  [ReconnectCode.ResumeMissingParams]: 'Missing params',
  [ReconnectCode.SessionExpired]: 'Session expired',
  [ReconnectCode.SnInvalid]: 'Invalid sn',
};

/** Client messages larger than this close the socket (1009); a PING is ~20 bytes. */
const MAX_CLIENT_PAYLOAD = 64 * 1024;

export class GatewayHub {
  readonly sessions = new Map<string, Session>();
  readonly connections = new Set<Connection>();
  readonly ledger: Ledger;
  readonly tokens: GatewayTokens;
  faults: GlobalFaults = noGlobalFaults();
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_PAYLOAD, perMessageDeflate: false });
  private readonly unsubscribe: () => void;
  private readonly sessionContext: SessionContext;

  constructor(private readonly opts: HubOptions) {
    this.ledger = new Ledger(opts.ledgerCapacity);
    this.tokens = new GatewayTokens(() => opts.timings.gatewayTokenLifetimeMs, opts.now);
    this.sessionContext = { faults: () => this.faults, ledger: this.ledger, replayWindow: opts.timings.replayWindow };
    this.unsubscribe = opts.bus.subscribe((event) => this.onEvent(event));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req));
  }

  /** Forgets a session so it can never be resumed, and closes its socket with RECONNECT. */
  reconnect(session: Session, code: number): void {
    this.sessions.delete(session.id);
    const conn = session.conn;
    session.conn = null;
    conn?.closeWith(reconnectFrame(code, RECONNECT_TEXT[code] ?? 'Reconnect'));
  }

  async close(): Promise<void> {
    this.unsubscribe();
    const closed = [...this.connections].map(
      (conn) =>
        new Promise<void>((resolve) => {
          if (conn.ws.readyState === conn.ws.CLOSED) return resolve();
          conn.ws.once('close', () => resolve());
          conn.dispose();
          conn.ws.close(1001, 'server closing');
          setTimeout(() => conn.ws.terminate(), 200).unref();
        }),
    );
    await Promise.all(closed);
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket, req: IncomingMessage): void {
    const plan = planConnection(req.url, this.tokens, this.takeHelloError());
    const conn = new Connection(ws, plan.compress, (c) => ({
      latencyMs: () => c.session?.latencyMs ?? this.faults.latencyMs,
      reorderWindow: () => c.session?.reorderWindow ?? this.faults.reorderWindow,
    }));
    this.connections.add(conn);
    ws.on('message', (data, isBinary) => this.onClientFrame(conn, data, isBinary));
    ws.on('close', () => this.onClose(conn));
    ws.on('error', () => conn.terminate());
    const delay = this.faults.helloDelayMs ?? this.opts.timings.helloDelayMs;
    if (delay < 0) return; // HELLO withheld: the client must time out (GATEWAY.md §4.1 step 3)
    if (delay === 0) this.greet(conn, plan);
    else conn.helloTimer = setTimeout(() => this.greet(conn, plan), delay);
  }

  private takeHelloError(): number | null {
    const fault = this.faults.helloError;
    if (!fault || fault.left <= 0) return null;
    fault.left -= 1;
    if (fault.left === 0) this.faults.helloError = null;
    return fault.code;
  }

  private greet(conn: Connection, plan: ConnectPlan): void {
    conn.helloTimer = null;
    if (!conn.open) return;
    if (plan.kind === 'hello-error') return conn.closeWith(helloError(plan.code));
    if (plan.kind === 'fresh') {
      const session = new Session(randomUUID(), plan.botId, this.sessionContext);
      this.sessions.set(session.id, session);
      this.attach(session, conn);
      return conn.sendControl(helloOk(session.id));
    }
    this.resume(conn, plan.botId, plan.sessionId, plan.sn);
  }

  /** GATEWAY.md §5: HELLO with the same session_id, the missed events, then RESUME ACK. */
  private resume(conn: Connection, botId: string, sessionId: string | null, rawSn: string | null): void {
    if (sessionId === null || rawSn === null) {
      return conn.closeWith(reconnectFrame(ReconnectCode.ResumeMissingParams, RECONNECT_TEXT[40106] ?? ''));
    }
    const session = this.liveSession(sessionId);
    if (!session || session.botId !== botId) {
      return conn.closeWith(reconnectFrame(ReconnectCode.SessionExpired, RECONNECT_TEXT[40107] ?? ''));
    }
    const sn = parseResumeSn(rawSn);
    if (sn === null || !session.canReplayFrom(sn)) {
      this.sessions.delete(session.id);
      session.conn?.terminate();
      return conn.closeWith(reconnectFrame(ReconnectCode.SnInvalid, RECONNECT_TEXT[40108] ?? ''));
    }
    this.attach(session, conn);
    conn.sendControl(helloOk(session.id));
    session.resendAfter(sn);
    conn.sendControl(resumeAck(session.id), true);
  }

  private attach(session: Session, conn: Connection): void {
    const previous = session.conn;
    if (previous && previous !== conn) {
      // The client resumed elsewhere: the old socket is dead to this session.
      previous.session = null;
      previous.terminate();
    }
    session.conn = conn;
    session.compress = conn.compress;
    conn.session = session;
    this.updatePresence(session.botId);
  }

  private readonly onlineBots = new Set<string>();

  private updatePresence(botId: string): void {
    let online = false;
    for (const s of this.sessions.values()) if (s.botId === botId && s.conn) online = true;
    if (online === this.onlineBots.has(botId)) return;
    if (online) this.onlineBots.add(botId);
    else this.onlineBots.delete(botId);
    this.opts.onPresence?.(botId, online);
  }

  private liveSession(sessionId: string): Session | undefined {
    const session = this.sessions.get(sessionId);
    if (session?.expired(this.opts.now(), this.opts.timings.sessionLifetimeMs)) {
      this.sessions.delete(sessionId);
      return undefined;
    }
    return session;
  }

  private onClose(conn: Connection): void {
    this.connections.delete(conn);
    conn.dispose();
    const session = conn.session;
    if (session && session.conn === conn) {
      session.conn = null;
      session.disconnectedAt = this.opts.now();
      this.updatePresence(session.botId);
    }
  }

  private onClientFrame(conn: Connection, data: RawData, isBinary: boolean): void {
    if (!conn.admitClientFrame(performance.now())) {
      conn.ws.close(1008, 'flood');
      return;
    }
    const frame = parseClientFrame(data, isBinary);
    if (!frame) {
      conn.garbage += 1;
      return;
    }
    const session = conn.session;
    if (!session || session.conn !== conn || conn.zombie) return;
    if (frame.s === Signal.Ping) conn.sendControl(PONG);
    if (frame.sn === undefined) return;
    // GATEWAY.md §6 rule 4: a client behind gets everything after its sn again.
    if (frame.sn > session.lastSn || !session.canReplayFrom(frame.sn)) return this.reconnect(session, ReconnectCode.SnInvalid);
    session.resendAfter(frame.sn);
    if (frame.s === Signal.Resume) conn.sendControl(resumeAck(session.id), true);
  }

  private onEvent(event: SimEvent): void {
    const now = this.opts.now();
    let dataJson: string | null = null;
    for (const session of this.sessions.values()) {
      if (session.expired(now, this.opts.timings.sessionLifetimeMs)) {
        this.sessions.delete(session.id);
        continue;
      }
      if (!this.addressedTo(event.audience, session.botId)) continue;
      dataJson ??= JSON.stringify(event.data);
      session.deliver(event, dataJson, now);
    }
  }

  private addressedTo(audience: Audience, botId: string): boolean {
    if (audience.kind === 'user') return audience.userId === botId;
    try {
      return this.opts.isMember(audience.guildId, botId);
    } catch {
      return false;
    }
  }
}
