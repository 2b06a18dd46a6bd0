// Only http(s) addresses ever become links or leave the app (KMARKDOWN_CARD.md §1 `a`;
// issue 4: "only http(s) links, opened through the checked function").

/** The URL rebuilt by the URL parser if it is absolute http(s), else null (javascript:, data:, relative…). */
export function safeHttpUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 4096) return null;
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.hostname === '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** A value returned by the app's image mapper must never be script; anything else is the app's call. */
export function isRenderableImageSrc(src: string): boolean {
  return !/^\s*(javascript|vbscript):/i.test(src) && !/^\s*data:(?!image\/(png|jpeg|gif|webp);)/i.test(src);
}

export type TextOrLink = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const BARE_URL = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}>。，；：！？）】]+$/;

/** Splits plain text into text and http(s) links (type-1 messages auto-detect only these). */
export function splitLinks(text: string): TextOrLink[] {
  const parts: TextOrLink[] = [];
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const candidate = match[0].replace(TRAILING_PUNCTUATION, '');
    const href = safeHttpUrl(candidate);
    if (!href) continue;
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'link', text: candidate, href });
    last = match.index + candidate.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
