// Mentions and plain text from KMarkdown (KMARKDOWN_CARD.md §1): (met)id(met), (rol)id(rol),
// (chn)id(chn); raw_content is the text without markup.

export interface Mentions {
  users: string[];
  roles: number[];
  channels: string[];
  all: boolean;
  here: boolean;
}

const MET = /\(met\)([^()\s]+)\(met\)/g;
const ROL = /\(rol\)(\d+)\(rol\)/g;
const CHN = /\(chn\)(\d+)\(chn\)/g;

export function parseMentions(content: string): Mentions {
  const out: Mentions = { users: [], roles: [], channels: [], all: false, here: false };
  if (!content.includes('(')) return out;
  for (const m of content.matchAll(MET)) {
    const id = m[1] ?? '';
    if (id === 'all') out.all = true;
    else if (id === 'here') out.here = true;
    else if (!out.users.includes(id)) out.users.push(id);
  }
  for (const m of content.matchAll(ROL)) {
    const id = Number(m[1]);
    if (!out.roles.includes(id)) out.roles.push(id);
  }
  for (const m of content.matchAll(CHN)) {
    const id = m[1] ?? '';
    if (!out.channels.includes(id)) out.channels.push(id);
  }
  return out;
}

/** Text without markup; mentions become @name / #name. */
export function rawContent(content: string, names: { user(id: string): string; role(id: number): string; channel(id: string): string }): string {
  return content
    .replace(MET, (_, id: string) => (id === 'all' ? '@全体成员' : id === 'here' ? '@在线成员' : `@${names.user(id)}`))
    .replace(ROL, (_, id: string) => `@${names.role(Number(id))}`)
    .replace(CHN, (_, id: string) => `#${names.channel(id)}`)
    .replace(/\((ins|spl|font)\)/g, '')
    .replace(/\[([^\]]*)\]\((https?:[^)]*)\)/g, '$1')
    .replace(/```[a-z]*\n?/g, '')
    .replace(/\*\*\*|\*\*|\*|~~|`/g, '')
    .replace(/^> /gm, '');
}
