// The KMarkdown syntax tree (KMARKDOWN_CARD.md §1). Node names follow the official parser's
// tag names where it has one (strong, em, del, a, hr, blockquote, ins, spl, code, codeblock).

/** `(font)text(font)[theme]` themes (§1, cards only). */
export const FONT_THEMES = [
  'primary', 'success', 'danger', 'warning', 'info', 'secondary', 'body', 'tips', 'pink', 'purple',
] as const;
export type FontTheme = (typeof FONT_THEMES)[number];

export type KmdContainerType = 'paragraph' | 'blockquote' | 'strong' | 'em' | 'del' | 'ins' | 'spl';

export type KmdNode =
  | { type: 'text'; text: string }
  | { type: KmdContainerType; children: KmdNode[] }
  /** `href` is the raw URL as written; the renderer decides whether it may become a link. */
  | { type: 'a'; href: string; children: KmdNode[] }
  | { type: 'font'; theme: FontTheme | null; children: KmdNode[] }
  | { type: 'hr' }
  | { type: 'code'; text: string }
  | { type: 'codeblock'; lang: string; text: string }
  | { type: 'emoji'; shortcode: string; unicode: string }
  | { type: 'guild-emoji'; name: string; id: string }
  | { type: 'channel'; id: string }
  | { type: 'mention'; id: string }
  | { type: 'mention-all' }
  | { type: 'mention-here' }
  | { type: 'role'; id: string };

export function isFontTheme(value: string): value is FontTheme {
  return (FONT_THEMES as readonly string[]).includes(value);
}
