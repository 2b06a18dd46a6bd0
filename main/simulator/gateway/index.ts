// The simulator's WebSocket gateway (issue 2 "Gateway"; GATEWAY.md). The HTTP server hands it
// `/gateway` upgrades and asks it for URLs (REST gateway/index); the admin API drives `control`.
import { DEFAULT_GATEWAY_TIMINGS, type GatewayServer, type GatewayServerTimings } from '../core/gateway';
import type { EventBus } from '../core/bus';
import { createGatewayControl } from './control';
import { GatewayHub } from './hub';

export interface GatewayServerOptions {
  bus: EventBus;
  isMember(guildId: string, userId: string): boolean;
  timings?: Partial<GatewayServerTimings>;
  /** Clock for token expiry, session lifetime and ledger times (default Date.now). */
  now?: () => number;
  /** Ledger rows kept across all sessions before the oldest fall off. */
  ledgerCapacity?: number;
  /** Called when a bot's first session connects or its last one goes away. */
  onPresence?(botId: string, online: boolean): void;
}

const DEFAULT_LEDGER_CAPACITY = 200_000;

export function createGatewayServer(opts: GatewayServerOptions): GatewayServer {
  const hub = new GatewayHub({
    bus: opts.bus,
    isMember: opts.isMember,
    timings: { ...DEFAULT_GATEWAY_TIMINGS, ...opts.timings },
    now: opts.now ?? Date.now,
    ledgerCapacity: opts.ledgerCapacity ?? DEFAULT_LEDGER_CAPACITY,
    onPresence: opts.onPresence,
  });
  return {
    issueUrl: (botId, compress, origin) => gatewayUrl(origin, compress, hub.tokens.issue(botId)),
    handleUpgrade: (req, socket, head) => hub.handleUpgrade(req, socket, head),
    control: createGatewayControl(hub),
    close: () => hub.close(),
  };
}

/** `ws://<host:port>/gateway?compress=<0|1>&token=<token>` (GATEWAY.md §1); wss behind https. */
function gatewayUrl(origin: string, compress: boolean, token: string): string {
  const base = new URL(origin);
  const scheme = base.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${base.host}/gateway?compress=${compress ? 1 : 0}&token=${encodeURIComponent(token)}`;
}
