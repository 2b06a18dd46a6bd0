// The Electron transport: one ipcMain.handle per derived channel. Every call's sender frame is
// checked (main frame of our window, app origin) before the payload reaches dispatch.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHODS, channelName, type IpcResult } from '../../shared/ipc';
import type { Dispatch } from '../services/dispatch';

export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>) => boolean;

/** Trusts only the main frame of the given webContents, loaded from the app's own pages. */
export function mainFrameSenderCheck(expectedWebContentsId: () => number | null, isAppUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (event.sender.id !== expectedWebContentsId()) return false;
    if (frame !== event.sender.mainFrame) return false;
    return isAppUrl(frame.url);
  };
}

export function registerIpcTransport(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, isTrusted: SenderCheck): () => void {
  const channels = METHODS.map(([service, name]) => channelName(service, name));
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<IpcResult<unknown>> => {
      if (!isTrusted(event)) return { ok: false, error: { code: 'forbidden', message: 'untrusted sender' } };
      return dispatch(channel, payload, { transport: 'electron', id: String(event.sender.id) });
    });
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}
