// Inline KMarkdown (KMARKDOWN_CARD.md §1): emphasis, links, custom `(tag)…(tag)` forms, code,
// shortcodes and escapes. Anything unterminated or malformed falls back to literal text.
import { ClosingSearch, isEscapable, markEscapes } from './ClosingSearch';
import { emojiForShortcode } from './emoji';
import { NodeBuilder } from './NodeBuilder';
import { isFontTheme, type KmdNode } from './nodes';

/** Deeper nesting is rendered as literal text; keeps rendering recursion bounded. */
export const MAX_INLINE_DEPTH = 12;

const SPECIAL = /[\\*~`[(:]/g;
const SHORTCODE = /:([a-z0-9_+-]{1,40}):/y;
const FONT_ATTR = /\[([a-z]{1,16})\]/y;
const EMOJI_ID = /\[([A-Za-z0-9/_-]{1,128})\]/y;
const NUMERIC_ID = /^\d{1,32}$/;
const CUSTOM_TAGS = ['ins', 'spl', 'font', 'emj', 'chn', 'met', 'rol'] as const;
type CustomTag = (typeof CUSTOM_TAGS)[number];

export function parseInline(src: string, depth = 0): KmdNode[] {
  return new InlineParser(src).parse(0, src.length, depth);
}

class InlineParser {
  private readonly search: ClosingSearch;

  constructor(private readonly src: string) {
    this.search = new ClosingSearch(src, markEscapes(src));
  }

  parse(start: number, end: number, depth: number): KmdNode[] {
    const out = new NodeBuilder();
    if (depth >= MAX_INLINE_DEPTH) {
      out.text(this.src.slice(start, end));
      return out.nodes;
    }
    let i = start;
    while (i < end) {
      SPECIAL.lastIndex = i;
      const match = SPECIAL.exec(this.src);
      const next = match && match.index < end ? match.index : end;
      if (next > i) {
        out.text(this.src.slice(i, next));
        i = next;
        continue;
      }
      const after = this.construct(i, end, depth, out);
      if (after > i) {
        i = after;
      } else {
        out.text(this.src[i] ?? '');
        i++;
      }
    }
    return out.nodes;
  }

  /** Tries the construct starting at `i`; returns the index after it, or -1 to emit `src[i]` literally. */
  private construct(i: number, end: number, depth: number, out: NodeBuilder): number {
    switch (this.src[i]) {
      case '\\':
        if (i + 1 < end && isEscapable(this.src[i + 1])) {
          out.text(this.src[i + 1] ?? '');
          return i + 2;
        }
        return -1;
      case '*':
        return this.stars(i, end, depth, out);
      case '~':
        return this.strike(i, end, depth, out);
      case '`':
        return this.code(i, end, out);
      case '[':
        return this.link(i, end, depth, out);
      case '(':
        return this.customTag(i, end, depth, out);
      case ':':
        return this.shortcode(i, end, out);
      default:
        return -1;
    }
  }

  private stars(i: number, end: number, depth: number, out: NodeBuilder): number {
    let run = 0;
    while (run < 3 && i + run < end && this.src[i + run] === '*') run++;
    const src = this.src;
    if (run === 3) {
      const q = this.search.find('***', '***', i + 3, end);
      if (q > i + 3) {
        out.push({ type: 'strong', children: [{ type: 'em', children: this.parse(i + 3, q, depth + 2) }] });
        return q + 3;
      }
    }
    if (run >= 2) {
      const q = this.search.find('**', '**', i + 2, end);
      if (q > i + 2) {
        out.push({ type: 'strong', children: this.parse(i + 2, q, depth + 1) });
        return q + 2;
      }
      return -1; // one literal `*`; the next position retries as a shorter run
    }
    // A lone `*` closes only on a lone `*`, so `*a **b** c*` keeps its inner bold.
    const q = this.search.find('*', '*', i + 1, end, (at) => src[at - 1] !== '*' && src[at + 1] !== '*');
    if (q > i + 1) {
      out.push({ type: 'em', children: this.parse(i + 1, q, depth + 1) });
      return q + 1;
    }
    return -1;
  }

  private strike(i: number, end: number, depth: number, out: NodeBuilder): number {
    if (this.src[i + 1] !== '~' || i + 1 >= end) return -1;
    const q = this.search.find('~~', '~~', i + 2, end);
    if (q <= i + 2) return -1;
    out.push({ type: 'del', children: this.parse(i + 2, q, depth + 1) });
    return q + 2;
  }

  private code(i: number, end: number, out: NodeBuilder): number {
    let run = 0;
    while (run < 3 && i + run < end && this.src[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    const q = this.search.find(`code${run}`, fence, i + run, end);
    if (q <= i + run) {
      out.text(fence);
      return i + run;
    }
    out.push({ type: 'code', text: this.src.slice(i + run, q) });
    return q + run;
  }

  private link(i: number, end: number, depth: number, out: NodeBuilder): number {
    const close = this.search.find(']', ']', i + 1, end);
    if (close < 0 || this.src[close + 1] !== '(') return -1;
    const paren = this.search.find(')', ')', close + 2, end);
    if (paren < 0) return -1;
    const href = this.src.slice(close + 2, paren);
    if (href === '' || href.length > 2048 || /\s/.test(href)) return -1;
    const label = close > i + 1 ? this.parse(i + 1, close, depth + 1) : [{ type: 'text' as const, text: href }];
    out.push({ type: 'a', href, children: label });
    return paren + 1;
  }

  private customTag(i: number, end: number, depth: number, out: NodeBuilder): number {
    const tag = CUSTOM_TAGS.find((name) => this.src.startsWith(`(${name})`, i));
    if (!tag) return -1;
    const marker = `(${tag})`;
    const from = i + marker.length;
    const q = this.search.find(marker, marker, from, end);
    if (q <= from) return -1;
    const after = q + marker.length;
    if (tag === 'ins' || tag === 'spl') {
      out.push({ type: tag, children: this.parse(from, q, depth + 1) });
      return after;
    }
    if (tag === 'font') return this.font(from, q, after, end, depth, out);
    return this.reference(tag, from, q, after, end, out);
  }

  private font(from: number, q: number, after: number, end: number, depth: number, out: NodeBuilder): number {
    FONT_ATTR.lastIndex = after;
    const attr = FONT_ATTR.exec(this.src);
    const hasAttr = attr !== null && FONT_ATTR.lastIndex <= end;
    const theme = hasAttr && attr[1] && isFontTheme(attr[1]) ? attr[1] : null;
    out.push({ type: 'font', theme, children: this.parse(from, q, depth + 1) });
    return hasAttr ? FONT_ATTR.lastIndex : after;
  }

  /** `(emj)`, `(chn)`, `(met)`, `(rol)`: short values only, otherwise literal text. */
  private reference(tag: Exclude<CustomTag, 'ins' | 'spl' | 'font'>, from: number, q: number, after: number, end: number, out: NodeBuilder): number {
    if (q - from > 64) return -1;
    const value = this.src.slice(from, q);
    if (tag === 'emj') {
      EMOJI_ID.lastIndex = after;
      const id = EMOJI_ID.exec(this.src);
      if (!id?.[1] || EMOJI_ID.lastIndex > end || value.includes('\n')) return -1;
      out.push({ type: 'guild-emoji', name: value, id: id[1] });
      return EMOJI_ID.lastIndex;
    }
    if (tag === 'met' && (value === 'all' || value === 'here')) {
      out.push({ type: value === 'all' ? 'mention-all' : 'mention-here' });
      return after;
    }
    if (!NUMERIC_ID.test(value)) return -1;
    const type = tag === 'chn' ? 'channel' : tag === 'met' ? 'mention' : 'role';
    out.push({ type, id: value });
    return after;
  }

  private shortcode(i: number, end: number, out: NodeBuilder): number {
    SHORTCODE.lastIndex = i;
    const match = SHORTCODE.exec(this.src);
    if (!match?.[1] || SHORTCODE.lastIndex > end) return -1;
    const unicode = emojiForShortcode(match[1]);
    if (!unicode) return -1;
    out.push({ type: 'emoji', shortcode: match[1], unicode });
    return SHORTCODE.lastIndex;
  }
}
