// @vitest-environment happy-dom
// Pictures mounted while a jump paints first (store/paintFirst.ts) get their src two frames later.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Avatar } from '../../../../renderer/components/Avatar';
import { MessageContent } from '../../../../renderer/features/messages/content';
import { paintFirst } from '../../../../renderer/store/paintFirst';
import { proxyImages, renderContent } from './renderContent';

let frames: FrameRequestCallback[] = [];
const nextFrame = () =>
  act(() => {
    const due = frames;
    frames = [];
    for (const cb of due) cb(0);
  });

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => {
  nextFrame();
  nextFrame();
  cleanup();
  vi.unstubAllGlobals();
});

describe('pictures during a jump', () => {
  it('an attachment image mounted in a hold has no src (nor alt text drawn) until two frames passed', async () => {
    const url = 'https://img.kookapp.cn/assets/held.png';
    paintFirst();
    await renderContent(<MessageContent message={{ type: 2, content: url, attachments: { type: 'image', url, name: 'held.png' } }} />, { imageSrc: proxyImages });
    const img = document.querySelector('img')!;
    expect(img.getAttribute('src')).toBeNull();
    expect(img.getAttribute('alt')).toBe('');
    nextFrame();
    expect(img.getAttribute('src')).toBeNull();
    nextFrame();
    expect(screen.getByRole('img', { name: 'held.png' }).getAttribute('src')).toBe(proxyImages(url));
  });

  it('an avatar mounted in a hold waits too; one mounted outside a hold loads at once', () => {
    paintFirst();
    const { container, rerender } = render(<Avatar url="https://img.kookapp.cn/avatars/a.png" name="a" />);
    expect(container.querySelector('img')!.getAttribute('src')).toBeNull();
    nextFrame();
    nextFrame();
    expect(container.querySelector('img')!.getAttribute('src')).toContain('avatars%2Fa.png');
    rerender(<Avatar url="https://img.kookapp.cn/avatars/b.png" name="b" />);
    expect(container.querySelector('img')!.getAttribute('src')).toContain('avatars%2Fb.png');
    const later = render(<Avatar url="https://img.kookapp.cn/avatars/c.png" name="c" />);
    expect(later.container.querySelector('img')!.getAttribute('src')).toContain('avatars%2Fc.png');
  });
});
