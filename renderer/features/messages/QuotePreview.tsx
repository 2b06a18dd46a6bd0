// The quoted message above a reply: author and a one-line excerpt; clicking jumps to it.
import { useNamespaceText } from '../../i18n/useNamespaceText';
import type { Quote } from '../../../shared/kook/objects';
import { authorName } from './authors';
import { messageExcerpt } from './excerpt';

export function QuotePreview({ quote, onJump }: { quote: Quote; onJump(msgId: string): void }) {
  const t = useNamespaceText('messages');
  const author = authorName(quote.author);
  const excerpt = messageExcerpt(quote);
  const text = excerpt.kind === 'card' ? t('cardPreview') : excerpt.kind === 'media' ? t('mediaPreview') : excerpt.text;
  // EVENTS.md ambiguity table: events carry the quoted message's UUID in rong_id.
  const target = quote.rong_id || quote.id;
  return (
    <button type="button" className="kd-msg-quote" aria-label={t('quoteJump', { author })} title={text} onClick={() => onJump(target)}>
      <span className="kd-msg-quote-author">{author}</span>
      <span className="kd-msg-quote-text">{text}</span>
    </button>
  );
}
