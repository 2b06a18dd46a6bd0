import { describe, expect, it, vi } from 'vitest';
import { buildPreloadApi, buildClient } from '../../../../shared/ipc';
import { imageSrcFor } from '../../../../renderer/components/imageSrc';
import { messageLink, parseJumpTarget } from '../../../../renderer/features/channels/parseJumpTarget';
import { preloadInvoke } from '../../../../renderer/transport/electronTransport';

const MSG = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';

describe('jump target parser', () => {
  it('accepts a bare message id', () => {
    expect(parseJumpTarget(`  ${MSG} `)).toEqual({ msgId: MSG });
  });

  it('accepts the KOOK message link Kookdesk copies', () => {
    expect(parseJumpTarget(messageLink('1001', '2002', MSG))).toEqual({ guildId: '1001', channelId: '2002', msgId: MSG });
  });

  it.each([
    'hello',
    `https://evil.example/app/channels/1/2/${MSG}`,
    `javascript:alert(1)//www.kookapp.cn/app/channels/1/2/${MSG}`,
    `https://www.kookapp.cn/app/channels/abc/2/${MSG}`,
    'https://www.kookapp.cn/app/channels/1/2/',
    `https://www.kookapp.cn/app/channels/1/2/${MSG}/extra`,
  ])('rejects %s', (input) => {
    expect(parseJumpTarget(input)).toBeNull();
  });
});

describe('image source', () => {
  it('maps remote images to the proxy of each transport and refuses other schemes', () => {
    expect(imageSrcFor('browser', 'https://img.kookapp.cn/a b.png')).toBe('/img?u=https%3A%2F%2Fimg.kookapp.cn%2Fa%2520b.png');
    expect(imageSrcFor('electron', 'https://img.kookapp.cn/a.png')).toBe('kook-img://image/?u=https%3A%2F%2Fimg.kookapp.cn%2Fa.png');
    expect(imageSrcFor('browser', 'javascript:alert(1)')).toBeNull();
    expect(imageSrcFor('browser', 'data:image/png;base64,AAAA')).toBeNull();
    expect(imageSrcFor('browser', 'not a url')).toBeNull();
  });
});

describe('electron transport', () => {
  it('maps each derived channel back onto window.kook', async () => {
    const invoke = vi.fn(async (_channel: string, _args: unknown) => ({ ok: true, value: { seq: 7 } }));
    const kook = buildPreloadApi(invoke, () => () => undefined);
    const api = buildClient(preloadInvoke(kook));
    await expect(api.events.subscribe({})).resolves.toEqual({ seq: 7 });
    expect(invoke).toHaveBeenCalledWith('events:subscribe', {});
    await expect(preloadInvoke(kook)('nope:missing', {})).rejects.toMatchObject({ code: 'unknown-method' });
  });
});
