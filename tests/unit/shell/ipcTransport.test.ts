import { describe, expect, it } from 'vitest';
import { METHODS, channelName } from '../../../shared/ipc';
import { mainFrameSenderCheck, registerIpcTransport } from '../../../main/shell/ipcTransport';
import type { Dispatch } from '../../../main/services/dispatch';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, h: Handler) => void handlers.set(channel, h),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

const mainFrame = { url: 'file:///app/index.html' };
const trustedEvent = { sender: { id: 7, mainFrame }, senderFrame: mainFrame };

describe('Electron IPC transport', () => {
  const dispatch: Dispatch = async (channel, payload) => ({ ok: true, value: { channel, payload } });
  const check = mainFrameSenderCheck(() => 7, (u) => u.startsWith('file://'));

  it('registers exactly one handler per contract method and removes them', () => {
    const ipc = fakeIpcMain();
    const dispose = registerIpcTransport(ipc as never, dispatch, check);
    expect([...ipc.handlers.keys()].sort()).toEqual(METHODS.map(([s, m]) => channelName(s, m)).sort());
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('dispatches calls from the main frame of the app window', async () => {
    const ipc = fakeIpcMain();
    registerIpcTransport(ipc as never, dispatch, check);
    await expect(ipc.handlers.get('guilds:list')!(trustedEvent, {})).resolves.toEqual({ ok: true, value: { channel: 'guilds:list', payload: {} } });
  });

  it.each([
    ['a subframe', { sender: { id: 7, mainFrame }, senderFrame: { url: 'file:///app/index.html' } }],
    ['another webContents', { sender: { id: 8, mainFrame }, senderFrame: mainFrame }],
    ['a foreign origin', { sender: { id: 7, mainFrame: { url: 'https://evil.test/' } }, senderFrame: undefined }],
    ['a navigated main frame', { sender: { id: 7, mainFrame: { url: 'https://evil.test/' } }, senderFrame: null }],
  ])('refuses calls from %s', async (_what, event) => {
    const ipc = fakeIpcMain();
    registerIpcTransport(ipc as never, dispatch, check);
    await expect(ipc.handlers.get('guilds:list')!(event, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a main frame showing a foreign page', async () => {
    const foreign = { url: 'https://evil.test/' };
    const ipc = fakeIpcMain();
    registerIpcTransport(ipc as never, dispatch, check);
    await expect(ipc.handlers.get('guilds:list')!({ sender: { id: 7, mainFrame: foreign }, senderFrame: foreign }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
