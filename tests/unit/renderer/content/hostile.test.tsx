// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardMessage, KMarkdown, MessageContent } from '../../../../renderer/features/messages/content';
import { expectInert, proxyImages, renderContent } from './renderContent';

afterEach(cleanup);

const card = (modules: unknown[]): string => JSON.stringify([{ type: 'card', modules }]);
const HOSTILE_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)', '/relative/path', '//evil.example/x'];

describe('hostile content stays inert', () => {
  it('shows <script> and <img onerror> text as text', async () => {
    const source = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:x" onclick="y">z</a>';
    const { container } = await renderContent(
      <>
        <KMarkdown source={source} />
        <MessageContent message={{ type: 1, content: source }} />
        <CardMessage content={card([{ type: 'section', text: { type: 'kmarkdown', content: source } }, { type: 'header', text: source }])} />
      </>,
    );
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expectInert(container);
  });

  it.each(HOSTILE_URLS)('does not turn a KMarkdown link to %s into a link', async (url) => {
    const { container, openExternal } = await renderContent(<KMarkdown source={`[click me](${url.trim()})`} />);
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(screen.getByText('click me'));
    expect(openExternal).not.toHaveBeenCalled();
    expectInert(container);
  });

  it.each(HOSTILE_URLS)('does not open a card link button or file pointing to %s', async (url) => {
    const { container, openExternal } = await renderContent(
      <CardMessage content={card([
        { type: 'action-group', elements: [{ type: 'button', click: 'link', value: url, text: 'Go' }] },
        { type: 'file', src: url, title: 'f' },
        { type: 'invite', code: url },
      ])} />,
      { imageSrc: proxyImages },
    );
    for (const button of screen.getAllByRole('button')) fireEvent.click(button);
    expect(openExternal).not.toHaveBeenCalled();
    expectInert(container);
  });

  it('never renders a remote image src when imageSrc returns null', async () => {
    const remote = 'https://evil.example/track.png';
    const { container } = await renderContent(
      <>
        <CardMessage content={card([
          { type: 'section', text: 'x', accessory: { type: 'image', src: remote, alt: 'avatar' } },
          { type: 'image-group', elements: [{ type: 'image', src: remote }] },
          { type: 'container', elements: [{ type: 'image', src: remote, fallbackUrl: remote }] },
          { type: 'context', elements: [{ type: 'image', src: 'javascript:alert(1)' }] },
          { type: 'audio', src: remote, cover: remote, title: 'a' },
        ])} />
        <KMarkdown source="(emj)e(emj)[1/abc]" />
        <MessageContent message={{ type: 2, content: remote }} />
      </>,
      { imageSrc: () => null },
    );
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(screen.getByRole('img', { name: 'Image not loaded: avatar' }).textContent).toBe('avatar');
    expect(container.innerHTML).not.toContain('src=');
  });

  it('refuses an image mapper result that is script', async () => {
    const { container } = await renderContent(<CardMessage content={card([{ type: 'container', elements: [{ type: 'image', src: 'https://a/x.png' }] }])} />, {
      imageSrc: () => 'javascript:alert(1)',
    });
    expect(container.querySelectorAll('img')).toHaveLength(0);
  });

  it('auto-links only http(s) in plain text', async () => {
    const { container, openExternal } = await renderContent(<MessageContent message={{ type: 1, content: 'see https://kookapp.cn/x. and javascript:alert(1) or data:text/html,x' }} />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    fireEvent.click(links[0] as HTMLElement);
    expect(openExternal).toHaveBeenCalledWith('https://kookapp.cn/x');
    expectInert(container);
  });

  it.each([
    ['not JSON', '[{"type":"card",'],
    ['an object', '{"type":"card","modules":[]}'],
    ['a card without modules', '[{"type":"card"}]'],
    ['a string', '"hello"'],
    ['an empty array', '[]'],
    ['null', 'null'],
  ])('shows a notice with collapsible raw text for broken card JSON: %s', async (_name, raw) => {
    const { container } = await renderContent(<CardMessage content={raw} />);
    expect(screen.getByText('This card could not be displayed')).toBeTruthy();
    expect(container.querySelector('details pre')?.textContent).toBe(raw);
    expectInert(container);
  });

  it('shows the broken-card notice in Chinese', async () => {
    await renderContent(<CardMessage content="{" />, {}, 'zh-CN');
    expect(screen.getByText('此卡片无法显示')).toBeTruthy();
  });

  it('shows at most 5 cards and 50 modules, and says how many were left out', async () => {
    const many = JSON.stringify(Array.from({ length: 7 }, () => ({ type: 'card', modules: Array.from({ length: 12 }, () => ({ type: 'divider' })) })));
    const { container } = await renderContent(<CardMessage content={many} />);
    expect(container.querySelectorAll('section.kd-card')).toHaveLength(5);
    expect(container.querySelectorAll('hr')).toHaveLength(50);
    expect(screen.getByText('2 more cards not shown (a message holds at most 5)')).toBeTruthy();
    expect(screen.getByText('10 more modules not shown (a message holds at most 50)')).toBeTruthy();
  });

  it('renders huge inputs without failing', async () => {
    const huge = `${'**a (spl)b '.repeat(3_000)}\n${'> '.repeat(5_000)}`;
    const { container } = await renderContent(
      <>
        <KMarkdown source={huge} />
        <CardMessage content={card([{ type: 'section', text: { type: 'kmarkdown', content: huge } }, { type: 'header', text: 'x'.repeat(100_000) }])} />
      </>,
    );
    expect(container.querySelector('.kd-card-header')?.textContent).toHaveLength(100);
    expectInert(container);
  });

  it('keeps links inside hidden spoilers inert and reveals spoilers one at a time, inside nested quotes', async () => {
    // Same-tag markers are symmetric, so `(spl)` cannot nest in itself: a spoiler in a quote in a quote.
    const source = `> > (spl)outer ~~[inner](https://kookapp.cn)~~(spl) and (spl)second(spl)\n\n${'>'.repeat(50)} deep`;
    const { container, openExternal } = await renderContent(<KMarkdown source={source} />);
    const hidden = () => screen.queryAllByRole('button', { name: 'Spoiler, press to reveal' });
    expect(container.querySelector('blockquote blockquote')).toBeTruthy();
    expect(hidden()).toHaveLength(2);
    fireEvent.click(container.querySelector('a') as HTMLElement);
    expect(openExternal).not.toHaveBeenCalled();
    expect(hidden()).toHaveLength(1);
    fireEvent.click(screen.getByRole('link', { name: 'inner' }));
    expect(openExternal).toHaveBeenCalledWith('https://kookapp.cn/');
    expect(container.querySelectorAll('blockquote').length).toBeLessThanOrEqual(2 + 6);
    expect(container.textContent).toContain('deep');
  });

  it('ignores event-handler-looking attributes in card JSON', async () => {
    const { container } = await renderContent(
      <CardMessage content={JSON.stringify([{ type: 'card', onclick: 'alert(1)', style: 'x', modules: [{ type: 'divider', onmouseover: 'alert(1)', className: 'x' }, { type: 'section', text: { type: 'plain-text', content: 'x', onerror: 'y' } }] }])} />,
    );
    expectInert(container);
    expect(container.querySelector('.x')).toBeNull();
  });
});
