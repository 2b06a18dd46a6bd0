// Every way message content reaches outside the DOM goes through these services, so the app
// decides (and tests observe) which links open, which images load and how ids are named.
import { createContext, useContext, useMemo, type ReactNode } from 'react';

export interface ResolvedName {
  name: string;
  /** CSS color (`#rrggbb`), e.g. a role color. */
  color?: string;
}

export interface ContentServices {
  /** The only way a link is opened; receives an absolute http(s) URL. */
  openExternal(url: string): void;
  /** Maps a remote image URL to what may be loaded (the image proxy); null → placeholder. */
  imageSrc(url: string): string | null;
  resolveUser(id: string): ResolvedName | undefined;
  resolveRole(id: string): ResolvedName | undefined;
  resolveChannel(id: string): ResolvedName | undefined;
  /** A card button with `click: "return-val"` was pressed (KMARKDOWN_CARD.md §2.5). */
  onButtonClick(value: string): void;
  /** Remote URL of a guild emoji `(emj)name(emj)[id]`; still passed through imageSrc. */
  guildEmojiUrl(id: string): string;
  /** Clock for countdowns. */
  now(): number;
}

/** Safe by default: nothing opens, no image loads, ids show as ids. */
export const inertServices: ContentServices = {
  openExternal: () => undefined,
  imageSrc: () => null,
  resolveUser: () => undefined,
  resolveRole: () => undefined,
  resolveChannel: () => undefined,
  onButtonClick: () => undefined,
  guildEmojiUrl: (id) => `https://img.kookapp.cn/emojis/${id}`,
  now: () => Date.now(),
};

const ContentContext = createContext<ContentServices>(inertServices);

export function ContentProvider({ services, children }: { services: Partial<ContentServices>; children: ReactNode }) {
  const value = useMemo(() => ({ ...inertServices, ...services }), [services]);
  return <ContentContext value={value}>{children}</ContentContext>;
}

export function useContentServices(): ContentServices {
  return useContext(ContentContext);
}
