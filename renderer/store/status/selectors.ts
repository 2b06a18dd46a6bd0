// The status bar's words and dot color come from the connection state (UI.md "Status bar").
import type { ConnectionState } from '../../../shared/ipc';
import type { AllSlices } from '../types';

export type StatusTone = 'success' | 'warning' | 'danger' | 'info' | 'secondary';

export function connectionTone(state: ConnectionState): StatusTone {
  switch (state) {
    case 'connected':
      return 'success';
    case 'observer':
      return 'info';
    case 'fetching-gateway':
    case 'connecting':
    case 'waiting-hello':
    case 'heartbeat-retry':
    case 'resuming':
    case 'backoff':
      return 'warning';
    case 'auth-failed':
      return 'danger';
    default:
      return 'secondary';
  }
}

/** First 8 characters of the session id: enough to match logs, short enough for the bar. */
export const sessionPrefix = (s: AllSlices): string | null => s.session?.sessionId?.slice(0, 8) ?? null;
