// Types 2/3/4/8 (EVENTS.md): media as an attachment card. Images load only through imageSrc;
// video, audio and files open externally on request, nothing plays by itself.
import type { Attachment } from '../../../../../shared/kook/objects';
import { useContentServices } from '../ContentContext';
import { SafeImage } from '../render/SafeImage';
import { safeHttpUrl } from '../safety/urls';
import { useContentText } from '../useContentText';

export type AttachmentKind = Attachment['type'];

export function formatSize(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

const ICONS: Record<AttachmentKind, string> = { image: '🖼', video: '🎬', file: '📄', audio: '🎵' };

export function AttachmentCard({ kind, url, name, size, width, height }: { kind: AttachmentKind; url: string; name?: string; size?: number; width?: number; height?: number }) {
  const t = useContentText();
  const { openExternal } = useContentServices();
  const href = safeHttpUrl(url);
  const title = name || t(kind === 'image' ? 'image' : kind);
  const sizeText = formatSize(size);
  return (
    <div className={`kd-card-attachment kd-card-attachment-${kind}`}>
      {kind === 'image'
        ? <SafeImage className="kd-card-attachment-img" src={url} alt={title} width={width} height={height} />
        : <span className="kd-card-media-icon" aria-hidden="true">{ICONS[kind]}</span>}
      <div className="kd-card-media-body">
        <span className="kd-card-media-title" title={title}>{title}</span>
        {sizeText && <span className="kd-card-media-kind">{sizeText}</span>}
      </div>
      <button
        type="button"
        className="kd-card-button kd-card-button-secondary"
        disabled={!href}
        aria-label={kind === 'image' ? t('openOriginal') : t('open', { name: title })}
        title={href ?? undefined}
        onClick={() => href && openExternal(href)}
      >
        ↗
      </button>
    </div>
  );
}
