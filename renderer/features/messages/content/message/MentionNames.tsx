// Names that come with the message (REST `mention_info`, the gateway's `extra.kmarkdown`, EVENTS.md):
// KOOK says who `(met)id(met)` is, which role `(rol)id(rol)` and which channel `(chn)id(chn)`, so
// a mention of someone outside the loaded member page still shows a name, not a number. The
// app's own lookups (the store) answer for ids the message does not name.
import { useMemo, type ReactNode } from 'react';
import type { MentionInfo } from '../../../../../shared/kook/objects';
import { colorHex } from '../../../../components/color';
import { ContentProvider, useContentServices, type ContentServices, type ResolvedName } from '../ContentContext';

export type MessageMentions = Partial<Pick<MentionInfo, 'mention_part' | 'mention_role_part' | 'channel_part'>>;

/** Whether a message names anything (most do not: they render without another context layer). */
export function namesSomething(mentions: MessageMentions | null | undefined): mentions is MessageMentions {
  return !!mentions && ((mentions.mention_part?.length ?? 0) > 0 || (mentions.mention_role_part?.length ?? 0) > 0 || (mentions.channel_part?.length ?? 0) > 0);
}

/** The app's answer first (it knows nicknames in this server and current names), then the message's. */
function orFromMessage(app: (id: string) => ResolvedName | undefined, named: ReadonlyMap<string, ResolvedName>): (id: string) => ResolvedName | undefined {
  return (id) => app(id) ?? named.get(id);
}

export function withMentionNames(services: ContentServices, mentions: MessageMentions): ContentServices {
  const users = new Map<string, ResolvedName>();
  for (const u of mentions.mention_part ?? []) if (u.username) users.set(u.id, { name: u.username });
  const roles = new Map<string, ResolvedName>();
  for (const r of mentions.mention_role_part ?? []) if (r.name) roles.set(String(r.role_id), r.color ? { name: r.name, color: colorHex(r.color) } : { name: r.name });
  const channels = new Map<string, ResolvedName>();
  for (const c of mentions.channel_part ?? []) if (c.name) channels.set(c.id, { name: c.name });
  return {
    ...services,
    resolveUser: orFromMessage(services.resolveUser, users),
    resolveRole: orFromMessage(services.resolveRole, roles),
    resolveChannel: orFromMessage(services.resolveChannel, channels),
  };
}

export function MentionNames({ mentions, children }: { mentions: MessageMentions; children: ReactNode }) {
  const parent = useContentServices();
  const services = useMemo(() => withMentionNames(parent, mentions), [parent, mentions]);
  return <ContentProvider services={services}>{children}</ContentProvider>;
}
