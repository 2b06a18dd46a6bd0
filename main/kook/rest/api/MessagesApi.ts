import { CreatedMessageSchema, cursorListSchema, EmptyResult, MessageSchema, ReactionUserSchema, zList } from '../../../../shared/kook/schemas';
import type { Clock } from '../Clock';
import type { RestEvents } from '../events';
import { MessageCreateGuard, type CreatedMessageResult } from '../MessageCreateGuard';
import type { NonceReconciler } from '../NonceReconciler';
import { walkMessages, type HistoryDirection } from '../pagination';
import type { CallOptions, RequestRunner } from '../RequestRunner';
import type { TypedEmitter } from '../TypedEmitter';
import type { KookMessage, KookReactionUser } from './types';

export interface MessageListParams {
  /** Channel id. */
  target_id: string;
  /** Reference message; omitted → the latest messages. */
  msg_id?: string;
  flag?: 'before' | 'around' | 'after';
  /** 1 → pinned messages (latest mode only). */
  pin?: 0 | 1;
  /** Default 50; ≤ 50 is safe (REST.md B.6). */
  page_size?: number;
}

export interface MessageCreateParams {
  target_id: string;
  content: string;
  /** 1 text, 2 image, 3 video, 4 file, 8 audio, 9 KMarkdown, 10 card. Defaults differ in the docs, so it is always sent (default 9). */
  type?: number;
  quote?: string;
  /** Generated when omitted: every create carries one, for reconciliation. */
  nonce?: string;
  temp_target_id?: string;
  template_id?: string;
  reply_msg_id?: string;
}

export interface MessagesApiDeps {
  clock: Clock;
  emitter: TypedEmitter<RestEvents>;
  reconciler: NonceReconciler;
  newNonce(): string;
  selfId(options: CallOptions): Promise<string>;
  nonceWaitMs?: number;
  matchWindowMs?: number;
}

const MessageList = cursorListSchema(MessageSchema);
const ReactionUsers = zList(ReactionUserSchema);
const Reference = (msg_id: string) => ({ msg_id });

/** REST.md B.6 channel messages. */
export class MessagesApi {
  private readonly guard: MessageCreateGuard;

  constructor(
    private readonly runner: RequestRunner,
    private readonly deps: MessagesApiDeps,
  ) {
    this.guard = new MessageCreateGuard({
      send: (body, options) =>
        this.runner.request({ method: 'POST', route: 'message/create', body: { ...body }, schema: CreatedMessageSchema, ...options }),
      listRecent: async (target_id, options) => (await this.list({ target_id, page_size: 50 }, options)).items,
      selfId: (options) => deps.selfId(options),
      reconciler: deps.reconciler,
      clock: deps.clock,
      emitter: deps.emitter,
      nonceWaitMs: deps.nonceWaitMs,
      matchWindowMs: deps.matchWindowMs,
    });
  }

  list(params: MessageListParams, options: CallOptions = {}): Promise<{ items: KookMessage[] }> {
    return this.runner.request({ method: 'GET', route: 'message/list', query: { ...params }, schema: MessageList, ...options });
  }

  /**
   * Walks the channel's history from `from` (older: from the latest when omitted; newer: needs
   * `from`). See `walkMessages` for cursor and stop rules.
   */
  iterateHistory(
    params: { target_id: string; direction: HistoryDirection; from?: string; page_size?: number },
    options: CallOptions = {},
  ): AsyncGenerator<KookMessage> {
    const fetchPage = async (query: { msg_id?: string; flag?: 'before' | 'after'; page_size: number }) =>
      (await this.list({ target_id: params.target_id, ...query }, { lane: 'history', ...options })).items;
    return walkMessages(fetchPage, params.direction, { from: params.from, pageSize: params.page_size });
  }

  view(params: { msg_id: string }, options: CallOptions = {}): Promise<KookMessage> {
    return this.runner.request({ method: 'GET', route: 'message/view', query: Reference(params.msg_id), schema: MessageSchema, ...options });
  }

  /** Sends with a nonce and never duplicates on an uncertain failure (MessageCreateGuard). */
  create(params: MessageCreateParams, options: CallOptions = {}): Promise<CreatedMessageResult> {
    const body = { ...params, type: params.type ?? 9, nonce: params.nonce ?? this.deps.newNonce() };
    return this.guard.create(body, options);
  }

  /** Only KMarkdown/card messages of the bot itself; `quote: ""` removes the quote. */
  update(
    params: { msg_id: string; content: string; quote?: string; temp_target_id?: string; template_id?: string; reply_msg_id?: string },
    options: CallOptions = {},
  ): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'message/update', body: params, schema: EmptyResult, ...options });
  }

  delete(params: { msg_id: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'message/delete', body: params, schema: EmptyResult, ...options });
  }

  pin(params: { target_id: string; msg_id: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'message/pin', body: params, schema: EmptyResult, ...options });
  }

  unpin(params: { target_id: string; msg_id: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'message/unpin', body: params, schema: EmptyResult, ...options });
  }

  /** The emoji is percent-encoded in the query string (REST.md B.6 "URL-encode it!"). */
  reactionList(params: { msg_id: string; emoji: string }, options: CallOptions = {}): Promise<KookReactionUser[]> {
    return this.runner.request({ method: 'GET', route: 'message/reaction-list', query: { ...params }, schema: ReactionUsers, ...options });
  }

  addReaction(params: { msg_id: string; emoji: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'message/add-reaction', body: params, schema: EmptyResult, ...options });
  }

  /** Omit `user_id` to remove the bot's own reaction. */
  deleteReaction(params: { msg_id: string; emoji: string; user_id?: string }, options: CallOptions = {}): Promise<void> {
    return this.runner.request({ method: 'POST', route: 'message/delete-reaction', body: params, schema: EmptyResult, ...options });
  }
}
