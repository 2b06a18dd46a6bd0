// PLACEHOLDER created by the app-shell helper so App.tsx has its slot; the message pane
// (virtualized history, jump, live updates) replaces this file.
import { useStoreApi } from '../../store';

export function MessagePane({ guildId, channelId }: { guildId: string; channelId: string }) {
  const store = useStoreApi();
  const channel = store((s) => s.guildDetail?.channels.find((c) => c.id === channelId));
  return (
    <section className="kd-message-pane" aria-label={channel?.name ?? channelId} data-guild-id={guildId}>
      <p className="kd-muted">#{channel?.name ?? channelId}</p>
    </section>
  );
}
