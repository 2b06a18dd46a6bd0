// What the inspector listens to on a gateway client: the frame tap, and the connection's story
// for the timeline (GATEWAY.md §4.4 state changes with their reasons: hello, heartbeat timeouts,
// resumes, RECONNECT, backoff waits; §5 resume; §6 gaps and the backfills they trigger).
import type { TimelineEntry } from '../../shared/ipc';
import type { FrameTap, GatewayClient } from '../kook/gateway';
import { redactTokens } from './redact';
import type { StatsTracker } from './StatsTracker';

export interface GatewayWatchSink {
  frame(tap: FrameTap): void;
  timeline(entry: TimelineEntry): void;
  stats: StatsTracker;
  now(): number;
}

/** Subscribes; returns the function that unsubscribes everything. */
export function watchGateway(gateway: GatewayClient, sink: GatewayWatchSink): () => void {
  const note = (at: number, reason: string): void => {
    const state = gateway.state;
    sink.timeline({ at, from: state, to: state, reason: redactTokens(reason) });
  };
  const offs = [
    gateway.on('frame', (tap) => sink.frame(tap)),
    gateway.on('state', (s) => {
      sink.stats.bump(`state.${s.to}`);
      sink.timeline({ at: s.at, from: s.from, to: s.to, reason: redactTokens(s.reason) });
    }),
    gateway.on('hello', (h) => {
      if (!h.resumed) sink.stats.freshSession();
      sink.stats.bump('hellos');
      note(h.at, `hello: ${h.resumed ? 'session resumed' : 'new session'} ${h.sessionId.slice(0, 8)}`);
    }),
    gateway.on('resumed', (r) => {
      sink.stats.bump('resumes');
      note(r.at, `resumed after sn ${r.lastSn}`);
    }),
    gateway.on('rtt', (r) => sink.stats.rttSample(r.at, r.ms)),
    gateway.on('gap', (g) => {
      sink.stats.lostGap(g.until, g.fromSn, g.toSn);
      note(g.until, `gap: sn ${g.fromSn}–${g.toSn ?? '?'} lost (${g.reason})`);
    }),
    gateway.on('needs-backfill', (b) => {
      sink.stats.bump('backfills');
      note(sink.now(), `backfill of ${b.lastSeen.length} channel(s) (${b.reason})`);
    }),
    gateway.on('fatal', (f) => note(sink.now(), `fatal: ${f.reason} (${f.code})`)),
  ];
  return () => {
    for (const off of offs) off();
  };
}
