import { useMemo, type CSSProperties } from 'react';
import { useContentText } from '../useContentText';
import { CardModuleView } from './CardModuleView';
import { parseCardMessage, type ParsedCard } from './parseCardMessage';
import '../content.css';

/** A type-10 message (KMARKDOWN_CARD.md §2). Broken JSON becomes an inert notice with the raw text. */
export function CardMessage({ content }: { content: string }) {
  const parsed = useMemo(() => parseCardMessage(content), [content]);
  const t = useContentText();
  if (!parsed.ok) return <BrokenContent raw={content} />;
  return (
    <div className="kd-card-message">
      {parsed.cards.map((card, index) => <CardView key={index} card={card} />)}
      {parsed.hiddenCards > 0 && <div className="kd-card-limit">{t('cardsOverLimit', { count: parsed.hiddenCards })}</div>}
      {parsed.hiddenModules > 0 && <div className="kd-card-limit">{t('modulesOverLimit', { count: parsed.hiddenModules })}</div>}
    </div>
  );
}

function CardView({ card }: { card: ParsedCard }) {
  // §2.3: `color` overrides the theme's border color; `none`/`invisible` have no border.
  const style: CSSProperties | undefined = card.color ? { borderLeftColor: card.color } : undefined;
  return (
    <section className={`kd-card kd-card-theme-${card.theme} kd-card-size-${card.size}`} style={style}>
      {card.modules.map((module, index) => <CardModuleView key={index} module={module} />)}
    </section>
  );
}

export function BrokenContent({ raw, message }: { raw: string; message?: 'cardBroken' | 'invalidContent' }) {
  const t = useContentText();
  return (
    <div className="kd-card-broken" role="note">
      <span>{t(message ?? 'cardBroken')}</span>
      <details className="kd-card-raw">
        <summary>{t('showRaw')}</summary>
        <pre>{raw.slice(0, 20_000)}</pre>
      </details>
    </div>
  );
}
