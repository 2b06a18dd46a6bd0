// A one-line plain-text excerpt of a message, for quote previews and the delete dialog
// (never rendered as markup, so nothing in it can act).
import { kmdToPlainText, MessageType, parseKMarkdown } from './content';

export const EXCERPT_LENGTH = 120;

export type ExcerptKind = 'text' | 'card' | 'media';

export function messageExcerpt(message: { type: number; content: unknown }, max = EXCERPT_LENGTH): { kind: ExcerptKind; text: string } {
  if (message.type === MessageType.Card) return { kind: 'card', text: '' };
  if (typeof message.content !== 'string' || message.type !== MessageType.Text && message.type !== MessageType.KMarkdown) {
    return { kind: 'media', text: '' };
  }
  const source = message.content.slice(0, max * 4);
  const plain = message.type === MessageType.KMarkdown ? kmdToPlainText(parseKMarkdown(source)) : source;
  const line = plain.replace(/\s+/g, ' ').trim();
  return { kind: 'text', text: line.length > max ? `${line.slice(0, max - 1)}…` : line };
}
