// Extension point for features that follow the live session (issue 5: the case log records
// actions by others from events, the scheduler runs expiries, the inspector taps every frame).
// AppContext calls every plugin; a plugin that throws is logged and never breaks the session.
import type { EventData } from '../../shared/kook';
import type { BotIdentity, ProfileView } from '../../shared/ipc';
import type { GatewayClient } from '../kook/gateway';
import type { RestClient } from '../kook/rest';

export interface SessionInfo {
  rest: RestClient;
  bot: BotIdentity;
  profile: ProfileView;
  demo: boolean;
}

export interface SessionPlugin {
  /** A session began (before its gateway or observer poller starts). */
  sessionStarted?(session: SessionInfo): void;
  /** A gateway client was created for the session (also after switching back from observer mode). */
  gatewayCreated?(gateway: GatewayClient, session: SessionInfo): void;
  /** Every ordered, deduplicated gateway event. */
  event?(data: EventData, session: SessionInfo): void;
  /** The session ended (disconnect, profile switch, quit). */
  sessionEnded?(session: SessionInfo): void;
}

/** Calls a hook on every plugin, isolating failures. */
export function notifyPlugins(plugins: readonly SessionPlugin[], onError: (err: unknown) => void, call: (p: SessionPlugin) => void): void {
  for (const plugin of plugins) {
    try {
      call(plugin);
    } catch (err) {
      onError(err);
    }
  }
}
