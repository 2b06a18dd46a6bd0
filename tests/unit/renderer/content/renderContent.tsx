// Renders message content inside i18n and a ContentProvider whose services are spies.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, vi, type Mock } from 'vitest';
import { createI18n, type Language } from '../../../../renderer/i18n';
import { ContentProvider, type ContentServices } from '../../../../renderer/features/messages/content';

export interface Rendered extends RenderResult {
  openExternal: Mock<(url: string) => void>;
  onButtonClick: Mock<(value: string) => void>;
}

/** imageSrc that maps remote images to a fake proxy scheme, as the app does. */
export const proxyImages = (url: string): string => `kdimg://proxy/${encodeURIComponent(url)}`;

export async function renderContent(ui: ReactNode, services: Partial<ContentServices> = {}, language: Language = 'en'): Promise<Rendered> {
  const i18n = await createI18n(language);
  const openExternal = vi.fn<(url: string) => void>();
  const onButtonClick = vi.fn<(value: string) => void>();
  const all: Partial<ContentServices> = { openExternal, onButtonClick, ...services };
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ContentProvider services={all}>{ui}</ContentProvider>
    </I18nextProvider>,
  );
  return { ...result, openExternal, onButtonClick };
}

/** Hostile content must stay inert: no scripts, no event-handler attributes, no non-http(s) hrefs, no remote src. */
export function expectInert(container: HTMLElement): void {
  expect(container.querySelectorAll('script, iframe, object, embed, video, audio, style')).toHaveLength(0);
  for (const element of Array.from(container.querySelectorAll('*'))) {
    for (const attr of Array.from(element.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${element.tagName} has ${attr.name}`).toBe(false);
    }
  }
  for (const link of Array.from(container.querySelectorAll('[href]'))) {
    expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  }
  for (const img of Array.from(container.querySelectorAll('[src]'))) {
    expect(img.getAttribute('src')).toMatch(/^kdimg:\/\/proxy\//);
  }
}
