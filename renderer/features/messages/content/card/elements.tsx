// Card elements and the paragraph structure (KMARKDOWN_CARD.md §2.5, §2.6).
import type { ReactNode } from 'react';
import { useContentServices } from '../ContentContext';
import { emojiForShortcode } from '../kmarkdown/emoji';
import { parseKMarkdown } from '../kmarkdown/parseKMarkdown';
import { kmdToPlainText } from '../kmarkdown/toPlainText';
import { KMarkdown } from '../render/KMarkdown';
import { SafeImage } from '../render/SafeImage';
import { safeHttpUrl } from '../safety/urls';
import type { ButtonElement, ImageElement, ParagraphElement, TextElement } from './schema';

const SHORTCODES = /:([a-z0-9_+-]{1,40}):/g;

/** plain-text: literal text; `emoji` (default true) turns known :shortcodes: into emoji. */
export function PlainText({ content, emoji }: { content: string; emoji: boolean }) {
  if (!emoji) return <span className="kd-card-text">{content}</span>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of content.matchAll(SHORTCODES)) {
    const unicode = match[1] ? emojiForShortcode(match[1]) : undefined;
    if (!unicode) continue;
    parts.push(content.slice(last, match.index));
    parts.push(<span key={match.index} className="kd-md-emoji" role="img" aria-label={match[0]}>{unicode}</span>);
    last = match.index + match[0].length;
  }
  parts.push(content.slice(last));
  return <span className="kd-card-text">{parts}</span>;
}

export function TextElementView({ element }: { element: TextElement }) {
  return element.type === 'kmarkdown'
    ? <KMarkdown source={element.content} mode="card" />
    : <PlainText content={element.content} emoji={element.emoji} />;
}

export function textElementLabel(element: TextElement): string {
  return element.type === 'kmarkdown' ? kmdToPlainText(parseKMarkdown(element.content)) : element.content;
}

export function CardImage({ image, variant }: { image: ImageElement; variant?: 'group' | 'stack' | 'context' | 'accessory' }) {
  const classes = ['kd-card-image', `kd-card-image-${image.size}`, image.circle ? 'kd-card-image-circle' : '', variant ? `kd-card-image-${variant}` : '']
    .filter(Boolean)
    .join(' ');
  return <SafeImage className={classes} src={image.src} alt={image.alt} fallbackUrl={image.fallbackUrl} />;
}

/**
 * §2.5 button: `return-val` reports `value` to the app, `link` opens `value` only if it is http(s),
 * `""` does nothing. Labels are plain text: a button cannot hold links.
 */
export function CardButton({ button }: { button: ButtonElement }) {
  const { openExternal, onButtonClick } = useContentServices();
  const label = textElementLabel(button.text).slice(0, 200);
  const link = button.click === 'link' ? safeHttpUrl(button.value) : null;
  const active = button.click === 'return-val' || link !== null;
  const press = (): void => {
    if (button.click === 'return-val') onButtonClick(button.value);
    else if (link) openExternal(link);
  };
  return (
    <button
      type="button"
      className={`kd-card-button kd-card-button-${button.theme}`}
      disabled={!active}
      title={link ?? undefined}
      onClick={press}
    >
      {label}
    </button>
  );
}

export function Paragraph({ paragraph }: { paragraph: ParagraphElement }) {
  return (
    <div className={`kd-card-paragraph kd-card-cols-${paragraph.cols}`}>
      {paragraph.fields.map((field, index) => (
        <div key={index} className="kd-card-field">
          <TextElementView element={field} />
        </div>
      ))}
    </div>
  );
}
