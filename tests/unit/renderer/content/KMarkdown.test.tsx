// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { KMarkdown } from '../../../../renderer/features/messages/content';
import { expectInert, proxyImages, renderContent } from './renderContent';

afterEach(cleanup);

describe('<KMarkdown> renders every construct of KMARKDOWN_CARD.md §1', () => {
  it('renders bold, italic and bold italic', async () => {
    const { container } = await renderContent(<KMarkdown source="**b** *i* ***bi***" />);
    expect(container.querySelector('strong')?.textContent).toBe('b');
    expect(container.querySelector('em')?.textContent).toBe('i');
    expect(container.querySelector('strong > em')?.textContent).toBe('bi');
  });

  it('renders strikethrough as <del>', async () => {
    const { container } = await renderContent(<KMarkdown source="~~spam~~" />);
    expect(container.querySelector('del')?.textContent).toBe('spam');
  });

  it('renders an http(s) link that opens through openExternal and does not navigate', async () => {
    const { openExternal } = await renderContent(<KMarkdown source="[KOOK](https://kookapp.cn/x)" />);
    const link = screen.getByRole('link', { name: 'KOOK' });
    expect(link.getAttribute('href')).toBe('https://kookapp.cn/x');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://kookapp.cn/x');
  });

  it('renders --- as a divider', async () => {
    const { container } = await renderContent(<KMarkdown source={'a\n---\nb'} />);
    expect(container.querySelectorAll('hr')).toHaveLength(1);
  });

  it('renders a quote that ends at the blank line, without rendering that blank line', async () => {
    const { container } = await renderContent(<KMarkdown source={'> one\ntwo\n\nafter'} />);
    const quote = container.querySelector('blockquote');
    expect(quote?.textContent).toBe('one\ntwo');
    expect(container.querySelector('.kd-md')?.lastElementChild?.textContent).toBe('after');
  });

  it('renders (ins) as underline', async () => {
    const { container } = await renderContent(<KMarkdown source="(ins)under(ins)" />);
    expect(container.querySelector('ins')?.textContent).toBe('under');
  });

  it('hides a spoiler until it is clicked', async () => {
    await renderContent(<KMarkdown source="see (spl)secret(spl)" />);
    const spoiler = screen.getByRole('button', { name: 'Spoiler, press to reveal' });
    expect(spoiler.querySelector('[aria-hidden="true"]')?.textContent).toBe('secret');
    fireEvent.click(spoiler);
    expect(screen.queryByRole('button', { name: 'Spoiler, press to reveal' })).toBeNull();
    expect(screen.getByLabelText('Spoiler').textContent).toBe('secret');
  });

  it('renders :shortcode: emoji and leaves unknown shortcodes literal', async () => {
    const { container } = await renderContent(<KMarkdown source=":thumbsup: :unknown_code:" />);
    expect(screen.getByRole('img', { name: ':thumbsup:' }).textContent).toBe('👍');
    expect(container.textContent).toContain(':unknown_code:');
  });

  it('renders guild emoji through imageSrc', async () => {
    await renderContent(<KMarkdown source="(emj)kook(emj)[1591057729615250/E8fy7hpRFU1jk1jk]" />, { imageSrc: proxyImages });
    const img = screen.getByRole('img', { name: ':kook:' });
    expect(img.getAttribute('src')).toBe(proxyImages('https://img.kookapp.cn/emojis/1591057729615250/E8fy7hpRFU1jk1jk'));
  });

  it('renders channel mentions with the resolved name or the id', async () => {
    await renderContent(<KMarkdown source="(chn)1(chn) (chn)2(chn)" />, { resolveChannel: (id) => (id === '1' ? { name: 'general' } : undefined) });
    expect(screen.getByLabelText('Link to channel general').textContent).toBe('#general');
    expect(screen.getByLabelText('Link to channel 2').textContent).toBe('#2');
  });

  it('renders user mentions with accessible names, and @all / @here', async () => {
    await renderContent(<KMarkdown source="(met)3891000000(met) (met)all(met) (met)here(met)" />, {
      resolveUser: (id) => (id === '3891000000' ? { name: 'alice' } : undefined),
    });
    expect(screen.getByLabelText('Mention of alice').textContent).toBe('@alice');
    expect(screen.getByLabelText('Mention of everyone').textContent).toBe('@all');
    expect(screen.getByLabelText('Mention of online members').textContent).toBe('@here');
  });

  it('renders role mentions in the role color', async () => {
    await renderContent(<KMarkdown source="(rol)7(rol)" />, { resolveRole: () => ({ name: 'Mods', color: '#ff0000' }) });
    const role = screen.getByLabelText('Mention of role Mods');
    expect(role.textContent).toBe('@Mods');
    expect(role.style.color).toMatch(/#ff0000|rgb\(255, 0, 0\)/);
  });

  it('renders inline code', async () => {
    const { container } = await renderContent(<KMarkdown source="run `npm test`" />);
    expect(container.querySelector('code')?.textContent).toBe('npm test');
  });

  it('renders fenced code blocks with their language', async () => {
    const { container } = await renderContent(<KMarkdown source={'```js\nalert(1)\n```'} />);
    const block = screen.getByLabelText('Code block js');
    expect(block.tagName).toBe('PRE');
    expect(container.querySelector('pre code')?.textContent).toBe('alert(1)');
  });

  it('renders backslash escapes literally', async () => {
    const { container } = await renderContent(<KMarkdown source={'\\*\\*not bold\\*\\*'} />);
    expect(container.querySelector('strong')).toBeNull();
    expect(container.textContent).toBe('**not bold**');
  });

  it('colors (font) text only in cards', async () => {
    const message = await renderContent(<KMarkdown source="(font)hot(font)[danger]" mode="message" />);
    expect(message.container.querySelector('.kd-md-font-danger')).toBeNull();
    expect(message.container.textContent).toBe('hot');
    cleanup();
    const card = await renderContent(<KMarkdown source="(font)hot(font)[danger]" mode="card" />);
    expect(card.container.querySelector('.kd-md-font-danger')?.textContent).toBe('hot');
  });

  it('renders the spec example inertly', async () => {
    const source = '**KOOK** bot notice\n(met)3891000000(met) you were muted for ~~spam~~ (spl)details(spl)\n> quoted line 1\nquoted line 2\n\n[https://kookapp.cn](https://kookapp.cn)';
    const { container } = await renderContent(<KMarkdown source={source} />, { imageSrc: proxyImages });
    expect(container.querySelector('blockquote')?.textContent).toBe('quoted line 1\nquoted line 2');
    expect(screen.getByRole('link', { name: 'https://kookapp.cn' })).toBeTruthy();
    expectInert(container);
  });

  it('renders in Chinese', async () => {
    await renderContent(<KMarkdown source="(met)all(met)" />, {}, 'zh-CN');
    expect(screen.getByLabelText('提及全体成员').textContent).toBe('@全体成员');
  });
});
