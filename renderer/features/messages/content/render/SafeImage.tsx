import { useState } from 'react';
import { useHeldSrc } from '../../../../components/useHeldSrc';
import { useContentServices } from '../ContentContext';
import { isRenderableImageSrc } from '../safety/urls';
import { useContentText } from '../useContentText';

export interface SafeImageProps {
  src: string;
  alt: string;
  /** Tried through imageSrc when `src` maps to nothing or fails (card image `fallbackUrl`, §2.5). */
  fallbackUrl?: string;
  className?: string;
  /**
   * The image's size when the message says it (KOOK attachments carry width/height): the box
   * is reserved before the picture loads, so rows do not grow and push the view around.
   */
  width?: number;
  height?: number;
}

const dimension = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) && n > 0 && n <= 100_000 ? Math.round(n) : undefined);

/** Every image goes through `imageSrc`; unmapped or failing images become a labelled box. */
export function SafeImage({ src, alt, fallbackUrl, className, width, height }: SafeImageProps) {
  const { imageSrc } = useContentServices();
  const t = useContentText();
  const [failed, setFailed] = useState<readonly string[]>([]);
  const candidates = [src, fallbackUrl]
    .filter((url): url is string => typeof url === 'string' && url !== '')
    .map((url) => imageSrc(url))
    .filter((mapped): mapped is string => typeof mapped === 'string' && isRenderableImageSrc(mapped))
    .filter((mapped) => !failed.includes(mapped));
  const mapped = candidates[0];
  const shown = useHeldSrc(mapped);
  const label = alt || t('image');
  if (!mapped) {
    return (
      <span className={`kd-card-image-placeholder ${className ?? ''}`} role="img" aria-label={t('imageUnavailable', { alt: label })}>
        {label}
      </span>
    );
  }
  return (
    <img
      className={className}
      src={shown}
      width={dimension(width)}
      height={dimension(height)}
      // Without a src (held for a moment, store/paintFirst.ts) Chromium would draw the alt text in the box.
      alt={shown === undefined ? '' : label}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      draggable={false}
      onError={() => setFailed((list) => [...list, mapped])}
    />
  );
}
