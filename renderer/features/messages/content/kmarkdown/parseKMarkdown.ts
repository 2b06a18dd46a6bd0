// Block-level KMarkdown (KMARKDOWN_CARD.md §1): `---` dividers, `>` quotes, fenced code blocks;
// everything else is a paragraph of inline content (tags may span its lines).
import { parseInline } from './parseInline';
import type { KmdNode } from './nodes';

/** Quotes nested deeper than this are shown with their `>` characters as text. */
export const MAX_QUOTE_DEPTH = 6;
/** Longer sources are cut; KOOK caps message bodies far below this. */
export const MAX_SOURCE_LENGTH = 200_000;

const DIVIDER = /^-{3,}[ \t]*$/;
const FENCE_OPEN = /^```([\w+#.-]{0,32})[ \t]*$/;

export function parseKMarkdown(src: string): KmdNode[] {
  const text = typeof src === 'string' ? src : '';
  const bounded = text.length > MAX_SOURCE_LENGTH ? `${text.slice(0, MAX_SOURCE_LENGTH)}…` : text;
  return parseBlocks(bounded.replace(/\r\n?/g, '\n'), 0);
}

function parseBlocks(src: string, depth: number): KmdNode[] {
  const lines = src.split('\n');
  const nextFenceClose = indexFenceClosers(lines);
  const out: KmdNode[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    out.push({ type: 'paragraph', children: parseInline(paragraph.join('\n'), depth) });
    paragraph = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('>') && depth < MAX_QUOTE_DEPTH) {
      flush();
      // §1: quote mode lasts across single newlines until a blank line, which is not rendered.
      const body = [stripQuoteMarker(line)];
      while (i + 1 < lines.length && lines[i + 1] !== '') body.push(stripQuoteMarker(lines[++i] ?? ''));
      if (i + 1 < lines.length) i++;
      out.push({ type: 'blockquote', children: parseBlocks(body.join('\n'), depth + 1) });
      continue;
    }
    if (DIVIDER.test(line)) {
      flush();
      out.push({ type: 'hr' });
      continue;
    }
    const fence = FENCE_OPEN.exec(line);
    const close = fence ? (nextFenceClose[i + 1] ?? -1) : -1;
    if (fence && close > i) {
      flush();
      out.push({ type: 'codeblock', lang: fence[1] ?? '', text: lines.slice(i + 1, close).join('\n') });
      i = close;
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return out;
}

/** Continuation lines may repeat the marker (`> a\n> b`), as Markdown writers expect. */
function stripQuoteMarker(line: string): string {
  if (!line.startsWith('>')) return line;
  return line.startsWith('> ') ? line.slice(2) : line.slice(1);
}

/** nextClose[i] = first line index ≥ i that closes a fence, or -1; one pass keeps openers linear. */
function indexFenceClosers(lines: readonly string[]): Int32Array {
  const next = new Int32Array(lines.length + 1).fill(-1);
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = (lines[i] ?? '').trimEnd() === '```' ? i : (next[i + 1] ?? -1);
  }
  return next;
}
