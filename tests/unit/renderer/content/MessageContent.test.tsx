// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageContent } from '../../../../renderer/features/messages/content';
import { expectInert, proxyImages, renderContent } from './renderContent';

afterEach(cleanup);

describe('<MessageContent> dispatches on the message type (EVENTS.md)', () => {
  it('type 1: plain text, markup shown literally', async () => {
    const { container } = await renderContent(<MessageContent message={{ type: 1, content: '**not bold** (met)1(met)' }} />);
    expect(container.querySelector('strong')).toBeNull();
    expect(container.textContent).toBe('**not bold** (met)1(met)');
  });

  it('type 2: image through imageSrc with an open-original button', async () => {
    const url = 'https://img.kookapp.cn/assets/a.png';
    const { openExternal, container } = await renderContent(
      <MessageContent message={{ type: 2, content: url, attachments: { type: 'image', url, name: 'a.png' } }} />,
      { imageSrc: proxyImages },
    );
    expect(screen.getByRole('img', { name: 'a.png' }).getAttribute('src')).toBe(proxyImages(url));
    fireEvent.click(screen.getByRole('button', { name: 'Open original' }));
    expect(openExternal).toHaveBeenCalledWith(url);
    expectInert(container);
  });

  it('type 2: reserves the image box from the attachment size; nonsense sizes are ignored', async () => {
    const url = 'https://img.kookapp.cn/assets/b.png';
    await renderContent(
      <>
        <MessageContent message={{ type: 2, content: url, attachments: { type: 'image', url, name: 'sized.png', width: 640, height: 480 } }} />
        <MessageContent message={{ type: 2, content: url, attachments: { type: 'image', url, name: 'odd.png', width: -3, height: Number.NaN } }} />
      </>,
      { imageSrc: proxyImages },
    );
    const sized = screen.getByRole('img', { name: 'sized.png' });
    expect([sized.getAttribute('width'), sized.getAttribute('height')]).toEqual(['640', '480']);
    const odd = screen.getByRole('img', { name: 'odd.png' });
    expect([odd.getAttribute('width'), odd.getAttribute('height')]).toEqual([null, null]);
  });

  it.each([
    [3, 'video', 'clip.mp4'],
    [4, 'file', 'report.pdf'],
    [8, 'audio', 'voice.ogg'],
  ] as const)('type %i: %s as an attachment card with name and size, nothing autoplays', async (type, kind, name) => {
    const url = `https://img.kookapp.cn/attachments/${name}`;
    const { container, openExternal } = await renderContent(
      <MessageContent message={{ type, content: url, attachments: { type: kind, url, name, size: 1536 } }} />,
    );
    expect(container.textContent).toContain(name);
    expect(container.textContent).toContain('1.5 KB');
    expect(container.querySelectorAll('video, audio')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: `Open ${name}` }));
    expect(openExternal).toHaveBeenCalledWith(url);
  });

  it('type 9: KMarkdown', async () => {
    const { container } = await renderContent(<MessageContent message={{ type: 9, content: '**bold**' }} />);
    expect(container.querySelector('strong')?.textContent).toBe('bold');
  });

  it('type 10: card', async () => {
    await renderContent(<MessageContent message={{ type: 10, content: '[{"type":"card","modules":[{"type":"header","text":"Hi"}]}]' }} />);
    expect(screen.getByRole('heading', { name: 'Hi' })).toBeTruthy();
  });

  it('type 12: an item use line, from an object or a JSON string', async () => {
    const resolveUser = (id: string) => (id === '1' ? { name: 'alice' } : undefined);
    const { container } = await renderContent(
      <>
        <MessageContent message={{ type: 12, content: { type: 'item', data: { user_id: '1', target_id: '2', item_id: 7 } } }} />
        <MessageContent message={{ type: 12, content: '{"type":"item","data":{"user_id":"2","target_id":"1","item_id":8}}' }} />
      </>,
      { resolveUser },
    );
    expect(container.textContent).toContain('alice used item #7 on 2');
    expect(container.textContent).toContain('2 used item #8 on alice');
  });

  it('other types: "Unsupported message type N"', async () => {
    await renderContent(<MessageContent message={{ type: 255, content: '[系统消息]' }} />);
    expect(screen.getByText('Unsupported message type 255')).toBeTruthy();
  });

  it('non-string content for a text type is a notice, not a crash', async () => {
    await renderContent(<MessageContent message={{ type: 9, content: { evil: true } }} />);
    expect(screen.getByText('This message could not be displayed')).toBeTruthy();
  });

  it('names mentions from the message itself (mention_info) when the app does not know them; the app’s names win', async () => {
    const mention_info = {
      mention_part: [{ id: '1166000177', username: 'atlas233', full_name: 'atlas233#1234', avatar: '' }, { id: '42', username: 'account-name', full_name: 'account-name#1', avatar: '' }],
      mention_role_part: [{ role_id: 7, name: 'Mods', color: 0xff0000, position: 1, hoist: 0 as const, mentionable: 1 as const, permissions: 0 }],
      channel_part: [{ id: '900', guild_id: '1', name: 'trading' }],
    };
    const { container } = await renderContent(
      <MessageContent message={{ type: 9, content: '(met)1166000177(met) (met)42(met) (met)5(met) (rol)7(rol) (chn)900(chn)', mention_info }} />,
      { resolveUser: (id) => (id === '42' ? { name: 'Nick in this server' } : undefined) },
    );
    const mentions = [...container.querySelectorAll('.kd-md-mention')].map((m) => m.textContent);
    expect(mentions).toEqual(['@atlas233', '@Nick in this server', '@5', '@Mods', '#trading']);
    expect(container.querySelector('[data-role-id="7"]')?.getAttribute('style')).toContain('color');
  });
});
