// messages.*: history pages (history lane), one message, send (the client adds the nonce and
// never duplicates an uncertain send), delete.
import type { Contract, MessageFlag, MessagePage, MessageView, ServiceImpl } from '../../../shared/ipc';
import type { AppContext } from '../AppContext';
import { byCreateAt, toMessageView } from '../mappers';
import { ServiceError } from '../toIpcError';

const DEFAULT_PAGE = 50;

export class MessagesService implements ServiceImpl<Contract['messages']> {
  constructor(private readonly ctx: AppContext) {}

  async list(args: { channelId: string; flag?: MessageFlag; msgId?: string; pageSize?: number }): Promise<MessagePage> {
    const pageSize = args.pageSize ?? DEFAULT_PAGE;
    const params = args.flag && args.msgId
      ? { target_id: args.channelId, flag: args.flag, msg_id: args.msgId, page_size: pageSize }
      : { target_id: args.channelId, page_size: pageSize };
    const { items } = await this.ctx.rest().messages.list(params, { lane: 'history' });
    return {
      channelId: args.channelId,
      items: items.map((m) => toMessageView(m, args.channelId)).sort(byCreateAt),
      flag: args.flag ?? 'latest',
      anchorId: args.msgId ?? null,
      pageSize,
    };
  }

  async view(args: { msgId: string }): Promise<MessageView> {
    const m = await this.ctx.rest().messages.view({ msg_id: args.msgId });
    if (!m.channel_id) throw new ServiceError('not-found', 'KOOK did not say which channel this message is in');
    return toMessageView(m, m.channel_id);
  }

  async send(args: { channelId: string; type: 1 | 9 | 10; content: string; quote?: string }): Promise<{ msgId: string }> {
    const created = await this.ctx.rest().messages.create({
      target_id: args.channelId,
      type: args.type,
      content: args.content,
      ...(args.quote ? { quote: args.quote } : {}),
    });
    return { msgId: created.msg_id };
  }

  async delete(args: { msgId: string }): Promise<void> {
    await this.ctx.rest().messages.delete({ msg_id: args.msgId });
  }
}
