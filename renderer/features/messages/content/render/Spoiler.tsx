import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useContentText } from '../useContentText';

/** `(spl)text(spl)`: hidden until clicked (KMARKDOWN_CARD.md §1). Hidden content is inert. */
export function Spoiler({ children }: { children: ReactNode }) {
  const [revealed, setRevealed] = useState(false);
  const t = useContentText();
  if (revealed) {
    return (
      <span className="kd-md-spoiler kd-md-spoiler-revealed" aria-label={t('spoilerShown')}>
        {children}
      </span>
    );
  }
  const reveal = (event: MouseEvent | KeyboardEvent): void => {
    // Captured before any hidden child sees it: a hidden link must not open, an outer spoiler must not toggle.
    event.preventDefault();
    event.stopPropagation();
    setRevealed(true);
  };
  return (
    <span
      className="kd-md-spoiler"
      role="button"
      tabIndex={0}
      aria-label={t('spoilerHidden')}
      aria-expanded={false}
      onClickCapture={reveal}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') reveal(event);
      }}
    >
      <span className="kd-md-spoiler-content" aria-hidden="true" inert>
        {children}
      </span>
    </span>
  );
}
