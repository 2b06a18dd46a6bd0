// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardMessage } from '../../../../renderer/features/messages/content';
import { expectInert, proxyImages, renderContent } from './renderContent';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const card = (modules: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify([{ type: 'card', theme: 'primary', size: 'lg', modules, ...extra }]);
const img = (src: string, extra: Record<string, unknown> = {}) => ({ type: 'image', src, ...extra });
const btn = (text: unknown, click: string, value: string, theme = 'primary') => ({ type: 'button', theme, click, value, text });

describe('<CardMessage>: cards (KMARKDOWN_CARD.md §2.3)', () => {
  it('applies theme and size, and color overrides the theme border', async () => {
    const { container } = await renderContent(<CardMessage content={card([{ type: 'divider' }], { theme: 'danger', size: 'sm', color: '#123456' })} />);
    const section = container.querySelector('section.kd-card') as HTMLElement;
    expect(section.className).toContain('kd-card-theme-danger');
    expect(section.className).toContain('kd-card-size-sm');
    expect(section.style.borderLeftColor).toMatch(/#123456|rgb\(18, 52, 86\)/);
  });

  it('falls back to the default theme and size for unknown values, and ignores non-hex colors', async () => {
    const { container } = await renderContent(<CardMessage content={card([{ type: 'divider' }], { theme: 'evil', size: 'xl', color: 'red;background:url(x)' })} />);
    const section = container.querySelector('section.kd-card') as HTMLElement;
    expect(section.className).toBe('kd-card kd-card-theme-primary kd-card-size-lg');
    expect(section.getAttribute('style')).toBeNull();
  });
});

describe('<CardMessage>: modules (§2.4)', () => {
  it('renders a header from plain text or a bare string', async () => {
    await renderContent(<CardMessage content={card([{ type: 'header', text: { type: 'plain-text', content: 'Report: spam' } }, { type: 'header', text: 'Bare' }])} />);
    expect(screen.getByRole('heading', { name: 'Report: spam' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Bare' })).toBeTruthy();
  });

  it('renders a section with kmarkdown text and an image accessory on the chosen side', async () => {
    const { container } = await renderContent(
      <CardMessage content={card([{ type: 'section', mode: 'left', text: { type: 'kmarkdown', content: '**hi**' }, accessory: img('https://img.kookapp.cn/a.jpg', { size: 'sm', circle: true, alt: 'avatar' }) }])} />,
      { imageSrc: proxyImages },
    );
    expect(container.querySelector('.kd-card-section-left strong')?.textContent).toBe('hi');
    const image = screen.getByRole('img', { name: 'avatar' });
    expect(image.className).toContain('kd-card-image-circle');
    expect(image.className).toContain('kd-card-image-sm');
  });

  it('puts a section button on the right even when mode is left', async () => {
    const { container } = await renderContent(<CardMessage content={card([{ type: 'section', mode: 'left', text: 'x', accessory: btn('Go', 'return-val', 'go') }])} />);
    expect(container.querySelector('.kd-card-section-right button')?.textContent).toBe('Go');
  });

  it('renders an image-group of up to 9 cropped images', async () => {
    const images = Array.from({ length: 12 }, (_, i) => img(`https://img.kookapp.cn/${i}.png`, { alt: `p${i}` }));
    const { container } = await renderContent(<CardMessage content={card([{ type: 'image-group', elements: images }])} />, { imageSrc: proxyImages });
    expect(container.querySelectorAll('.kd-card-image-group img')).toHaveLength(9);
  });

  it('renders a container of stacked images', async () => {
    const { container } = await renderContent(<CardMessage content={card([{ type: 'container', elements: [img('https://a/1.png'), img('https://a/2.png')] }])} />, { imageSrc: proxyImages });
    expect(container.querySelectorAll('.kd-card-container img.kd-card-image-stack')).toHaveLength(2);
  });

  it('renders an action-group of at most 4 buttons with their themes', async () => {
    const buttons = Array.from({ length: 6 }, (_, i) => btn(`B${i}`, 'return-val', `v${i}`, 'danger'));
    const { container } = await renderContent(<CardMessage content={card([{ type: 'action-group', elements: buttons }])} />);
    const rendered = container.querySelectorAll('.kd-card-action-group button');
    expect(rendered).toHaveLength(4);
    expect(rendered[0]?.className).toContain('kd-card-button-danger');
  });

  it('renders a context of plain text, kmarkdown and images', async () => {
    const { container } = await renderContent(
      <CardMessage content={card([{ type: 'context', elements: [{ type: 'plain-text', content: 'auto-mod' }, { type: 'kmarkdown', content: '~~x~~' }, img('https://a/i.png', { alt: 'icon' })] }])} />,
      { imageSrc: proxyImages },
    );
    const context = container.querySelector('.kd-card-context');
    expect(context?.textContent).toContain('auto-mod');
    expect(context?.querySelector('del')?.textContent).toBe('x');
    expect(screen.getByRole('img', { name: 'icon' })).toBeTruthy();
  });

  it('renders a divider', async () => {
    const { container } = await renderContent(<CardMessage content={card([{ type: 'divider' }])} />);
    expect(container.querySelector('hr.kd-card-divider')).toBeTruthy();
  });

  it.each(['file', 'video'] as const)('renders a %s module that opens its src externally', async (type) => {
    const { openExternal } = await renderContent(<CardMessage content={card([{ type, src: 'https://img.kookapp.cn/f.zip', title: 'logs.zip' }])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open logs.zip' }));
    expect(openExternal).toHaveBeenCalledWith('https://img.kookapp.cn/f.zip');
  });

  it('renders an audio module with its cover through imageSrc', async () => {
    await renderContent(<CardMessage content={card([{ type: 'audio', src: 'https://a/s.mp3', title: 'song', cover: 'https://a/c.png' }])} />, { imageSrc: proxyImages });
    expect(screen.getByRole('img', { name: 'song' }).getAttribute('src')).toBe(proxyImages('https://a/c.png'));
    expect(screen.getByRole('button', { name: 'Open song' })).toBeTruthy();
  });

  it('renders a day countdown that ticks and stops its timer on unmount', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(1_700_000_000_000);
    const end = Date.now() + 2 * 86_400_000 + 3_600_000 + 61_000;
    const { unmount } = await renderContent(<CardMessage content={card([{ type: 'countdown', mode: 'day', endTime: end }])} />);
    expect(screen.getByRole('timer').textContent).toBe('2 d 01:01:01');
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('timer').textContent).toBe('2 d 01:00:59');
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('renders hour and second countdowns, with progress from startTime, and shows the end', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(1_700_000_000_000);
    const now = Date.now();
    await renderContent(
      <CardMessage content={card([
        { type: 'countdown', mode: 'hour', endTime: now + 30 * 3_600_000 + 5_000 },
        { type: 'countdown', mode: 'second', startTime: now - 50_000, endTime: now + 50_000 },
        { type: 'countdown', mode: 'day', endTime: now - 1 },
      ])} />,
    );
    const [hour, second, ended] = screen.getAllByRole('timer');
    expect(hour?.textContent).toBe('30:00:05');
    expect(second?.textContent).toContain('50 s');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    expect(ended?.textContent).toBe('Ended');
    act(() => vi.advanceTimersByTime(60_000));
    expect(second?.textContent).toContain('Ended');
  });

  it('renders an invite that opens kook.top/<code>', async () => {
    const { openExternal } = await renderContent(<CardMessage content={card([{ type: 'invite', code: 'AbC123' }])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open invite AbC123' }));
    expect(openExternal).toHaveBeenCalledWith('https://kook.top/AbC123');
  });

  it('shows a small placeholder for unknown or malformed modules and still renders the rest', async () => {
    await renderContent(<CardMessage content={card([{ type: 'hologram' }, { type: 'header' }, { type: 'divider' }])} />);
    expect(screen.getByText('Unsupported card module: hologram')).toBeTruthy();
    expect(screen.getByText('Unsupported card module: header')).toBeTruthy();
  });
});

describe('<CardMessage>: elements and structure (§2.5, §2.6)', () => {
  it('plain-text converts :shortcodes: unless emoji is false', async () => {
    const { container } = await renderContent(<CardMessage content={card([{ type: 'context', elements: [{ type: 'plain-text', content: 'a :smile:' }, { type: 'plain-text', content: 'b :smile:', emoji: false }] }])} />);
    expect(container.textContent).toContain('a 😄');
    expect(container.textContent).toContain('b :smile:');
  });

  it('plain-text shows markup literally; kmarkdown formats it', async () => {
    const { container } = await renderContent(<CardMessage content={card([{ type: 'section', text: { type: 'plain-text', content: '**raw**' } }, { type: 'section', text: { type: 'kmarkdown', content: '**bold**' } }])} />);
    expect(container.textContent).toContain('**raw**');
    expect(container.querySelector('strong')?.textContent).toBe('bold');
  });

  it('image uses fallbackUrl when src cannot be mapped', async () => {
    const imageSrc = (url: string) => (url.startsWith('https://img.kookapp.cn/') ? proxyImages(url) : null);
    await renderContent(<CardMessage content={card([{ type: 'container', elements: [img('https://elsewhere.example/x.png', { alt: 'pic', fallbackUrl: 'https://img.kookapp.cn/x.png' })] }])} />, { imageSrc });
    expect(screen.getByRole('img', { name: 'pic' }).getAttribute('src')).toBe(proxyImages('https://img.kookapp.cn/x.png'));
  });

  it('button with return-val reports its value', async () => {
    const { onButtonClick } = await renderContent(<CardMessage content={card([{ type: 'action-group', elements: [btn('Ban', 'return-val', 'ban:3891000000', 'danger')] }])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ban' }));
    expect(onButtonClick).toHaveBeenCalledWith('ban:3891000000');
  });

  it('button with link opens its http(s) value; a button without click is inert', async () => {
    const { openExternal, onButtonClick } = await renderContent(
      <CardMessage content={card([{ type: 'action-group', elements: [btn({ type: 'kmarkdown', content: '**Docs**' }, 'link', 'https://developer.kookapp.cn'), btn('Nothing', '', 'x')] }])} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Docs' }));
    expect(openExternal).toHaveBeenCalledWith('https://developer.kookapp.cn/');
    const inert = screen.getByRole('button', { name: 'Nothing' }) as HTMLButtonElement;
    expect(inert.disabled).toBe(true);
    fireEvent.click(inert);
    expect(onButtonClick).not.toHaveBeenCalled();
  });

  it('paragraph lays out fields in cols columns', async () => {
    const { container } = await renderContent(
      <CardMessage content={card([{ type: 'section', text: { type: 'paragraph', cols: 2, fields: [{ type: 'kmarkdown', content: '**Channel**\n(chn)1(chn)' }, 'Joined'] } }])} />,
    );
    const paragraph = container.querySelector('.kd-card-paragraph');
    expect(paragraph?.className).toContain('kd-card-cols-2');
    expect(paragraph?.querySelectorAll('.kd-card-field')).toHaveLength(2);
    expect(screen.getByLabelText('Link to channel 1')).toBeTruthy();
  });

  it('renders the spec moderation example inertly', async () => {
    const example = `[{"type":"card","theme":"warning","size":"lg","modules":[
      {"type":"header","text":{"type":"plain-text","content":"Report: spam"}},
      {"type":"section","text":{"type":"kmarkdown","content":"(met)3891000000(met) posted 12 links in 10 s"},
       "mode":"right","accessory":{"type":"image","src":"https://img.kookapp.cn/avatars/x.jpg","size":"sm","circle":true}},
      {"type":"divider"},
      {"type":"section","text":{"type":"paragraph","cols":2,"fields":[
        {"type":"kmarkdown","content":"**Channel**\\n(chn)5823400000000(chn)"},
        {"type":"kmarkdown","content":"**Joined**\\n2021-02-08"}]}},
      {"type":"action-group","elements":[
        {"type":"button","theme":"danger","value":"ban:3891000000","click":"return-val","text":"Ban"},
        {"type":"button","theme":"secondary","value":"ignore","click":"return-val","text":"Ignore"}]},
      {"type":"context","elements":[{"type":"plain-text","content":"auto-mod"}]}
    ]}]`;
    const { container } = await renderContent(<CardMessage content={example} />, { imageSrc: proxyImages });
    expect(screen.getByRole('heading', { name: 'Report: spam' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ignore' })).toBeTruthy();
    expectInert(container);
  });
});
