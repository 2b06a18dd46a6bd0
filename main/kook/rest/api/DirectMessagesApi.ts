import { CreatedMessageSchema, cursorListSchema, DirectMessageSchema } from '../../../../shared/kook/schemas';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { KookCreatedMessage, KookDirectMessage } from './types';

/** One of `target_id` (user; auto-creates the session) or `chat_code`. */
export type DirectTarget = { target_id: string; chat_code?: never } | { chat_code: string; target_id?: never };

export type DirectMessageCreateParams = DirectTarget & {
  content: string;
  /** 1 text (default), 9 KMarkdown, 10 card. Always sent. */
  type?: number;
  quote?: string;
  nonce?: string;
  template_id?: string;
  reply_msg_id?: string;
};

export type DirectMessageListParams = DirectTarget & {
  msg_id?: string;
  flag?: 'before' | 'around' | 'after';
  page?: number;
  page_size?: number;
};

const DirectMessageList = cursorListSchema(DirectMessageSchema);

/** REST.md B.7 */
export class DirectMessagesApi {
  constructor(private readonly runner: RequestRunner) {}

  create(params: DirectMessageCreateParams, options: CallOptions = {}): Promise<KookCreatedMessage> {
    const body = { ...params, type: params.type ?? 1 };
    return this.runner.request({ method: 'POST', route: 'direct-message/create', body, schema: CreatedMessageSchema, ...options });
  }

  list(params: DirectMessageListParams, options: CallOptions = {}): Promise<{ items: KookDirectMessage[] }> {
    return this.runner.request({ method: 'GET', route: 'direct-message/list', query: { ...params }, schema: DirectMessageList, ...options });
  }
}
