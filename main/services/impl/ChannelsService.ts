// channels.*: one channel, and which channels main keeps current (live events, observer polling, backfill).
import type { ChannelView, Contract, ServiceImpl } from '../../../shared/ipc';
import type { AppContext } from '../AppContext';
import { toChannelView } from '../mappers';

export class ChannelsService implements ServiceImpl<Contract['channels']> {
  constructor(private readonly ctx: AppContext) {}

  async view(args: { channelId: string }): Promise<ChannelView> {
    const live = this.ctx.session();
    const channel = toChannelView(await live.rest.channels.view({ target_id: args.channelId }));
    live.noteChannel(channel.id, channel.guild_id);
    return channel;
  }

  async watch(args: { channelIds: string[] }): Promise<void> {
    this.ctx.watch(args.channelIds);
  }
}
