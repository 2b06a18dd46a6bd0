// Dispatch on the message type (EVENTS.md "message types"): every type has one renderer;
// unknown types and malformed content show a short notice instead of failing.
import type { Attachment } from '../../../../../shared/kook/objects';
import { BrokenContent, CardMessage } from '../card/CardMessage';
import { KMarkdown } from '../render/KMarkdown';
import { useContentText } from '../useContentText';
import { AttachmentCard, type AttachmentKind } from './AttachmentCard';
import { ItemMessage, readItemUse } from './ItemMessage';
import { MentionNames, namesSomething, type MessageMentions } from './MentionNames';
import { PlainTextMessage } from './PlainTextMessage';
import '../content.css';

export const MessageType = {
  Text: 1, Image: 2, Video: 3, File: 4, Audio: 8, KMarkdown: 9, Card: 10, Item: 12,
} as const;

export interface MessageContentInput {
  type: number;
  /** A string for every type except 12, whose content may arrive as an object. */
  content: unknown;
  attachments?: Attachment | null;
  /** Who and what the message mentions, named by KOOK (REST `mention_info`). */
  mention_info?: MessageMentions | null;
}

const MEDIA_KINDS: Partial<Record<number, AttachmentKind>> = { 2: 'image', 3: 'video', 4: 'file', 8: 'audio' };

export function MessageContent({ message }: { message: MessageContentInput }) {
  const body = <MessageBody message={message} />;
  return namesSomething(message.mention_info) ? <MentionNames mentions={message.mention_info}>{body}</MentionNames> : body;
}

function MessageBody({ message }: { message: MessageContentInput }) {
  const t = useContentText();
  const { type, content } = message;
  const text = typeof content === 'string' ? content : null;
  const media = MEDIA_KINDS[type];
  if (media) {
    const attachment = message.attachments ?? undefined;
    const url = attachment?.url ?? text ?? '';
    return <AttachmentCard kind={media} url={url} name={attachment?.name} size={attachment?.size} width={attachment?.width} height={attachment?.height} />;
  }
  if (type === MessageType.Item) {
    const item = readItemUse(content);
    return item ? <ItemMessage item={item} /> : <BrokenContent raw={safeRaw(content)} message="invalidContent" />;
  }
  if (type !== MessageType.Text && type !== MessageType.KMarkdown && type !== MessageType.Card) {
    return <div className="kd-md-unsupported">{t('unsupportedType', { type: String(type) })}</div>;
  }
  if (text === null) return <BrokenContent raw={safeRaw(content)} message="invalidContent" />;
  if (type === MessageType.Text) return <PlainTextMessage text={text} />;
  if (type === MessageType.KMarkdown) return <KMarkdown source={text} mode="message" />;
  return <CardMessage content={text} />;
}

function safeRaw(content: unknown): string {
  try {
    return typeof content === 'string' ? content : (JSON.stringify(content) ?? String(content));
  } catch {
    return String(content);
  }
}
