// The admin API's handle on the gateway (issue 2 "Admin API → Faults"). Every fault takes an
// optional session id; without one it applies to all (and clears per-session overrides).
import type { GatewayControl } from '../core/gateway';
import type { Connection } from './connection';
import { count, noGlobalFaults, noSessionFaults } from './faults';
import type { GatewayHub } from './hub';
import type { Session } from './session';

export function createGatewayControl(hub: GatewayHub): GatewayControl {
  const sessionsNamed = (sessionId?: string): Session[] =>
    [...hub.sessions.values()].filter((s) => sessionId === undefined || s.id === sessionId);
  const connectionsOf = (sessionId?: string): Connection[] =>
    [...hub.connections].filter((c) => sessionId === undefined || c.session?.id === sessionId);

  /** Sets a global fault value, or one session's override. */
  function setFault<K extends 'silent' | 'latencyMs' | 'reorderWindow'>(
    key: K,
    value: NonNullable<Session['faults'][K]> & typeof hub.faults[K],
    sessionId?: string,
  ): void {
    if (sessionId === undefined) {
      hub.faults[key] = value;
      for (const session of hub.sessions.values()) session.faults[key] = null;
      return;
    }
    for (const session of sessionsNamed(sessionId)) session.faults[key] = value;
  }

  return {
    dropSockets(sessionId) {
      const conns = connectionsOf(sessionId);
      for (const conn of conns) conn.terminate();
      return conns.length;
    },
    setZombie(on, sessionId) {
      for (const conn of connectionsOf(sessionId)) conn.zombie = on;
    },
    setSilentStream(on, sessionId) {
      setFault('silent', on, sessionId);
    },
    setHelloDelay(ms) {
      hub.faults.helloDelayMs = ms === null || !Number.isFinite(ms) ? null : ms;
    },
    setHelloError(code, times = 1) {
      hub.faults.helloError = code === null || count(times) === 0 ? null : { code, left: count(times) };
    },
    sendReconnect(code, sessionId) {
      const targets = sessionsNamed(sessionId).filter((s) => s.conn !== null);
      for (const session of targets) hub.reconnect(session, code);
      return targets.length;
    },
    setReorderWindow(frames, sessionId) {
      setFault('reorderWindow', count(frames), sessionId);
    },
    duplicateNext(n, sessionId) {
      for (const session of sessionsNamed(sessionId)) session.faults.duplicateLeft = count(n);
    },
    withholdNext(n, sessionId) {
      for (const session of sessionsNamed(sessionId)) session.faults.withholdLeft = count(n);
    },
    expireGatewayTokens() {
      hub.tokens.expireAll();
    },
    setLatency(ms, sessionId) {
      setFault('latencyMs', count(ms), sessionId);
    },
    sessions() {
      return [...hub.sessions.values()].map((s) => ({
        sessionId: s.id,
        botId: s.botId,
        lastSn: s.lastSn,
        connected: s.conn !== null,
        compress: s.compress,
      }));
    },
    ledger(sessionId) {
      return hub.ledger.entries(sessionId);
    },
    reset() {
      hub.faults = noGlobalFaults();
      for (const session of hub.sessions.values()) session.faults = noSessionFaults();
      for (const conn of hub.connections) conn.zombie = false;
      hub.ledger.clear();
    },
  };
}
