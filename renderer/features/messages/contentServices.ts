// The services message content may use (content/ContentContext.tsx), wired to the app: links leave
// only as checked http(s) URLs through window.open, which Electron's window-open handler turns into
// the one checked openExternal (main/shell/security.ts) and browser mode opens in a new tab; images
// go through the image proxy; mentions are named from the store.
import type { StoreApi } from 'zustand';
import { colorHex } from '../../components/color';
import { imageSrc } from '../../components/imageSrc';
import type { AllSlices } from '../../store/types';
import { authorName } from './authors';
import { safeHttpUrl, type ContentServices } from './content';

export function openExternalUrl(url: string, open: (url: string, target: string, features: string) => unknown = (u, t, f) => window.open(u, t, f)): boolean {
  const safe = safeHttpUrl(url);
  if (safe === null) return false;
  open(safe, '_blank', 'noopener,noreferrer');
  return true;
}

/** Services that read the store when called, so one stable object serves every render. */
export function appContentServices(store: Pick<StoreApi<AllSlices>, 'getState'>): Partial<ContentServices> {
  return {
    openExternal: (url) => void openExternalUrl(url),
    imageSrc,
    resolveUser(id) {
      const s = store.getState();
      const member = s.memberItems.find((m) => m.id === id) ?? (s.memberDetail?.id === id ? s.memberDetail : undefined);
      if (member !== undefined) return { name: authorName(member) };
      const bot = s.session?.bot;
      return bot?.id === id ? { name: bot.username } : undefined;
    },
    resolveRole(id) {
      const role = store.getState().guildDetail?.roles.find((r) => String(r.role_id) === id);
      if (role === undefined) return undefined;
      return role.color === 0 ? { name: role.name } : { name: role.name, color: colorHex(role.color) };
    },
    resolveChannel(id) {
      const channel = store.getState().guildDetail?.channels.find((c) => c.id === id);
      return channel === undefined ? undefined : { name: channel.name };
    },
  };
}
