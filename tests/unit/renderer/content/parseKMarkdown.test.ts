// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { kmdToPlainText, MAX_INLINE_DEPTH, parseKMarkdown, type KmdNode } from '../../../../renderer/features/messages/content';

/** The inline children of a single-paragraph source. */
function inline(src: string): KmdNode[] {
  const [first, ...rest] = parseKMarkdown(src);
  expect(rest).toHaveLength(0);
  expect(first?.type).toBe('paragraph');
  return first && first.type === 'paragraph' ? first.children : [];
}

const text = (t: string): KmdNode => ({ type: 'text', text: t });

describe('parseKMarkdown (KMARKDOWN_CARD.md §1)', () => {
  it('parses **bold**, *italic* and ***bold italic***', () => {
    expect(inline('**b**')).toEqual([{ type: 'strong', children: [text('b')] }]);
    expect(inline('*i*')).toEqual([{ type: 'em', children: [text('i')] }]);
    expect(inline('***bi***')).toEqual([{ type: 'strong', children: [{ type: 'em', children: [text('bi')] }] }]);
  });

  it('keeps bold nested inside italic', () => {
    expect(inline('*a **b** c*')).toEqual([
      { type: 'em', children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')] },
    ]);
  });

  it('parses ~~strikethrough~~, (ins)underline(ins) and (spl)spoiler(spl)', () => {
    expect(inline('~~s~~ (ins)u(ins) (spl)x(spl)')).toEqual([
      { type: 'del', children: [text('s')] }, text(' '),
      { type: 'ins', children: [text('u')] }, text(' '),
      { type: 'spl', children: [text('x')] },
    ]);
  });

  it('parses [label](url) links with formatted labels and keeps the raw href', () => {
    expect(inline('[**go**](https://kookapp.cn/a?b=1)')).toEqual([
      { type: 'a', href: 'https://kookapp.cn/a?b=1', children: [{ type: 'strong', children: [text('go')] }] },
    ]);
  });

  it('parses --- on its own line as a divider', () => {
    expect(parseKMarkdown('a\n---\nb')).toEqual([
      { type: 'paragraph', children: [text('a')] }, { type: 'hr' }, { type: 'paragraph', children: [text('b')] },
    ]);
  });

  it('keeps quote mode across single newlines and ends it at a blank line that is not rendered', () => {
    expect(parseKMarkdown('> line 1\nline 2\n\nafter')).toEqual([
      { type: 'blockquote', children: [{ type: 'paragraph', children: [text('line 1\nline 2')] }] },
      { type: 'paragraph', children: [text('after')] },
    ]);
  });

  it('parses known :shortcodes: and leaves unknown ones literal', () => {
    expect(inline(':smile: :no_such_thing:')).toEqual([
      { type: 'emoji', shortcode: 'smile', unicode: '😄' }, text(' :no_such_thing:'),
    ]);
  });

  it('parses (emj)name(emj)[id] guild emoji', () => {
    expect(inline('(emj)kook(emj)[1591057729615250/E8fy7hpRFU1jk1jk]')).toEqual([
      { type: 'guild-emoji', name: 'kook', id: '1591057729615250/E8fy7hpRFU1jk1jk' },
    ]);
  });

  it('parses channel, user, all, here and role mentions', () => {
    expect(inline('(chn)5823400000000(chn)(met)3891000000(met)(met)all(met)(met)here(met)(rol)42(rol)')).toEqual([
      { type: 'channel', id: '5823400000000' }, { type: 'mention', id: '3891000000' },
      { type: 'mention-all' }, { type: 'mention-here' }, { type: 'role', id: '42' },
    ]);
  });

  it('parses `inline code` without formatting inside', () => {
    expect(inline('`**x**`')).toEqual([{ type: 'code', text: '**x**' }]);
  });

  it('parses fenced code blocks with their language', () => {
    expect(parseKMarkdown('```ts\nconst a = **1**;\n```')).toEqual([{ type: 'codeblock', lang: 'ts', text: 'const a = **1**;' }]);
  });

  it('shows backslash-escaped special characters literally', () => {
    expect(inline('\\*not italic\\* \\(met\\)1\\(met\\) \\:smile\\:')).toEqual([text('*not italic* (met)1(met) :smile:')]);
  });

  it('parses (font)text(font)[theme] and ignores unknown themes', () => {
    expect(inline('(font)hot(font)[danger]')).toEqual([{ type: 'font', theme: 'danger', children: [text('hot')] }]);
    expect(inline('(font)x(font)[evil]')).toEqual([{ type: 'font', theme: null, children: [text('x')] }]);
  });

  it('renders unterminated or malformed tags literally', () => {
    expect(inline('**open (ins)never `tick [x](y z) (met)abc(met) (emj)e(emj)')).toEqual([
      text('**open (ins)never `tick [x](y z) (met)abc(met) (emj)e(emj)'),
    ]);
    expect(parseKMarkdown('```js\nno closing fence')).toEqual([{ type: 'paragraph', children: [text('```js\nno closing fence')] }]);
  });

  it('caps nesting depth and shows the rest as text', () => {
    const deep = '(spl)'.repeat(40) + 'x' + '(spl)'.repeat(40);
    let depth = 0;
    let nodes = inline(deep);
    while (nodes[0]?.type === 'spl') {
      nodes = nodes[0].children;
      depth++;
    }
    expect(depth).toBeLessThanOrEqual(MAX_INLINE_DEPTH);
    expect(kmdToPlainText(inline(deep))).toContain('x');
  });

  beforeAll(() => {
    // Warm the JIT so the timing below measures the algorithm, not compilation.
    for (let i = 0; i < 20; i++) parseKMarkdown('***~~`[(ins):(met)\\*> a\n```x\n'.repeat(500));
  });

  it.each([
    ['bold openers', '**a '.repeat(30_000)],
    ['italic openers', '*a '.repeat(40_000)],
    ['link fragments', '[a]('.repeat(30_000)],
    ['custom tags', '(ins)(spl)(met)'.repeat(8_000)],
    ['nested quotes', '>'.repeat(100_000)],
    ['code fences', '```a\n'.repeat(25_000)],
    ['backslashes', '\\'.repeat(100_000)],
    ['mixed markers', '***~~`[(ins):'.repeat(8_000)],
  ])('parses 100 KB of pathological %s in well under a second', (_name, src) => {
    const started = performance.now();
    parseKMarkdown(src);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never throws on arbitrary input', () => {
    const alphabet = ['*', '~', '`', '[', ']', '(', ')', ':', '>', '\\', '-', '\n', 'a', '(ins)', '(spl)', '(met)', '(font)', '[x]', '```'];
    let seed = 7;
    for (let round = 0; round < 300; round++) {
      let src = '';
      for (let i = 0; i < 60; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        src += alphabet[seed % alphabet.length];
      }
      expect(() => parseKMarkdown(src)).not.toThrow();
    }
  });
});
