// file / audio / video / invite modules (KMARKDOWN_CARD.md §2.4). Media never plays inline:
// the app's CSP loads images only through its proxy, so media opens externally on request.
import { useContentServices } from '../ContentContext';
import { safeHttpUrl } from '../safety/urls';
import { SafeImage } from '../render/SafeImage';
import { useContentText } from '../useContentText';
import type { ModuleOf } from './schema';

export function MediaModule({ module }: { module: ModuleOf<'file' | 'audio' | 'video'> }) {
  const t = useContentText();
  const { openExternal } = useContentServices();
  const href = safeHttpUrl(module.src);
  const title = module.title || t('untitled');
  const icon = module.type === 'file' ? '📄' : module.type === 'audio' ? '🎵' : '🎬';
  return (
    <div className={`kd-card-media kd-card-${module.type}`}>
      {module.type === 'audio' && module.cover
        ? <SafeImage className="kd-card-media-cover" src={module.cover} alt={title} />
        : <span className="kd-card-media-icon" aria-hidden="true">{icon}</span>}
      <div className="kd-card-media-body">
        <span className="kd-card-media-title" title={title}>{title}</span>
        <span className="kd-card-media-kind">{t(module.type)}</span>
      </div>
      <button
        type="button"
        className="kd-card-button kd-card-button-secondary"
        disabled={!href}
        aria-label={t('open', { name: title })}
        title={href ?? undefined}
        onClick={() => href && openExternal(href)}
      >
        ↗
      </button>
    </div>
  );
}

/** An invite code becomes kook.top/<code>; an invite URL is used as is if it is http(s). */
export function inviteUrl(code: string): string | null {
  const trimmed = code.trim();
  if (/^[A-Za-z0-9]{1,32}$/.test(trimmed)) return `https://kook.top/${trimmed}`;
  return safeHttpUrl(trimmed);
}

export function InviteModule({ module }: { module: ModuleOf<'invite'> }) {
  const t = useContentText();
  const { openExternal } = useContentServices();
  const href = inviteUrl(module.code);
  const code = module.code.slice(0, 200);
  return (
    <div className="kd-card-invite">
      <div className="kd-card-media-body">
        <span className="kd-card-media-kind">{t('invite')}</span>
        <span className="kd-card-media-title">{code}</span>
      </div>
      <button
        type="button"
        className="kd-card-button kd-card-button-primary"
        disabled={!href}
        aria-label={t('openInvite', { code })}
        onClick={() => href && openExternal(href)}
      >
        ↗
      </button>
    </div>
  );
}
